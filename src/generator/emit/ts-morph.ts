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
 * A place for `verbatim[index]` in a structure given to printSourceFile. Text from the spec
 * cannot spell one: a doc comment never holds `*\/` (docSafe), and a string literal is JSON,
 * which writes the NUL inside as `\u0000`.
 */
export const verbatimSlot = (index: number): string => `/*\u0000verbatim ${index}*/`;
const slots = /\/\*\u0000verbatim (\d+)\*\//g;

/**
 * Prints lists of statements as printSourceFile prints them one after another in a file, for
 * one verbatim slot in their place. Each list is printed alone, and one that the last call
 * printed is not printed again: in watch mode a save reprints only the operations it changed
 * (ts-morph's printing was a third of a save's emit on GitHub's spec). Lists are remembered by
 * their JSON, so they must be plain data, no writer functions.
 */
export class StatementsPrinter {
  #last = new Map<string, string>();
  /** Lists printed by the last call, of how many (for tests and the bench). */
  lastRun = { printed: 0, lists: 0 };

  print(lists: readonly (readonly StatementStructures[])[]): string {
    const kept = new Map<string, string>();
    let printed = 0;
    const texts = lists.map((statements) => {
      const key = JSON.stringify(statements);
      let text = kept.get(key) ?? this.#last.get(key);
      if (text === undefined) {
        // The file puts a line end after a slot's text: the list's own last one goes.
        text = printStructure({ kind: StructureKind.SourceFile, statements: [...statements] }, printOptions).replace(/\n$/, "");
        printed++;
      }
      kept.set(key, text);
      return text;
    });
    this.#last = kept;
    this.lastRun = { printed, lists: lists.length };
    return texts.join("\n");
  }
}
