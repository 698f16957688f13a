import type { CliModel } from "../model/cli.js";
import type { ApiModel } from "../model/types.js";
import { dataModuleHeader } from "./header.js";
import { Code, prettyLiteral } from "./literal.js";
import { StructureKind, printSourceFile, verbatimSlot, type StatementStructures } from "./ts-morph.js";
import { inputSchemaName } from "./validation.js";

export interface CliEmitOptions {
  /** Module specifier of the CLI engine (`src/cli`). */
  cliImport: string;
  clientImport: string;
  validationImport: string;
  /** The program's version, for `--version`. */
  version: string;
  /** The API's title, for `--help`. */
  title: string;
}

/** The CLI module: the program as data, each command calling its client method. */
export function emitCli(model: ApiModel, cli: CliModel, options: CliEmitOptions): string {
  const program = {
    name: cli.name,
    version: options.version,
    title: options.title,
    envPrefix: cli.envPrefix,
    defaultBaseUrl: new Code("apiDefaults.baseUrl"),
    createClient: new Code("createClient"),
    commands: cli.commands.map(({ operation, ...command }, i) => ({
      ...command,
      inputSchema: new Code(`validation.${inputSchemaName(model.operations[i]!)}`),
      call: new Code(`(client, input, options) => client.${operation}(input as never, options)`),
    })),
  };
  const statements: (StatementStructures | string)[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: options.cliImport, isTypeOnly: true, namedImports: ["Program"] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: options.clientImport, namedImports: ["apiDefaults", "createClient", { name: "Client", isTypeOnly: true }] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: options.validationImport, namespaceImport: "validation" },
    // Printed as text: ts-morph would indent a multi-line initializer a second time.
    `\n/** The \`${cli.name}\` command line: one command per operation, flags and help from the spec. */\nexport const program: Program<Client> = ${verbatimSlot(0)};`,
  ];
  return printSourceFile({ leadingTrivia: `${dataModuleHeader(model.specName)}\n`, statements }, [prettyLiteral(program)]);
}
