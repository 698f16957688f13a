/**
 * The one module that touches ts-morph. The emitters build plain structures; this prints a
 * whole file from them in one pass (no node-by-node insertion, which is quadratic).
 */
import { printStructure, StructureKind, VariableDeclarationKind, type SourceFileStructure, type StatementStructures } from "ts-morph";

export { StructureKind, VariableDeclarationKind };
export type { StatementStructures };

/**
 * Prints a source file: two-space indent, double quotes, `\n` line ends, for byte-identical
 * output. Where the structures hold `verbatimSlot(i)`, `verbatim[i]` goes in after printing:
 * for data, which needs no formatting, while the printer reads every character it is given
 * (a quarter of the emit time on GitHub's spec). Slots belong in code the emitter writes
 * itself, never beside text from the spec, which could spell one.
 */
export function printSourceFile(file: Omit<SourceFileStructure, "kind">, verbatim: readonly string[] = []): string {
  const printed = printStructure({ ...file, kind: StructureKind.SourceFile }, { indentNumberOfSpaces: 2, newLine: "\n", useSingleQuote: false });
  return verbatim.length === 0 ? printed : printed.replace(/\/\*verbatim (\d+)\*\//g, (_, index: string) => verbatim[Number(index)]!);
}

/** A place for `verbatim[index]` in a structure given to printSourceFile. */
export const verbatimSlot = (index: number): string => `/*verbatim ${index}*/`;
