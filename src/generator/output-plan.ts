/**
 * The one decision of what a run does to its output folder, made alike by `generate`, its
 * no-op fast path and `--check`: which files to write, which to remove, or a refusal. The
 * generator touches only files its own manifest in that folder lists: anything else there
 * (a hand-written file, another generator's output, a nested output folder) stops the run
 * before anything is written, so no folder is ever emptied by mistake.
 */
import { ExitCode, GeneratorError } from "./errors.js";
import type { OutputFolder } from "./output-folder.js";
import { manifestFile } from "./output-files.js";

export interface Changes {
  /** Files missing or different on disk: to write. */
  changed: string[];
  /** Files the last run wrote (its manifest lists them) that this run no longer gives: to remove. */
  orphaned: string[];
}

/** What to do to `folder` so that it holds exactly `wanted` (path -> sha256). */
export function planOutput(folder: OutputFolder, wanted: ReadonlyMap<string, string>): Changes {
  refuseForeignFiles(folder);
  const onDisk = new Set(folder.files);
  const recorded = new Set(Object.keys(folder.manifest?.outputs ?? {}));
  return {
    changed: [...wanted].filter(([path, hash]) => !onDisk.has(path) || folder.hashOf(path) !== hash).map(([path]) => path),
    orphaned: folder.files.filter((path) => recorded.has(path) && !wanted.has(path)),
  };
}

export const isNoOp = (changes: Changes) => changes.changed.length === 0 && changes.orphaned.length === 0;

/**
 * Stops the run (exit 4) when the folder holds any file its manifest does not name as the
 * generator's, or a symbolic link, even in a listed file's place: writing through it would
 * overwrite the file it points at, wherever that is.
 */
export function refuseForeignFiles(folder: OutputFolder): void {
  if (folder.links.length > 0) throw new GeneratorError(`refusing to write into ${folder.path}/: ${folder.links[0]} is a symbolic link, and writing it would overwrite what it points at; remove the link`, ExitCode.io);
  const recorded = folder.manifest;
  const ours = new Set(recorded ? [manifestFile, ...Object.keys(recorded.outputs), ...recorded.built] : []);
  const foreign = folder.files.filter((path) => !ours.has(path));
  if (foreign.length === 0) return;
  const named = foreign.length <= 2 ? foreign.join(" and ") : `${foreign.slice(0, 2).join(", ")} and ${foreign.length - 2} more`;
  const why = recorded ? `its ${manifestFile} does not list ${named}` : `it is not empty and has no ${manifestFile} of this generator (it holds ${named})`;
  throw new GeneratorError(`refusing to write into ${folder.path}/: ${why}; move those files, or choose an empty folder`, ExitCode.io);
}
