/**
 * Where this package's own files are, wherever the generator runs from: its TypeScript source
 * (tests, tsx) or the compiled copy that `npm run generate` runs (scripts/run-compiled.mjs).
 * Light on purpose: the no-op path of incremental.ts imports it.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, "src/generator/generate.ts"))) return dir;
  }
  throw new Error(`cannot find this package's root above ${start}`);
}

/** The package's root folder: the one holding `src/generator`. */
export const packageRoot = findPackageRoot();

/** A file of this package, by its path from the root (`src/runtime/index.js`). */
export const packageFile = (path: string): string => join(packageRoot, path);
