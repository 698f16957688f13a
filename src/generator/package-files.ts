/**
 * Where this package's own files are, wherever the generator runs from: its TypeScript source
 * (tests, tsx), the compiled copy that `npm run generate` runs (scripts/run-compiled.mjs), or
 * the package's dist/ (the generator bin), which has the same layout.
 * Light on purpose: the no-op path of incremental.ts imports it.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    // A file that is there, under this name, in the sources and in dist/ alike.
    if (existsSync(join(dir, "src/generator/stages/types-worker.mjs"))) return dir;
  }
  throw new Error(`cannot find this package's root above ${start}`);
}

/** The package's root folder (or its dist/): the one holding `src/generator`. */
export const packageRoot = findPackageRoot();

/** A file of this package, by its path from the root (`src/runtime/index.js`). */
export const packageFile = (path: string): string => join(packageRoot, path);

/** A module of this package as written in the sources (`src/cli/program.ts`), or its compiled `.js` in dist/. */
export function sourceOrCompiled(path: string): string {
  const source = packageFile(path);
  return existsSync(source) ? source : source.replace(/\.ts$/, ".js");
}

/** The package.json of a dependency, found as Node finds it from here (hoisted or not). */
export function dependencyManifest(name: string): string | undefined {
  try {
    return createRequire(import.meta.url).resolve(`${name}/package.json`);
  } catch {
    return undefined;
  }
}

/** Redocly's CLI, which builds the HTML docs: an optional peer of the package. */
export function redoclyBin(): string | undefined {
  const manifest = dependencyManifest("@redocly/cli");
  return manifest && join(dirname(manifest), "bin/cli.js");
}

export const canBuildDocs = (): boolean => redoclyBin() !== undefined;
