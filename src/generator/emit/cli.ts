import type { CliModel } from "../model/cli.js";
import { madeOnce, type OperationMemo } from "../model/operation-memo.js";
import type { ApiModel } from "../model/types.js";
import { docSafe } from "./doc-text.js";
import { doNotEditHeader } from "./header.js";
import { jsImportType, type JsModule } from "./jsdoc.js";
import { Code, prettyLiteral } from "./literal.js";
import { StructureKind, printSourceFile, verbatimSlot } from "./ts-morph.js";
import { inputSchemaName } from "./validation.js";

export interface CliEmitOptions {
  /** Module specifier of the CLI engine's `Program` type (`src/cli/program.js`). */
  cliImport: string;
  clientImport: string;
  validationImport: string;
  /** The program's version, for `--version`. */
  version: string;
  /** The API's title, for `--help`. */
  title: string;
  /** Watch mode's: each command is printed once for its operation's model. */
  memo?: OperationMemo;
}

/**
 * The CLI module: the program as data, each command calling its client method. Data, so
 * JavaScript beside a one-line declaration (3 MB of it on GitHub's spec, which a consumer's
 * tsc would otherwise parse); the program's type is JSDoc that this project's tests check.
 */
export function emitCli(model: ApiModel, cli: CliModel, options: CliEmitOptions): JsModule {
  const program = {
    name: cli.name,
    version: options.version,
    title: options.title,
    envPrefix: cli.envPrefix,
    ...(cli.auth.length > 0 ? { auth: cli.auth } : {}),
    defaultBaseUrl: new Code("apiDefaults.baseUrl"),
    createClient: new Code("createClient"),
    // Each command printed apart, as prettyLiteral prints an element of `commands` (two levels
    // in): the same text, which watch mode keeps for the operation's model.
    commands: cli.commands.map(({ operation, ...command }, i) =>
      madeOnce(options.memo, model.operations[i]!, "cli command", () => {
        const call = new Code(`(client, input, options) => client.${operation}(input, options)`);
        return new Code(prettyLiteral({ ...command, inputSchema: new Code(`validation.${inputSchemaName(model.operations[i]!)}`), call }, "    "));
      }),
    ),
  };
  const header = `${doNotEditHeader(model.specName)}\n`;
  const description = docSafe(`The \`${cli.name}\` command line: one command per operation, flags and help from the spec.`);
  const module = printSourceFile(
    {
      leadingTrivia: header,
      statements: [
        jsImportType(["Program"], options.cliImport),
        jsImportType(["Client"], options.clientImport),
        { kind: StructureKind.ImportDeclaration, moduleSpecifier: options.clientImport, namedImports: ["apiDefaults", "createClient"] },
        { kind: StructureKind.ImportDeclaration, moduleSpecifier: options.validationImport, namespaceImport: "validation" },
        // Printed as text: ts-morph would indent a multi-line initializer a second time.
        `\n/**\n * ${description}\n * @type {Program<Client>}\n */\nexport const program = ${verbatimSlot(0)};`,
      ],
    },
    [prettyLiteral(program)],
  );
  const declarations = printSourceFile({
    leadingTrivia: header,
    statements: [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: options.cliImport, isTypeOnly: true, namedImports: ["Program"] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: options.clientImport, isTypeOnly: true, namedImports: ["Client"] },
      `\n/** ${description} */\nexport declare const program: Program<Client>;`,
    ],
  });
  return { module, declarations };
}
