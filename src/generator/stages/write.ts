import { rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ExitCode, GeneratorError, reasonOf } from "../errors.js";
import { makeFolder } from "../make-folder.js";
import { readOutputFolder } from "../output-folder.js";
import { bytesOf, hashOf, manifestFile, type OutputFile } from "../output-files.js";
import { planOutput, type Changes } from "../output-plan.js";

export type { Changes, OutputFile };

/** What writing `files` into `outDir` would change, or a refusal (see output-plan.ts); reads only. */
export function diffOutput(outDir: string, files: readonly OutputFile[]): Changes {
  return planOutput(readOutputFolder(outDir), new Map(files.map((file) => [file.path, hashOf(file)])));
}

/**
 * Writes only what changed, so unchanged files keep their timestamps, and removes what the
 * plan says. The manifest goes before the other files: it names them as ours, so a run cut
 * short leaves nothing that the next run would take for someone else's.
 */
export function applyChanges(outDir: string, files: readonly OutputFile[], changes: Changes): void {
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const path of changes.orphaned) attempt("remove", outDir, path, () => rmSync(join(outDir, path)));
  const manifestFirst = [...changes.changed].sort((a, b) => Number(b === manifestFile) - Number(a === manifestFile));
  for (const path of manifestFirst) {
    makeFolder(dirname(join(outDir, path)));
    attempt("write", outDir, path, () => writeFileSync(join(outDir, path), bytesOf(byPath.get(path)!)));
  }
}

function attempt(verb: string, outDir: string, path: string, act: () => void): void {
  try {
    act();
  } catch (error) {
    throw new GeneratorError(`cannot ${verb} ${join(outDir, path)}: ${reasonOf(error)}`, ExitCode.io);
  }
}
