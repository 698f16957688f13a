import { existsSync, readFileSync, realpathSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, parse, relative, resolve, sep } from "node:path";
import { ExitCode, GeneratorError } from "./errors.js";
import { parseManifest } from "./incremental.js";
import { manifestFile } from "./output-files.js";

/**
 * Refuses (exit 3) an `--out` that could only be a slip: empty, the filesystem root, the home
 * folder, or the current folder or one that holds it. Each holds far more than generated
 * files, and a slip there must cost nothing. So is a folder inside another run's output
 * folder: that run's next regeneration would refuse the files found there. Symbolic links
 * are followed.
 */
export function refuseUnsafeOutFolder(out: string, where = { cwd: process.cwd(), home: homedir() }): void {
  if (out === "") throw new GeneratorError("--out is empty; name a folder (default: generated)", ExitCode.usage);
  const target = real(resolve(where.cwd, out));
  const cwd = real(where.cwd);
  const refuse = (what: string) => new GeneratorError(`refusing --out ${out}: it is ${what}; choose a folder of its own, such as generated`, ExitCode.usage);
  if (parse(target).root === target) throw refuse("the filesystem root");
  if (target === real(where.home)) throw refuse("your home folder");
  if (cwd === target || cwd.startsWith(target + sep)) throw refuse(cwd === target ? "the current folder" : "a folder that holds the current folder");
  const enclosing = enclosingOutputFolder(target);
  if (enclosing !== undefined) throw refuse(`inside ${shownPath(cwd, enclosing)}/, the output folder of another run (it holds that run's ${manifestFile})`);
}

/** The nearest folder above `target` that holds a manifest of this generator. */
function enclosingOutputFolder(target: string): string | undefined {
  for (let folder = dirname(target); ; folder = dirname(folder)) {
    const manifest = join(folder, manifestFile);
    if (existsSync(manifest) && parseManifest(readOrEmpty(manifest)) !== undefined) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}

/** A folder as the user would write it: relative to the current one when inside it. */
function shownPath(cwd: string, folder: string): string {
  const path = relative(cwd, folder);
  return path === "" ? "." : path.startsWith("..") ? folder : path;
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

function real(path: string): string {
  try {
    return existsSync(path) ? realpathSync(path) : path;
  } catch {
    return path;
  }
}
