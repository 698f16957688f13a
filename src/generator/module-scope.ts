import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/**
 * The generated `.js` files are ES modules. Node reads a `.js` file as the nearest
 * package.json's `type` says: `"commonjs"` (npm init now writes it) makes every import of the
 * output fail with "Named export ... not found". Says so before the first import does.
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
      // Unset, Node (20.19 and later) detects ES module syntax itself; "commonjs" it obeys.
      if (type !== "commonjs") return undefined;
      // Named as the user would: relative inside the working folder, absolute outside it.
      const inside = relative(process.cwd(), file);
      const shown = inside.startsWith("..") ? file : inside;
      return `warning: ${out}/ holds ES modules, but ${shown} says "type": "commonjs", so Node will not load them: set "type": "module" there`;
    }
    if (dirname(folder) === folder) return undefined;
  }
}
