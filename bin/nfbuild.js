#!/usr/bin/env node
// The nfbuild command line: the compiled CLI in dist/, plain JavaScript with no loader in
// between. In this repository `npm ci`, `npm run generate` and `npm test` build dist/.
try {
  await import("../dist/src/cli/nfbuild.js");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("nfbuild.js")) throw error;
  console.error("nfbuild: dist/ is not built; run `npm run build` in this package's folder");
  process.exit(70);
}
