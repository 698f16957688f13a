#!/usr/bin/env node
// The generator, for any project that has this package installed:
//   npx build-kit-generate --spec api.yaml --out src/api
//   npx build-kit-generate diff git:main:api.yaml api.yaml     (what a spec change does to callers)
// Generated code imports the runtime by package name, so it resolves wherever it is written.
// The HTML docs are built only with --docs (they need @redocly/cli in that project).
import module from "node:module";

// Node 22+ keeps the modules it compiled on disk between runs, as tsc does (a run starts about
// 0.2 s sooner); its workers take the folder from the environment. Nothing on Node 20; Node's
// NODE_DISABLE_COMPILE_CACHE=1 turns it off.
const compileCache = module.enableCompileCache?.();
if (compileCache?.directory) process.env.NODE_COMPILE_CACHE ??= compileCache.directory;

const [first, ...rest] = process.argv.slice(2);
if (first === "diff") {
  const { runDiff } = await import("../dist/scripts/diff.js");
  process.exit(await runDiff(rest, { command: "build-kit-generate diff", spec: "openapi.yaml" }));
}
const { runGenerator } = await import("../dist/scripts/generate.js");
const code = await runGenerator(process.argv.slice(2), {
  command: "build-kit-generate",
  docs: false,
  runtimeImport: "northflank-build-kit/runtime",
  cliImport: "northflank-build-kit/cli",
});
process.exit(code);
