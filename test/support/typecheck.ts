import { existsSync } from "node:fs";
import ts from "typescript";

/**
 * Type-checks a project in full, returning every diagnostic, one line each. Generated data
 * modules are JavaScript beside a declaration file, and consumers' tsc reads only the
 * declarations; here the JavaScript is checked too, against its JSDoc types (`checkJs`), and
 * each of its exports must have the type its declaration file gives it. Declaration files are
 * checked as well (`skipLibCheck` off): generated ones would otherwise go unread.
 */
export function typecheckStrict(tsconfig: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n")); } })!;
  const modules = config.fileNames.filter((file) => file.endsWith(".gen.d.ts")).map((file) => file.replace(/\.d\.ts$/, ".js")).filter((file) => existsSync(file));
  const options = { ...config.options, noEmit: true, allowJs: true, checkJs: true, skipLibCheck: false };
  const program = ts.createProgram({ rootNames: [...config.fileNames, ...modules], options });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, " ");
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName}:${line + 1}:${character + 1} ${message}`;
  });
  return [...diagnostics, ...modules.flatMap((module) => declarationMismatches(program, module, module.replace(/\.js$/, ".d.ts")))];
}

/** Where a module and its declaration file disagree: a value exported by one only, or typed differently. */
function declarationMismatches(program: ts.Program, modulePath: string, declarationPath: string): string[] {
  const checker = program.getTypeChecker();
  const exportsOf = (path: string): Map<string, string> => {
    const file = program.getSourceFile(path);
    const symbol = file && checker.getSymbolAtLocation(file);
    // Values only: types and interfaces live in the declaration file alone.
    const entries = (symbol ? checker.getExportsOfModule(symbol) : []).filter((e) => (e.flags & ts.SymbolFlags.Value) !== 0);
    return new Map(entries.map((e) => [e.name, checker.typeToString(checker.getTypeOfSymbol(e), undefined, ts.TypeFormatFlags.NoTruncation)]));
  };
  const module = exportsOf(modulePath);
  const declared = exportsOf(declarationPath);
  const mismatches: string[] = [];
  for (const [name, type] of module) {
    const declaredType = declared.get(name);
    if (declaredType !== type) mismatches.push(`${modulePath}: export ${name} is ${type}, but ${declarationPath} ${declaredType === undefined ? "does not declare it" : `declares ${declaredType}`}`);
  }
  for (const name of declared.keys()) if (!module.has(name)) mismatches.push(`${declarationPath}: declares ${name}, which ${modulePath} does not export`);
  return mismatches;
}
