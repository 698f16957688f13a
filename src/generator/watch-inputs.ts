import { existsSync, watch, type FSWatcher } from "node:fs";
import { basename, dirname, resolve } from "node:path";

/**
 * Calls `onChange` when any of `files` is written, replaced, deleted or created. Watches the
 * folders that hold them, not the files: a file's watcher dies with the file, so an editor's
 * save-by-rename, or a spec deleted and written back, would go unheard. Non-recursive, and
 * filtered by name. A folder that is not there yet is watched through its nearest parent
 * that is, for the name of the next folder down; the caller rewatches after each change.
 * Returns a function that stops every watcher.
 */
export function watchInputs(files: readonly string[], onChange: () => void, onWatchError: (folder: string, error: Error) => void): () => void {
  const names = new Map<string, Set<string>>();
  for (const file of files) {
    const [folder, name] = nearestExisting(resolve(file));
    names.set(folder, (names.get(folder) ?? new Set()).add(name));
  }
  const watchers: FSWatcher[] = [];
  for (const [folder, wanted] of names) {
    try {
      const watcher = watch(folder, (_event, name) => {
        if (name === null || wanted.has(name.toString())) onChange();
      });
      watcher.on("error", onChange); // the folder went away: the rerun rewatches from what is there
      watchers.push(watcher);
    } catch (error) {
      onWatchError(folder, error as Error);
    }
  }
  return () => {
    for (const watcher of watchers) watcher.close();
  };
}

/** The folder to watch for `file`, and the name in it that leads to the file. */
function nearestExisting(file: string): [folder: string, name: string] {
  let name = basename(file);
  let folder = dirname(file);
  while (!existsSync(folder) && dirname(folder) !== folder) {
    name = basename(folder);
    folder = dirname(folder);
  }
  return [folder, name];
}
