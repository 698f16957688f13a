import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ExitCode, GeneratorError, reasonOf } from "./errors.js";

/**
 * `mkdir -p`, one level at a time. Node's `mkdirSync(path, { recursive: true })` loops
 * forever where mkdir answers ENOENT under a parent that exists (under /proc); this stops
 * at the first level that cannot be made, naming the folder and the error code.
 */
export function makeFolder(folder: string): void {
  const missing: string[] = [];
  for (let dir = resolve(folder); !isFolder(dir, folder); dir = dirname(dir)) {
    missing.unshift(dir);
    if (dirname(dir) === dir) break; // a root that is not there: mkdir will say why
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (error) {
      if (!((error as NodeJS.ErrnoException).code === "EEXIST" && isFolder(dir, folder))) throw cannotCreate(folder, `mkdir ${dir}: ${reasonOf(error)}`);
    }
  }
}

/** True for a folder, false for nothing there; anything else in the way stops the run. */
function isFolder(dir: string, folder: string): boolean {
  try {
    if (statSync(dir).isDirectory()) return true;
  } catch (error) {
    // ENOTDIR: a file further up; the walk up finds and names it.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return false;
    throw cannotCreate(folder, `${dir}: ${reasonOf(error)}`);
  }
  throw cannotCreate(folder, `${dir} is a file, not a folder`);
}

const cannotCreate = (folder: string, why: string) => new GeneratorError(`cannot create the folder ${folder}: ${why}`, ExitCode.io);
