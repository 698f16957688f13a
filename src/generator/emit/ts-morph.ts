/**
 * The one module that touches ts-morph. The emitters build plain structures; this prints a
 * whole file from them in one pass (no node-by-node insertion, which is quadratic).
 */
import { printStructure, StructureKind, VariableDeclarationKind, type SourceFileStructure, type StatementStructures } from "ts-morph";

export { StructureKind, VariableDeclarationKind };
export type { StatementStructures };

/** Prints a source file: two-space indent, double quotes, `\n` line ends, for byte-identical output. */
export function printSourceFile(file: Omit<SourceFileStructure, "kind">): string {
  return printStructure({ ...file, kind: StructureKind.SourceFile }, { indentNumberOfSpaces: 2, newLine: "\n", useSingleQuote: false });
}
