// Runs a TypeScript script of this package as plain JavaScript: esbuild compiles it and its
// own modules (packages stay external) into node_modules/.cache, then it runs in this process.
// `npm run generate` uses it: under a TypeScript loader every module import is a round trip
// to the loader, and the generator's imports took 1 s longer on GitHub's spec.
// Compiling takes about 0.1 s and is redone on every run, so it is never stale; each run has
// its own folder, removed on exit, so runs side by side never see each other's files.
// Usage: node scripts/run-compiled.mjs scripts/generate.ts [args...]
import { rmSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const [script, ...args] = process.argv.slice(2);
if (script === undefined) {
  console.error("usage: node scripts/run-compiled.mjs <script.ts> [args...]");
  process.exit(3);
}
const name = basename(script, ".ts");
const outdir = resolve("node_modules/.cache/northflank-build-kit", `${name}-${process.pid}`);
process.on("exit", () => rmSync(outdir, { recursive: true, force: true }));
try {
  await build({
    entryPoints: [script],
    outdir,
    bundle: true,
    // Dynamic imports stay separate chunks, so a run that needs nothing heavy loads nothing heavy.
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outExtension: { ".js": ".mjs" },
    logLevel: "error",
  });
} catch {
  // esbuild has printed what and where; a stack trace would add nothing.
  console.error(`run-compiled: cannot compile ${script}`);
  process.exit(70);
}
process.argv = [process.argv[0], join(outdir, `${name}.mjs`), ...args];
await import(pathToFileURL(process.argv[1]).href);
