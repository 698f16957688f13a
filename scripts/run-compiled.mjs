// Runs a TypeScript script of this package as plain JavaScript: esbuild compiles it and its
// own modules (packages stay external) into node_modules/.cache, then it runs in this process.
// `npm run generate` uses it: under a TypeScript loader every module import is a round trip
// to the loader, and the generator's imports took 1 s longer on GitHub's spec.
// A compile is kept under the hash of every file that went into it, this script and
// esbuild's version: an unchanged script runs without esbuild (0.2 s sooner), and an edit to
// any of those files compiles anew, so it is never stale.
// Usage: node scripts/run-compiled.mjs scripts/generate.ts [args...]
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import module from "node:module";
import { basename, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// As bin/build-kit-generate.js: Node 22+ keeps compiled modules between runs, workers' too.
const compileCache = module.enableCompileCache?.();
if (compileCache?.directory) process.env.NODE_COMPILE_CACHE ??= compileCache.directory;

const [script, ...args] = process.argv.slice(2);
if (script === undefined) {
  console.error("usage: node scripts/run-compiled.mjs <script.ts> [args...]");
  process.exit(3);
}
const name = basename(script, ".ts");
const cache = resolve("node_modules/.cache/northflank-build-kit", name);
// The files the last compile read, relative to the working directory.
const inputsFile = join(cache, "inputs.json");

const compiled = cachedCompile() ?? (await compile());
process.argv = [process.argv[0], join(compiled, `${name}.mjs`), ...args];
await import(pathToFileURL(process.argv[1]).href);

/** The folder of a compile whose inputs are all unchanged, or undefined. */
function cachedCompile() {
  try {
    const folder = join(cache, keyOf(JSON.parse(readFileSync(inputsFile, "utf8"))));
    if (!existsSync(join(folder, `${name}.mjs`))) return undefined;
    const now = new Date();
    utimesSync(folder, now, now); // in use: see prune()
    return folder;
  } catch {
    return undefined; // no compile yet, or an input is gone
  }
}

async function compile() {
  const { build } = await import("esbuild");
  const staging = join(cache, `staging-${process.pid}`);
  let result;
  try {
    result = await build({
      entryPoints: [script],
      outdir: staging,
      bundle: true,
      // Dynamic imports stay separate chunks, so a run that needs nothing heavy loads nothing heavy.
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      packages: "external",
      outExtension: { ".js": ".mjs" },
      logLevel: "error",
      metafile: true,
    });
  } catch {
    rmSync(staging, { recursive: true, force: true });
    // esbuild has printed what and where; a stack trace would add nothing.
    console.error(`run-compiled: cannot compile ${script}`);
    process.exit(70);
  }
  const inputs = Object.keys(result.metafile.inputs).sort();
  const folder = join(cache, keyOf(inputs));
  // Renamed whole, so a run never sees half a compile; a run beside this one may have won.
  try {
    renameSync(staging, folder);
  } catch {
    rmSync(staging, { recursive: true, force: true });
  }
  const list = `${inputsFile}.${process.pid}`;
  writeFileSync(list, JSON.stringify(inputs));
  renameSync(list, inputsFile);
  prune(folder);
  return folder;
}

/** What a compile depends on: this script, esbuild's version, and each input's path and bytes. */
function keyOf(inputs) {
  const hash = createHash("sha256");
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(JSON.parse(readFileSync(resolve("node_modules/esbuild/package.json"), "utf8")).version);
  for (const input of inputs) hash.update(`\0${input}\0`).update(readFileSync(input));
  return hash.digest("hex").slice(0, 16);
}

/** Removes compiles unused for a day: not sooner, as a long run (`--watch`) may still load from one. */
function prune(keep) {
  mkdirSync(cache, { recursive: true });
  const dayAgo = Date.now() - 86_400_000;
  for (const entry of readdirSync(cache, { withFileTypes: true })) {
    const path = join(cache, entry.name);
    if (entry.isDirectory() && path !== keep && statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
  }
}
