/**
 * The one module that touches ts-morph. The emitters build plain structures; this prints a
 * whole file from them in one pass, or lists of them for a place in one (never node by node
 * into a file, which is quadratic).
 */
import { printStructure, StructureKind, VariableDeclarationKind, type MethodSignatureStructure, type SourceFileStructure, type StatementStructures } from "ts-morph";

export { StructureKind, VariableDeclarationKind };
export type { MethodSignatureStructure, StatementStructures };

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
  readonly #lists = new LastPrinted<readonly StatementStructures[]>();
  readonly #methods = new LastPrinted<MethodSignatureStructure>();
  /** Lists printed by the last call, of how many (for tests and the bench). */
  lastRun = { printed: 0, lists: 0 };

  print(lists: readonly (readonly StatementStructures[])[]): string {
    const texts = this.#lists.texts(lists, (unknown) => {
      const statements = unknown.flatMap((list, i): (string | StatementStructures)[] => (i === 0 ? [...list] : [listEnd, ...list]));
      // The file puts a line end after a slot's text: each list's own last one goes.
      return printStructure({ kind: StructureKind.SourceFile, statements }, printOptions).replace(/\n$/, "").split(listEnds);
    });
    this.lastRun = { printed: this.#lists.printed, lists: lists.length };
    return texts.join("\n");
  }

  /**
   * An interface's methods as printSourceFile prints them inside it: two spaces in, one after
   * another with no blank line between. Each method the last call printed is taken as it was;
   * the others are printed in one pass, in one interface, between marker methods.
   */
  printMethods(methods: readonly MethodSignatureStructure[]): string {
    return this.#methods
      .texts(methods, (unknown) => {
        const printed = printStructure({ kind: StructureKind.Interface, name: "Methods", methods: unknown.flatMap((method, i) => (i === 0 ? [method] : [methodEnd, method])) }, printOptions);
        return printed.slice(printed.indexOf("{\n") + 2, printed.lastIndexOf("\n}")).split(methodEnds);
      })
      .join("\n");
  }
}

/**
 * Texts printed for items, by the items' JSON: the last call's are kept, and only the items
 * they do not cover are printed (in one pass, by `printAll`). Items are remembered by their
 * JSON (plain data, no writer functions); one given again as the same object is not made into
 * JSON again (watch mode's OperationMemo keeps them).
 */
class LastPrinted<T extends object> {
  #last = new Map<string, string>();
  #keys = new WeakMap<T, string>();
  /** Items printed by the last call. */
  printed = 0;

  texts(items: readonly T[], printAll: (unknown: T[]) => string[]): string[] {
    const keys = items.map((item) => {
      let key = this.#keys.get(item);
      if (key === undefined) this.#keys.set(item, (key = JSON.stringify(item)));
      return key;
    });
    const known = new Map<string, string>();
    const unknown = new Map<string, T>();
    items.forEach((item, i) => {
      const text = this.#last.get(keys[i]!);
      if (text !== undefined) known.set(keys[i]!, text);
      else unknown.set(keys[i]!, item);
    });
    if (unknown.size > 0) {
      const texts = printAll([...unknown.values()]);
      [...unknown.keys()].forEach((key, i) => known.set(key, texts[i]!));
    }
    this.#last = known;
    this.printed = unknown.size;
    return keys.map((key) => known.get(key)!);
  }
}

/** Between two methods printed in one pass: a name spelt with a NUL, which no name from a spec has (names.ts). */
const methodEnd: MethodSignatureStructure = { kind: StructureKind.MethodSignature, name: "\u0000end" };
const methodEnds = /\n {2}\u0000end\(\);\n/;

/** Between two lists printed in one pass; spelt with a NUL, as a slot is. */
const listEnd = "/*\u0000end*/";
const listEnds = /\n*\/\*\u0000end\*\/\n/;
