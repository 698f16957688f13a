import { existsSync, realpathSync } from "node:fs";
import { homedir } from "node:os";
import { parse, resolve, sep } from "node:path";
import { ExitCode, GeneratorError } from "./errors.js";

/**
 * Refuses (exit 3) an `--out` that could only be a slip: empty, the filesystem root, the home
 * folder, or the current folder or one that holds it. Each holds far more than generated
 * files, and a slip there must cost nothing. Symbolic links are followed.
 */
export function refuseUnsafeOutFolder(out: string, where = { cwd: process.cwd(), home: homedir() }): void {
  if (out === "") throw new GeneratorError("--out is empty; name a folder (default: generated)", ExitCode.usage);
  const target = real(resolve(where.cwd, out));
  const cwd = real(where.cwd);
  const refuse = (what: string) => new GeneratorError(`refusing --out ${out}: it is ${what}; choose a folder of its own, such as generated`, ExitCode.usage);
  if (parse(target).root === target) throw refuse("the filesystem root");
  if (target === real(where.home)) throw refuse("your home folder");
  if (cwd === target || cwd.startsWith(target + sep)) throw refuse(cwd === target ? "the current folder" : "a folder that holds the current folder");
}

function real(path: string): string {
  try {
    return existsSync(path) ? realpathSync(path) : path;
  } catch {
    return path;
  }
}
