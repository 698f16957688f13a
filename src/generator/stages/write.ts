import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { hasDoNotEditHeader } from "../emit/header.js";
import { bytesOf, type OutputFile } from "../output-files.js";

export type { OutputFile };

export interface Changes {
  /** Files missing or different on disk. */
  changed: string[];
  /** Generated files on disk (by their header) that the spec no longer gives. */
  orphaned: string[];
}

/** Compares what the spec gives with what is on disk; reads only. */
export function diffOutput(outDir: string, files: readonly OutputFile[]): Changes {
  const expected = new Set(files.map((f) => f.path));
  const changed = files.filter((f) => !existsSync(join(outDir, f.path)) || !readFileSync(join(outDir, f.path)).equals(bytesOf(f))).map((f) => f.path);
  const orphaned = listFiles(outDir).filter((path) => !expected.has(path) && hasDoNotEditHeader(readOrUndefined(join(outDir, path)) ?? ""));
  return { changed, orphaned };
}

/** Writes only what changed and removes orphaned generated files, so unchanged files keep their timestamps. */
export function applyChanges(outDir: string, files: readonly OutputFile[], changes: Changes): void {
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const path of changes.changed) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), bytesOf(byPath.get(path)!));
  }
  for (const path of changes.orphaned) rmSync(join(outDir, path));
}

function readOrUndefined(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

/** Every file under a folder, as `/`-separated relative paths, sorted. */
function listFiles(root: string, prefix = ""): string[] {
  if (!existsSync(join(root, prefix))) return [];
  return readdirSync(join(root, prefix), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(root, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}
