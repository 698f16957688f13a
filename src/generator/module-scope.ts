import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/**
 * The generated `.js` files are ES modules. Node reads a `.js` file as the nearest
 * package.json's `type` says: anything but `"module"` (npm init now writes `"commonjs"`) makes
 * every import of the output fail with "Named export ... not found". Says so before the first
 * import does; undefined when the output folder is an ES module scope.
 */
export function moduleScopeWarning(out: string): string | undefined {
  for (let folder = resolve(out); ; folder = dirname(folder)) {
    const file = join(folder, "package.json");
    if (existsSync(file)) {
      let type: unknown;
      try {
        type = (JSON.parse(readFileSync(file, "utf8")) as { type?: unknown }).type;
      } catch {
        return undefined; // Not ours to judge: Node will say what is wrong with it.
      }
      if (type === "module") return undefined;
      // Named as the user would: relative inside the working folder, absolute outside it.
      const inside = relative(process.cwd(), file);
      const shown = inside.startsWith("..") ? file : inside;
      return `warning: ${out}/ holds ES modules, but ${shown} makes its .js files CommonJS (its "type" is ${type === undefined ? "unset" : JSON.stringify(type)}): set "type": "module" there, or put a package.json saying {"type": "module"} in ${out}/`;
    }
    if (dirname(folder) === folder) return undefined;
  }
}
