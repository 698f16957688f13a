import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { reasonOf } from "./reason.js";

/**
 * `mkdir -p`, one level at a time. Node's `mkdirSync(path, { recursive: true })` loops
 * forever where mkdir answers ENOENT under a parent that exists (under /proc); this stops
 * at the first level that cannot be made and throws `fail(why)`, `why` naming the folder
 * and the error code. The generator and the CLI each turn it into their own error.
 */
export function makeFolder(folder: string, fail: (why: string) => Error, mode?: number): void {
  const missing: string[] = [];
  for (let dir = resolve(folder); !isFolder(dir, fail); dir = dirname(dir)) {
    missing.unshift(dir);
    if (dirname(dir) === dir) break; // a root that is not there: mkdir will say why
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir, mode === undefined ? undefined : { mode });
    } catch (error) {
      if (!((error as NodeJS.ErrnoException).code === "EEXIST" && isFolder(dir, fail))) throw fail(`mkdir ${dir}: ${reasonOf(error)}`);
    }
  }
}

/** True for a folder, false for nothing there; anything else in the way is a failure. */
function isFolder(dir: string, fail: (why: string) => Error): boolean {
  try {
    if (statSync(dir).isDirectory()) return true;
  } catch (error) {
    // ENOTDIR: a file further up; the walk up finds and names it.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return false;
    throw fail(`${dir}: ${reasonOf(error)}`);
  }
  throw fail(`${dir} is a file, not a folder`);
}

