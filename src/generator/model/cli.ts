import { isReference, resolve, type OpenApiDocument, type SchemaObject } from "../spec/document.js";
import { describeConstraints } from "./field-docs.js";
import { builtinCommands } from "../../cli/help.js";
import type { AuthOption, Command, Flag } from "../../cli/program.js";
import type { OperationModel, SecuritySchemeModel, SpecSchema } from "./types.js";
import { firstFree } from "./names.js";
import { madeOnce, type OperationMemo } from "./operation-memo.js";
import { parameterSchema, parametersOf, specOperation } from "./operations.js";
import type { RequestCase } from "./request-examples.js";

/**
 * The CLI's commands, one per operation, as plain data: flags from parameters and body
 * fields, help text and examples, all from the spec. Extensions refine it:
 * `x-cli` (root: `name`, `envPrefix`), `x-cli-command` (operation: extra names such as
 * "start job build"), `x-cli-flag` (property: the flag's name), `x-cli-summary`
 * (operation: a one-line template like "Build {data.id}: {data.status}").
 */
export interface CliModel {
  /** The program's name, as users type it. */
  name: string;
  /** Prefix of its environment variables: `<prefix>_TOKEN`, `<prefix>_URL`. */
  envPrefix: string;
  commands: CliCommandModel[];
  /** How each security scheme's credential is given: bearer schemes by `--token`, the others by a flag of their own. */
  auth: AuthOption[];
}

/** A command as the CLI engine takes it, less what the emitter adds (its schema and call), plus the client function it calls. */
export type CliCommandModel = Omit<Command<unknown>, "inputSchema" | "call"> & { operation: string };

export type CliFlagModel = Flag;

/** Commands the CLI engine runs itself (src/cli/main.ts): a generated command never takes their names. */
const engineCommands = new Set<string>([...builtinCommands, "help"]);

/** Flags every command has; derived flags never take these names. */
export const globalFlags = ["help", "version", "output", "body", "dry-run", "token", "base-url", "timeout", "retries", "no-validate", "quiet"];

/** `requests`: each operation's request examples (request-examples.ts), in the order of `operations`; `memo`: watch mode's (operation-memo.ts). */
export function buildCliModel(document: OpenApiDocument, operations: OperationModel[], requests: RequestCase[][], title: string, schemes: SecuritySchemeModel[] = [], memo?: OperationMemo): CliModel {
  const extension = (document as { "x-cli"?: { name?: string; envPrefix?: string } })["x-cli"] ?? {};
  const envPrefix = extension.envPrefix ?? (upperSnake(title) || "API");
  const auth = authOptions(schemes, envPrefix);
  const reserved = [...globalFlags, ...auth.map((option) => option.flag)];
  return {
    name: extension.name ?? (kebab(title) || "api"),
    envPrefix,
    commands: operations.map((operation, i) => madeOnce(memo, operation, "command", () => commandModel(document, operation, requests[i]!, reserved))),
    auth,
  };
}

function upperSnake(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]+/g, "_").replace(/^_|_$/g, "");
}

/** A flag and an environment variable per scheme: `--token` for bearer ones, `--<scheme>` (never a global flag's name) for the rest. */
function authOptions(schemes: SecuritySchemeModel[], envPrefix: string): AuthOption[] {
  const taken = new Set(globalFlags);
  return schemes.map(({ name, scheme, kind }) => {
    if (scheme.type === "bearer") return { scheme: name, kind: "bearer", flag: "token", env: `${envPrefix}_TOKEN`, description: kind };
    const flag = firstFree(kebab(name) || "auth", (candidate) => taken.has(candidate), "-");
    taken.add(flag);
    return { scheme: name, kind: scheme.type === "basic" ? "basic" : "key", flag, env: `${envPrefix}_${upperSnake(flag)}`, description: kind };
  });
}

/** `startJobBuild` -> `start-job-build`; `dockerFilePath` -> `docker-file-path`; `naïve` -> `naive`, as names.ts drops accents. */
export function kebab(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
}

function commandModel(document: OpenApiDocument, operation: OperationModel, requests: RequestCase[], reserved: readonly string[]): CliCommandModel {
  // Unique: names.ts never gives two names that read alike in kebab-case (`valueOf_`, `valueOF`).
  // The engine's own commands keep their names: Oxide's `logout` operation becomes `logout-2`.
  const name = firstFree(kebab(operation.name), (candidate) => engineCommands.has(candidate), "-");
  const { pathItem, operation: spec } = specOperation(document, operation);
  const aliases = spec["x-cli-command"];
  const flags = new FlagSet(reserved);
  for (const parameter of parametersOf(document, pathItem, spec)) {
    const schema = parameterSchema(parameter);
    const base = {
      flag: kebab(parameter.name),
      target: operation.input === "grouped" ? [parameter.in, parameter.name] : [parameter.name],
      required: parameter.in === "path" || parameter.required === true,
      description: parameter.description,
      constraints: describeConstraints(document, schema),
    };
    const items = listItemType(document, schema);
    if (items) flags.add({ kind: "list", ...base, type: items });
    else if (isStringMap(document, schema)) flags.add({ kind: "map", ...base });
    else if (isStructured(document, schema)) flags.add({ kind: "json", ...base });
    else flags.add({ kind: "value", ...base, type: scalarType(document, schema) ?? "string" });
  }
  const bodySchema = operation.validation.body;
  if (bodySchema && operation.body) {
    const prefix = operation.input === "grouped" || operation.body.layout === "property" ? ["body"] : [];
    bodyFlags(document, bodySchema, prefix, [], flags, 0, new Set());
  }
  const template = spec["x-cli-summary"];
  return {
    name,
    // An alias the engine's own command has (`logout`) would never reach this command: left out.
    aliases: (typeof aliases === "string" ? [aliases] : Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === "string") : []).filter((alias) => !engineCommands.has(alias.split(" ")[0]!)),
    operation: operation.name,
    summary: operation.summary,
    description: operation.description,
    permission: operation.requiredPermission,
    deprecated: operation.deprecated,
    // A body with no schema (`application/json: {}`) is a body all the same: --body gives it.
    hasBody: operation.body !== undefined,
    ...(bodyKind(operation) ? { bodyKind: bodyKind(operation) } : {}),
    ...(operation.body && (operation.input === "grouped" || operation.body.layout === "property") ? { bodyInProperty: true } : {}),
    ...(operation.security ? { security: operation.security } : {}),
    flags: flags.list,
    examples: examples(name, operation, requests, flags.list),
    summaryTemplate: typeof template === "string" ? template : undefined,
  };
}

/** How `--body` reads a body that is not a JSON, form or multipart document: text as it is, anything else from a file. */
function bodyKind(operation: OperationModel): "text" | "file" | undefined {
  const type = operation.body?.mediaType;
  if (type === undefined || operation.body!.json || /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type) || type.includes("*")) return undefined;
  return /^text\/|[/+](xml|yaml|x-yaml|javascript)\b/i.test(type) ? "text" : "file";
}

/** Flags by name: a second flag of the same name is named after its whole path instead. */
class FlagSet {
  readonly list: CliFlagModel[] = [];
  constructor(private readonly reserved: readonly string[]) {}
  add(flag: CliFlagModel): void {
    const taken = (name: string) => this.reserved.includes(name) || this.list.some((f) => f.flag === name);
    if (taken(flag.flag)) flag.flag = firstFree(kebab(flag.target.join("-")), taken, "-");
    this.list.push(flag);
  }
}

const maxFlagDepth = 4;

/**
 * Body fields that fit a flag: scalars at any depth through plain objects, maps of
 * strings, and maps of file objects (a base64 `contentEncoding` field). Arrays and deeper
 * shapes are for `--body`. Variants of a `oneOf` contribute their fields side by side.
 */
function bodyFlags(document: OpenApiDocument, schemaOrRef: SpecSchema, prefix: string[], path: string[], flags: FlagSet, depth: number, refs: ReadonlySet<string>): void {
  if (depth > maxFlagDepth || (isReference(schemaOrRef) && refs.has(schemaOrRef.$ref))) return;
  const seen = isReference(schemaOrRef) ? new Set([...refs, schemaOrRef.$ref]) : refs;
  const schema = resolve<SchemaObject>(document, schemaOrRef);
  if (!schema) return;
  for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) bodyFlags(document, part, prefix, path, flags, depth, seen);
  for (const [name, propertyOrRef] of Object.entries(schema.properties ?? {})) {
    const property = resolve<SchemaObject>(document, propertyOrRef);
    if (!property || property.readOnly) continue;
    const fieldPath = [...path, name];
    if (flags.list.some((f) => f.target.join("\0") === [...prefix, ...fieldPath].join("\0"))) continue;
    const own = (property as Record<string, unknown>)["x-cli-flag"];
    const base = { flag: typeof own === "string" ? own : kebab(name), target: [...prefix, ...fieldPath], required: false, description: property.description, constraints: describeConstraints(document, propertyOrRef) };
    const scalar = scalarType(document, propertyOrRef);
    const items = listItemType(document, propertyOrRef);
    const values = typeof property.additionalProperties === "object" ? resolve<SchemaObject>(document, property.additionalProperties) : undefined;
    if (isFile(property)) flags.add({ kind: "file", ...base });
    else if (scalar) flags.add({ kind: "value", ...base, type: scalar });
    else if (items) flags.add({ kind: "list", ...base, type: items });
    else if (values && !property.properties && scalarType(document, property.additionalProperties as SpecSchema) === "string") flags.add({ kind: "map", ...base });
    else if (values && !property.properties && contentField(document, values)) flags.add({ kind: "fileMap", ...base, ...contentField(document, values)! });
    else if (!property.additionalProperties || property.properties) bodyFlags(document, propertyOrRef, prefix, fieldPath, flags, depth + 1, seen);
  }
}

/** The base64 field of a file object, and a sibling `encoding` field if it has one. */
function contentField(document: OpenApiDocument, schema: SchemaObject): { contentField: string; encodingField?: string } | undefined {
  const entries = Object.entries(schema.properties ?? {});
  const content = entries.find(([, p]) => resolve<SchemaObject>(document, p)?.contentEncoding === "base64")?.[0];
  if (content === undefined) return undefined;
  return { contentField: content, ...(entries.some(([name]) => name === "encoding") ? { encodingField: "encoding" } : {}) };
}

/** A file field (`format: binary`, or 3.1's `contentMediaType` without an encoding): given as `@path`. */
function isFile(schema: SchemaObject): boolean {
  const { contentMediaType } = schema as { contentMediaType?: unknown };
  return schema.format === "binary" || (typeof contentMediaType === "string" && schema.contentEncoding === undefined);
}

/** The item type of an array of scalars, which a repeatable flag can give. */
function listItemType(document: OpenApiDocument, schemaOrRef: SpecSchema | undefined): "string" | "number" | "integer" | "boolean" | undefined {
  const { types, schema } = nonNullTypes(document, schemaOrRef);
  return types.length === 1 && types[0] === "array" && schema?.items ? scalarType(document, schema.items as SpecSchema) : undefined;
}

/** An object or array, with no scalar alternative: its value is given as JSON. */
function isStructured(document: OpenApiDocument, schemaOrRef: SpecSchema | undefined): boolean {
  const { types } = nonNullTypes(document, schemaOrRef);
  return types.length > 0 && types.every((t) => t === "object" || t === "array");
}

/**
 * The types a value may have besides null, and the schema that says so: its own `type`, or
 * the one alternative of an `anyOf`/`oneOf` that is not `null` (how FastAPI and others write
 * an optional value: `anyOf: [{type: boolean}, {type: "null"}]`).
 */
function nonNullTypes(document: OpenApiDocument, schemaOrRef: SpecSchema | undefined): { types: string[]; schema: SchemaObject | undefined } {
  const schema = resolve<SchemaObject>(document, schemaOrRef);
  const types = (Array.isArray(schema?.type) ? schema.type : schema?.type ? [schema.type] : []).filter((t) => t !== "null");
  if (types.length > 0 || !schema) return { types, schema };
  const alternatives = (schema.anyOf ?? schema.oneOf ?? []).filter((alternative) => !isNullSchema(resolve<SchemaObject>(document, alternative)));
  return alternatives.length === 1 && alternatives.length < (schema.anyOf ?? schema.oneOf)!.length ? nonNullTypes(document, alternatives[0]) : { types, schema };
}

function isNullSchema(schema: SchemaObject | undefined): boolean {
  return schema?.type === "null" || (Array.isArray(schema?.enum) && schema.enum.length === 1 && schema.enum[0] === null);
}

/** An object of string values (declared or additional), which `KEY=VALUE` pairs can give. */
function isStringMap(document: OpenApiDocument, schemaOrRef: SpecSchema | undefined): boolean {
  const schema = resolve<SchemaObject>(document, schemaOrRef);
  if (!schema || (schema.type !== "object" && !schema.properties && typeof schema.additionalProperties !== "object")) return false;
  const values = [...Object.values(schema.properties ?? {}), ...(typeof schema.additionalProperties === "object" ? [schema.additionalProperties] : [])];
  return values.length > 0 && values.every((value) => scalarType(document, value as SpecSchema) === "string");
}

function scalarType(document: OpenApiDocument, schemaOrRef: SpecSchema | undefined): "string" | "number" | "integer" | "boolean" | undefined {
  const { types } = nonNullTypes(document, schemaOrRef);
  const [type] = types;
  return types.length === 1 && (type === "string" || type === "number" || type === "integer" || type === "boolean") ? type : undefined;
}

/**
 * Command lines for the spec's request examples (see request-examples.ts): parameters as
 * their flags, the body as flags where every field has one, else as `--body '<json>'`.
 */
function examples(name: string, operation: OperationModel, requests: RequestCase[], flags: CliFlagModel[]): CliCommandModel["examples"] {
  return requests.map((c) => {
    const paramArgs = [...c.params].flatMap(([p, value]) => {
      const flag = flags.find((f) => f.target.at(-1) === p.name && f.kind === "value");
      return flag ? [`--${flag.flag}`, String(value)] : [];
    });
    return { title: c.title, argv: [name, ...paramArgs, ...(c.body === undefined ? [] : bodyArgs(c.body, flags, operation))] };
  });
}

/** The body as flags where each field has a flag; otherwise the whole body as JSON. */
function bodyArgs(body: unknown, flags: CliFlagModel[], operation: OperationModel): string[] {
  const prefix = operation.input === "grouped" || operation.body?.layout === "property" ? ["body"] : [];
  const args: string[] = [];
  const fits = (value: unknown, path: string[]): boolean => {
    const flag = flags.find((f) => f.target.join("\0") === [...prefix, ...path].join("\0"));
    if (flag?.kind === "value" && (typeof value !== "object" || value === null)) {
      args.push(`--${flag.flag}`, String(value));
      return true;
    }
    if (flag?.kind === "map" && typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) args.push(`--${flag.flag}`, `${key}=${String(item)}`);
      return true;
    }
    if (!flag && typeof value === "object" && value !== null && !Array.isArray(value)) return Object.entries(value).every(([key, item]) => fits(item, [...path, key]));
    return false;
  };
  return fits(body, []) ? args : ["--body", JSON.stringify(body)];
}
