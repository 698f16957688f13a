import ts from "typescript";

/**
 * Type-checks a project in full, the generated data modules included: their
 * `// @ts-nocheck` pragma (there for consumers' speed) is taken out as the files are read.
 * Returns every diagnostic, one line each.
 */
export function typecheckStrict(tsconfig: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n")); } })!;
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => {
    const text = readFile(file);
    return text !== undefined && file.endsWith(".gen.ts") ? text.replace(/^\/\/ @ts-nocheck\b.*$/m, "") : text;
  };
  const program = ts.createProgram({ rootNames: config.fileNames, options: { ...config.options, noEmit: true }, host });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, " ");
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName}:${line + 1}:${character + 1} ${message}`;
  });
}
