#!/usr/bin/env node
// The nfbuild command line: the compiled CLI, bundled into one file (dist/nfbuild.mjs), plain
// JavaScript with no loader in between. In this repository `npm run generate` and `npm test`
// build dist/.
try {
  await import("../dist/nfbuild.mjs");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("nfbuild.mjs")) throw error;
  console.error("nfbuild: dist/ is not built; run `npm run build` in this package's folder");
  process.exit(70);
}
