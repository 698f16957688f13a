import { madeOnce, type OperationMemo } from "../model/operation-memo.js";
import type { ApiModel, ContentHelperModel, OperationModel } from "../model/types.js";
import { docSafe, jsDoc, methodDescription, operationDescription } from "./doc-text.js";
import { doNotEditHeader } from "./header.js";
import type { JsModule } from "./jsdoc.js";
import { Code, literal, propertyKey } from "./literal.js";
import { StructureKind, VariableDeclarationKind, printSourceFile, quoted, verbatimSlot, type MethodSignatureStructure, type StatementsPrinter, type StatementStructures } from "./ts-morph.js";
import { operationConstName } from "./validation.js";

export interface ClientEmitOptions {
  /** Module specifier of the runtime, as the generated file imports it. */
  runtimeImport: string;
  /** Module specifier of the runtime's types, for the declarations. */
  runtimeTypesImport: string;
  /** Module specifier of openapi-typescript's output. */
  schemaImport: string;
  /** Module specifier of the validation module. */
  validationImport: string;
  /** Module specifier of the client module itself: its JavaScript takes its types from its declarations. */
  selfImport: string;
  /** `name/version`, sent as the User-Agent. */
  userAgent: string;
  /**
   * Prints each operation's declarations apart, and again only when they change: watch mode
   * keeps one from run to run. Without one, the file is printed in one pass (a cold run).
   */
  printer?: StatementsPrinter;
  /** Watch mode's: each operation's declarations are made once for its model. */
  memo?: OperationMemo;
}

/**
 * The client module: per operation an input type, an output type and a documented async
 * function; then a `Client` interface and `createClient`, which binds them to a transport.
 * Types and docs go in the declaration file, which is all a consumer's tsc reads; the
 * JavaScript holds the one-line bodies, each typed by its declaration through JSDoc, which
 * this project's tests check. As TypeScript source, GitHub's 3.9 MB client cost every
 * consumer about 0.4 s more of tsc's time.
 */
export function emitClient(model: ApiModel, options: ClientEmitOptions): JsModule {
  const header = `${doNotEditHeader(model.specName)}\n`;
  const declarations: (StatementStructures | string)[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: options.runtimeTypesImport, isTypeOnly: true, namedImports: ["ApiDefaults", ...(model.operations.some(offersChoice) ? ["BodyChoice"] : []), "CallOptions", "ClientOptions", "Transport"] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: options.schemaImport, isTypeOnly: true, namedImports: usesComponents(model) ? ["components", "paths"] : ["paths"] },
    {
      kind: StructureKind.VariableStatement,
      leadingTrivia: "\n",
      isExported: true,
      hasDeclareKeyword: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["The spec's first server, and the User-Agent: what `createClient` uses unless told otherwise."],
      declarations: [{ name: "apiDefaults", type: "ApiDefaults" }],
    },
    // With a printer, printed apart (see StatementsPrinter), and their text goes in at the slot.
    ...(!options.printer ? model.operations.flatMap(operationDeclarations) : model.operations.length > 0 ? [verbatimSlot(0)] : []),
    ...model.contentHelpers.map(contentHelperDeclaration),
    ...(model.securitySchemes.length > 0 ? [clientAuthType(model)] : []),
    // With a printer, its methods printed apart too, and the interface goes in at its slot.
    options.printer ? `\n${verbatimSlot(1)}` : clientInterface(model),
    createClientDeclaration(model),
  ];
  const typedBy = (name: string) => `/** @type {typeof declared.${name}} */`;
  const module = [
    `/** @import * as declared from ${JSON.stringify(options.selfImport)} */`,
    `import { ${model.contentHelpers.length > 0 ? "base64, " : ""}createTransport } from ${JSON.stringify(options.runtimeImport)};`,
    `import * as validation from ${JSON.stringify(options.validationImport)};`,
    "",
    typedBy("apiDefaults"),
    `export const apiDefaults = ${literal({ baseUrl: model.defaultBaseUrl ?? new Code("undefined"), userAgent: options.userAgent, securitySchemes: securitySchemes(model) })};`,
    ...model.operations.flatMap((operation) => [
      typedBy(operation.name),
      // The descriptor is data in the validation module: checked there, not here (see emitValidation).
      `export const ${operation.name} = async (transport, input${operation.inputOptional ? " = {}" : ""}, options) => transport.call(validation.${operationConstName(operation)}, input, options);`,
    ]),
    ...model.contentHelpers.flatMap((helper) => [typedBy(helper.name), `export const ${helper.name} = (content, fields${helper.otherFieldsRequired ? "" : " = {}"}) => ({ ${propertyKey(helper.field)}: base64(content), ...fields });`]),
    typedBy("createClient"),
    `export const createClient = (options${model.defaultBaseUrl ? " = {}" : ""}) => {`,
    "  const transport = createTransport(options, apiDefaults);",
    "  return {",
    ...model.operations.map((o) => `    ${o.name}: (input, callOptions) => ${o.name}(transport, input, callOptions),`),
    "  };",
    "};",
  ];
  // The module is code this emitter writes whole, so it goes in as text, past ts-morph's writer.
  return { module: printSourceFile({ leadingTrivia: header, statements: [verbatimSlot(0)] }, [module.join("\n")]), declarations: printSourceFile({ leadingTrivia: header, statements: declarations }, options.printer ? printedApart(model, options.printer, options.memo) : []) };
}

/**
 * The text of the declarations watch mode prints apart (StatementsPrinter), for their slots:
 * each operation's declarations, and the `Client` interface, as printed whole.
 */
function printedApart(model: ApiModel, printer: StatementsPrinter, memo: OperationMemo | undefined): string[] {
  const declarations = printer.print(model.operations.map((operation) => madeOnce(memo, operation, "client declarations", () => operationDeclarations(operation))));
  const methods = printer.printMethods(model.operations.map((operation) => madeOnce(memo, operation, "client method", () => clientMethod(operation))));
  return [declarations, `/** ${clientDoc} */\nexport interface Client {\n${methods}${methods === "" ? "" : "\n"}}`];
}

function operationDeclarations(operation: OperationModel): StatementStructures[] {
  const { name, typeName } = operation;
  return [
    { kind: StructureKind.TypeAlias, leadingTrivia: "\n", isExported: true, name: `${typeName}Input`, type: inputType(operation), docs: [`The input of {@link ${name}}.`] },
    { kind: StructureKind.TypeAlias, isExported: true, name: `${typeName}Output`, type: outputType(operation), docs: [`What {@link ${name}} resolves with: the body of a successful response.`] },
    { kind: StructureKind.TypeAlias, isExported: true, name: `${typeName}ErrorBody`, type: errorBodyType(operation), docs: [`The body of an \`ApiError\` from {@link ${name}}, as the spec declares its error responses.`] },
    {
      kind: StructureKind.Function,
      isExported: true,
      hasDeclareKeyword: true,
      name,
      docs: [
        jsDoc(operationDescription(operation), [
          { tagName: "param", text: "transport - Sends the request; `createClient` passes its own." },
          { tagName: "param", text: `input - ${inputSummary(operation)}` },
          { tagName: "param", text: `options - Signal, headers, timeout, retries and validation for this call${offersChoice(operation) ? `; \`contentType\` picks the body's media type (default \`${operation.body!.mediaType}\`)` : ""}.` },
          { tagName: "throws", text: `{ValidationError} When the input breaks the spec; nothing is sent.` },
          { tagName: "throws", text: `{ApiError} When the server answers outside 2xx (a subclass per status: \`NotFoundError\`, \`RateLimitError\`, ...); its body is a {@link ${typeName}ErrorBody}.` },
          { tagName: "throws", text: "{NetworkError} {TimeoutError} When no response arrives, after any retries." },
          ...(operation.deprecated ? [{ tagName: "deprecated" }] : []),
        ]),
      ],
      parameters: [
        { name: "transport", type: "Transport" },
        { name: "input", type: `${typeName}Input`, hasQuestionToken: operation.inputOptional },
        { name: "options", type: callOptionsType(operation), hasQuestionToken: true },
      ],
      returnType: `Promise<${typeName}Output>`,
    },
  ];
}

function offersChoice(operation: OperationModel): boolean {
  return (operation.body?.alternatives.length ?? 0) > 0;
}

/** `CallOptions`, and for a body offered in several media types the choice among them. */
function callOptionsType(operation: OperationModel): string {
  if (!offersChoice(operation)) return "CallOptions";
  return `CallOptions & BodyChoice<${[operation.body!.mediaType, ...operation.body!.alternatives].map(quoted).join(" | ")}>`;
}

function operationType(operation: OperationModel): string {
  return `paths[${quoted(operation.path)}][${quoted(operation.method)}]`;
}

function inputType(operation: OperationModel): string {
  const op = operationType(operation);
  const locations = (["path", "query", "header", "cookie"] as const).filter((l) => operation.parameters.some((p) => p.location === l));
  const paramType = (l: string) => (l === "path" ? `${op}["parameters"]["path"]` : `NonNullable<${op}["parameters"][${quoted(l)}]>`);
  const bodyTypes = operation.body ? [operation.body.mediaType, ...operation.body.alternatives].map((type) => `NonNullable<${op}["requestBody"]>["content"][${quoted(type)}]`) : [];
  // Alternatives of a `fields` layout share the default's schema: its type stands for all.
  const bodyType = bodyTypes.length === 0 ? undefined : operation.body!.layout === "fields" || bodyTypes.length === 1 ? bodyTypes[0] : `(${bodyTypes.join(" | ")})`;

  if (operation.input === "grouped") {
    const members = locations.map((l) => `${l}${operation.parameters.some((p) => p.location === l && p.required) ? "" : "?"}: ${paramType(l)};`);
    if (bodyType) members.push(`body${operation.body!.required ? "" : "?"}: ${bodyType};`);
    return `{ ${members.join(" ")} }`;
  }
  const parts = locations.map(paramType);
  if (bodyType) parts.push(operation.body!.layout === "fields" ? bodyType : `{ body${operation.body!.required ? "" : "?"}: ${bodyType} }`);
  return parts.length > 0 ? parts.join(" & ") : "Record<string, never>";
}

function outputType(operation: OperationModel): string {
  const { statuses, mediaType, parseAs } = operation.success;
  const op = operationType(operation);
  const fixed = { text: "string", blob: "Blob", stream: "ReadableStream<Uint8Array> | null", json: undefined, auto: undefined }[parseAs];
  const types = new Set<string>();
  for (const { code, body } of statuses) {
    if (!body) types.add("undefined");
    // A status with a body has it under the media type read (model/operations.ts).
    else types.add(fixed ?? `${op}["responses"][${/^\d+$/.test(code) ? code : quoted(code)}]["content"][${quoted(mediaType!)}]`);
  }
  const list = [...types];
  // No body at all (a 204): `undefined`, what the call resolves with, rather than `void`.
  return list.length === 0 ? "undefined" : list.join(" | ");
}

function usesComponents(model: ApiModel): boolean {
  return model.contentHelpers.length > 0 || model.operations.some((o) => o.errorBodies.some((e) => e.schemaName !== undefined));
}

function errorBodyType(operation: OperationModel): string {
  const op = operationType(operation);
  // A named schema reads better than the response it is reached through, and dedupes.
  const types = operation.errorBodies.map(({ code, mediaType, schemaName }) =>
    schemaName !== undefined ? `components["schemas"][${quoted(schemaName)}]` : `${op}["responses"][${/^\d+$/.test(code) ? code : quoted(code)}]["content"][${quoted(mediaType)}]`,
  );
  return types.length > 0 ? [...new Set(types)].join(" | ") : "unknown";
}

/** `secretFile(content, fields)`: the object with its base64 field filled from file content. */
function contentHelperDeclaration(helper: ContentHelperModel): StatementStructures {
  const type = `components["schemas"][${quoted(helper.schemaName)}]`;
  return {
    kind: StructureKind.Function,
    isExported: true,
    hasDeclareKeyword: true,
    name: helper.name,
    docs: [
      jsDoc(docSafe(`Builds a \`${helper.schemaName}\` from file content: \`${helper.field}\` is base64-encoded for you (text as UTF-8).`), [
        { tagName: "param", text: "content - The file's content: text, or raw bytes." },
        { tagName: "param", text: `fields - The other fields of \`${helper.schemaName}\`.` },
      ]),
    ],
    parameters: [
      { name: "content", type: "string | Uint8Array" },
      { name: "fields", type: `Omit<${type}, ${quoted(helper.field)}>`, hasQuestionToken: !helper.otherFieldsRequired },
    ],
    returnType: type,
  };
}

function inputSummary(operation: OperationModel): string {
  if (operation.input === "grouped") return "Parameters by location (`path`, `query`, `header`) and the request `body`.";
  if (operation.body?.layout === "fields") return operation.parameters.length > 0 ? "Parameters and body fields, side by side." : "The body fields.";
  if (operation.body) return operation.parameters.length > 0 ? "Parameters, and the request body under `body`." : "The request body under `body`.";
  return operation.parameters.length > 0 ? "The parameters." : "Nothing: this operation takes no input.";
}

const clientDoc = "One method per operation of the API, each sending its request through the client's transport.";

function clientInterface(model: ApiModel): StatementStructures {
  return { kind: StructureKind.Interface, isExported: true, name: "Client", docs: [clientDoc], methods: model.operations.map(clientMethod) };
}

function clientMethod(operation: OperationModel): MethodSignatureStructure {
  return {
    kind: StructureKind.MethodSignature,
    name: operation.name,
    docs: [jsDoc(methodDescription(operation), operation.deprecated ? [{ tagName: "deprecated" }] : [])],
    parameters: [
      { name: "input", type: `${operation.typeName}Input`, hasQuestionToken: operation.inputOptional },
      { name: "options", type: callOptionsType(operation), hasQuestionToken: true },
    ],
    returnType: `Promise<${operation.typeName}Output>`,
  };
}

/** The runtime's scheme table, or undefined (left out of the literal) when the spec has none. */
function securitySchemes(model: ApiModel): Record<string, unknown> | undefined {
  return model.securitySchemes.length > 0 ? Object.fromEntries(model.securitySchemes.map((s) => [s.name, s.scheme])) : undefined;
}

/**
 * `ClientAuth`: one optional credential per security scheme, typed by what the scheme sends.
 * A type literal, not an interface, so that it is assignable to the runtime's `Credentials` record.
 */
function clientAuthType(model: ApiModel): string {
  const members = model.securitySchemes.map((s) => {
    const doc = docSafe([`${s.kind}${s.scheme.type === "bearer" ? ": a token, sent as `Authorization: Bearer`" : ""}.`, s.description?.replace(/\s+/g, " ")].filter(Boolean).join(" "));
    const type = s.scheme.type === "basic" ? "{ username: string; password: string }" : "string";
    return `  /** ${doc} */\n  ${propertyKey(s.name) === s.name ? s.name : quoted(s.name)}?: ${type};`;
  });
  // As text: ts-morph would indent the closing brace of a multi-line type.
  const doc = "Credentials by the spec's security schemes; each operation sends those its `security` asks for. Never shown in errors or logs.";
  return `/** ${doc} */\nexport type ClientAuth = {\n${members.join("\n")}\n};`;
}

function createClientDeclaration(model: ApiModel): StatementStructures {
  const baseUrlDoc = model.defaultBaseUrl ? `(default \`${model.defaultBaseUrl}\`)` : "(required: the spec names no server)";
  const authDoc = model.securitySchemes.length > 0 ? ", `auth` (credentials by security scheme)" : "";
  const optionsDoc = `options - \`baseUrl\` ${baseUrlDoc}, \`token\` (sent as a bearer token)${authDoc}, \`fetch\`, \`timeout\`, \`maxRetries\`, \`retry\`, \`validate\`, \`validateResponses\`, \`headers\`, \`middleware\` and \`logger\`.`;
  // Typed by the spec's schemes, so a misspelt scheme name does not compile.
  const optionsType = model.securitySchemes.length > 0 ? `Omit<ClientOptions, "auth"> & { auth?: ClientAuth }` : "ClientOptions";
  return {
    kind: StructureKind.Function,
    isExported: true,
    hasDeclareKeyword: true,
    name: "createClient",
    docs: [jsDoc(docSafe("Creates a client with one method per operation."), [{ tagName: "param", text: optionsDoc }])],
    parameters: [model.defaultBaseUrl ? { name: "options", type: optionsType, hasQuestionToken: true } : { name: "options", type: `${optionsType} & { baseUrl: string }` }],
    returnType: "Client",
  };
}
