/**
 * What an output folder holds, read once per plan: its files and the manifest the last run
 * left there. Reads only; output-plan.ts decides what to do about it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ExitCode, GeneratorError, reasonOf } from "./errors.js";
import { parseManifest, type Manifest } from "./incremental.js";
import { hashOfRead, manifestFile } from "./output-files.js";

export interface OutputFolder {
  /** The folder, as the user named it. */
  path: string;
  /** Every file in it as a `/`-separated relative path, sorted. A symbolic link counts as a file and is not followed. */
  files: readonly string[];
  /** Those of them that are symbolic links: a write would go through to whatever they point at. */
  links: readonly string[];
  /** The manifest there, when it is one this generator could have written. */
  manifest: Manifest | undefined;
  /** That manifest's text, as on disk. */
  manifestText: string | undefined;
  /** A file's sha256, read when first asked. */
  hashOf(file: string): string;
}

/** Reads the folder; one that does not exist yet is empty. Stops (exit 4) on a file in its place or one it cannot read. */
export function readOutputFolder(path: string): OutputFolder {
  if (!folderExists(path)) return { path, files: [], links: [], manifest: undefined, manifestText: undefined, hashOf: () => "" };
  const links: string[] = [];
  const files = listFiles(path, "", links);
  const manifestText = files.includes(manifestFile) ? read(path, manifestFile).toString("utf8") : undefined;
  const hashes = new Map<string, string>();
  return {
    path,
    files,
    links,
    manifest: manifestText === undefined ? undefined : parseManifest(manifestText),
    manifestText,
    hashOf(file) {
      let hash = hashes.get(file);
      if (hash === undefined) hashes.set(file, (hash = hashOfRead(file, read(path, file))));
      return hash;
    },
  };
}

function folderExists(path: string): boolean {
  try {
    if (statSync(path).isDirectory()) return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw new GeneratorError(`cannot use ${path} as the output folder: ${reasonOf(error)}`, ExitCode.io);
  }
  throw new GeneratorError(`--out ${path} is a file, not a folder`, ExitCode.io);
}

function read(root: string, file: string): Buffer {
  try {
    return readFileSync(join(root, file));
  } catch (error) {
    throw new GeneratorError(`cannot read ${join(root, file)}: ${reasonOf(error)}`, ExitCode.io);
  }
}

function listFiles(root: string, prefix: string, links: string[]): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, prefix), { withFileTypes: true });
  } catch (error) {
    throw new GeneratorError(`cannot read the folder ${join(root, prefix)}: ${reasonOf(error)}`, ExitCode.io);
  }
  for (const entry of entries) if (entry.isSymbolicLink()) links.push(`${prefix}${entry.name}`);
  return entries.flatMap((entry) => (entry.isDirectory() ? listFiles(root, `${prefix}${entry.name}/`, links) : [`${prefix}${entry.name}`])).sort();
}
