/**
 * The one module that touches ts-morph. The emitters build plain structures; this prints a
 * whole file from them in one pass, or lists of them for a place in one (never node by node
 * into a file, which is quadratic).
 */
import { printStructure, StructureKind, VariableDeclarationKind, type SourceFileStructure, type StatementStructures } from "ts-morph";

export { StructureKind, VariableDeclarationKind };
export type { StatementStructures };

const printOptions = { indentNumberOfSpaces: 2, newLine: "\n", useSingleQuote: false } as const;

/**
 * Prints a source file: two-space indent, double quotes, `\n` line ends, for byte-identical
 * output. Where the structures hold `verbatimSlot(i)`, `verbatim[i]` goes in after printing:
 * for text the printer need not read, as it reads every character it is given (a quarter of
 * the emit time on GitHub's spec).
 */
export function printSourceFile(file: Omit<SourceFileStructure, "kind">, verbatim: readonly string[] = []): string {
  const printed = printStructure({ ...file, kind: StructureKind.SourceFile }, printOptions);
  return verbatim.length === 0 ? printed : printed.replace(slots, (_, index: string) => verbatim[Number(index)]!);
}

/**
 * `text` as a string literal in code the printer writes (a type, a statement). Its writer
 * takes a quote after a backslash for an escaped one: JSON's `"a\\"` would never close for it,
 * and the rest of the file would be indented as inside a string, differently printed whole or
 * in parts. The same string, with each backslash written `\u005c`.
 */
export const quoted = (text: string): string => JSON.stringify(text).replace(/\\\\/g, "\\u005c");

/**
 * A place for `verbatim[index]` in a structure given to printSourceFile. Text from the spec
 * cannot spell one: a doc comment never holds `*\/` (docSafe), and a string literal is JSON,
 * which writes the NUL inside as `\u0000`.
 */
export const verbatimSlot = (index: number): string => `/*\u0000verbatim ${index}*/`;
const slots = /\/\*\u0000verbatim (\d+)\*\//g;

/**
 * Prints lists of statements as printSourceFile prints them one after another in a file, for
 * one verbatim slot in their place. A list that the last call printed is not printed again:
 * watch mode keeps one, and a save reprints only the operations it changed (ts-morph's
 * printing was a third of a save's emit on GitHub's spec). The rest are printed in one pass,
 * between markers that split the text into each list's (a pass per list took a fifth longer).
 * For lists shaped as each operation's declarations are: each begins with a blank line of its
 * own (`leadingTrivia: "\n"`) and ends in a statement without a body, so its text is the same
 * wherever it is printed. Lists are remembered by their JSON: plain data, no writer functions.
 */
export class StatementsPrinter {
  #last = new Map<string, string>();
  /** Lists printed by the last call, of how many (for tests and the bench). */
  lastRun = { printed: 0, lists: 0 };

  print(lists: readonly (readonly StatementStructures[])[]): string {
    const keys = lists.map((statements) => JSON.stringify(statements));
    const known = new Map<string, string>();
    const unknown = new Map<string, readonly StatementStructures[]>();
    lists.forEach((statements, i) => {
      const text = this.#last.get(keys[i]!);
      if (text !== undefined) known.set(keys[i]!, text);
      else unknown.set(keys[i]!, statements);
    });
    if (unknown.size > 0) {
      const statements = [...unknown.values()].flatMap((list, i): (string | StatementStructures)[] => (i === 0 ? [...list] : [listEnd, ...list]));
      // The file puts a line end after a slot's text: each list's own last one goes.
      const texts = printStructure({ kind: StructureKind.SourceFile, statements }, printOptions).replace(/\n$/, "").split(listEnds);
      [...unknown.keys()].forEach((key, i) => known.set(key, texts[i]!));
    }
    this.#last = known;
    this.lastRun = { printed: unknown.size, lists: lists.length };
    return keys.map((key) => known.get(key)!).join("\n");
  }
}

/** Between two lists printed in one pass; spelt with a NUL, as a slot is. */
const listEnd = "/*\u0000end*/";
const listEnds = /\n*\/\*\u0000end\*\/\n/;
