import { isReference, lookupPointer, type OpenApiDocument, type SchemaObject } from "../spec/document.js";
import type { Operation, ParameterLocation } from "../../runtime/operation.js";
import { madeOnce, type OperationMemo } from "../model/operation-memo.js";
import type { ApiModel, OperationModel, SpecSchema } from "../model/types.js";
import { pascalCase } from "../model/names.js";
import { doNotEditHeader } from "./header.js";
import { decidable } from "./decidable.js";
import { jsImportType, type JsModule } from "./jsdoc.js";
import { Code, literal } from "./literal.js";
import { StructureKind, printSourceFile, verbatimSlot } from "./ts-morph.js";

/** Names the validation module exports per operation. */
export const inputSchemaName = (operation: OperationModel) => `${operation.name}Input`;
export const responseSchemaName = (operation: OperationModel) => `${operation.name}Response`;
export const operationConstName = (operation: OperationModel) => `${operation.name}Operation`;

/**
 * The validation module: per operation its input and response schemas, reduced to the
 * keywords the runtime checks, and the descriptor the client passes to the runtime (method,
 * path, parameter places, its schemas); each `$ref`d schema once, as a const the others
 * point at through `ref: () => Name` (so order and recursion need no care).
 * It is data, so it is JavaScript beside a declaration file: a consumer's tsc reads one line
 * per export instead of parsing and binding the literals (1.4 MB on GitHub's spec). Each const
 * carries its type as JSDoc, and this project's tests check the literals against it.
 */
export function emitValidation(document: OpenApiDocument, model: ApiModel, runtimeTypesImport: string, memo?: OperationMemo): JsModule {
  const names = new RefNames();
  // Data, written as text: ts-morph's writer reads every character it prints, which cost
  // 0.2 s on GitHub's spec for lines that need no formatting.
  const consts: string[] = [];
  const declarations: string[] = [];
  for (const operation of model.operations) {
    const made = madeOnce(memo, operation, "validation", () => operationConsts(operation));
    // Each `$ref` is named as it is first met, operation after operation, as if converted here.
    const refNames = made.refs.map((pointer) => names.nameFor(pointer));
    consts.push(made.consts.replace(refSlots, (_, index: string) => refNames[Number(index)]!));
    declarations.push(made.declarations);
  }
  // Refs met while converting add more refs; convert until none is left.
  for (let i = 0; i < names.pending.length; i++) {
    const { pointer, name } = names.pending[i]!;
    const target = lookupPointer(document, pointer.slice(1)) as SpecSchema | undefined;
    consts.push(schemaConst(name, "Schema", target === undefined ? {} : runtimeSchema(target, names), false));
  }

  const types = ["InputSchema", "Operation", "Schema"];
  const header = `${doNotEditHeader(model.specName)}\n`;
  return {
    module: printSourceFile({ leadingTrivia: header, statements: [jsImportType(types, runtimeTypesImport), verbatimSlot(0)] }, [consts.join("\n")]),
    declarations: printSourceFile(
      { leadingTrivia: header, statements: [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: runtimeTypesImport, isTypeOnly: true, namedImports: types }, verbatimSlot(0)] },
      [declarations.join("\n")],
    ),
  };
}

/** A const of the module, typed by JSDoc. */
function schemaConst(name: string, type: string, value: unknown, exported: boolean): string {
  return `/** @type {${type}} */\n${exported ? "export " : ""}const ${name} = ${literal(value)};`;
}

/**
 * An operation's consts (input schema, response schema, descriptor) and their declarations, as
 * text of its own: each `$ref` const's name is a slot, `refs[i]` the pointer of slot i, in the
 * order met. Names are the module's to give (first met, first named), so watch mode keeps this
 * text for the operation's model and only names the slots each run.
 */
function operationConsts(operation: OperationModel): { consts: string; declarations: string; refs: string[] } {
  const refs: string[] = [];
  const slots: RefNamer = {
    nameFor(pointer) {
      const index = refs.indexOf(pointer);
      return refSlot(index >= 0 ? index : refs.push(pointer) - 1);
    },
  };
  const convert = (schema: SpecSchema) => runtimeSchema(schema, slots);
  const { params, body, otherBodies, bodyRequired } = operation.validation;
  const paramSchemas = Object.fromEntries(Object.entries(params).map(([location, { properties, required }]) => [location, { properties: mapValues(properties, convert), required }]));
  const others = Object.keys(otherBodies).length > 0 ? mapValues(otherBodies, convert) : undefined;
  const input = { params: Object.keys(paramSchemas).length > 0 ? paramSchemas : undefined, body: body === undefined ? undefined : convert(body), otherBodies: others, bodyRequired: bodyRequired || undefined };
  const consts: string[] = [];
  const declarations: string[] = [];
  const exported = (name: string, type: string, value: unknown) => {
    consts.push(schemaConst(name, type, value, true));
    declarations.push(`export declare const ${name}: ${type};`);
  };
  exported(inputSchemaName(operation), "InputSchema", input);
  if (operation.responseSchema) exported(responseSchemaName(operation), "Schema", convert(operation.responseSchema));
  exported(operationConstName(operation), "Operation", descriptor(operation));
  return { consts: consts.join("\n"), declarations: declarations.join("\n"), refs };
}

/** Slot `i` for a `$ref` const's name; spelt with NULs, which literal() never prints (JSON writes them `\u0000`). */
const refSlot = (index: number) => `\u0000${index}\u0000`;
const refSlots = /\u0000(\d+)\u0000/g;

/** Names the const of a `$ref` target. */
interface RefNamer {
  nameFor(pointer: string): string;
}

/** One const name per `$ref` target, in the order first met. */
class RefNames implements RefNamer {
  readonly pending: { pointer: string; name: string }[] = [];
  private readonly byPointer = new Map<string, string>();
  private readonly taken = new Set(["Schema", "InputSchema"]);

  nameFor(pointer: string): string {
    let name = this.byPointer.get(pointer);
    if (name === undefined) {
      const base = `${pascalCase(decodeURIComponent(pointer.split("/").at(-1) ?? "")) || "Anonymous"}Schema`;
      name = base;
      for (let n = 2; this.taken.has(name); n++) name = `${base}${n}`;
      this.taken.add(name);
      this.byPointer.set(pointer, name);
      this.pending.push({ pointer, name });
    }
    return name;
  }
}

/** The runtime `Schema` for a spec schema: validation keywords only, 3.0 forms turned into 3.1 ones. */
function runtimeSchema(schemaOrRef: SpecSchema, names: RefNamer): object {
  // 3.1's boolean schemas: `true` takes anything, `false` nothing (`items: false` after `prefixItems`).
  if ((schemaOrRef as unknown) === true) return {};
  if ((schemaOrRef as unknown) === false) return { not: {} };
  const s = schemaOrRef as SchemaObject & Record<string, unknown>;
  // `nullable` where there is no `type` to fold it into (beside a `$ref`, an `allOf` or a
  // `oneOf`, as 3.0 specs and many 3.1 ones write it): null, or what the rest says.
  if (s.nullable === true && s.type === undefined) {
    const inner = runtimeSchema({ ...s, nullable: undefined } as SpecSchema, names) as Record<string, unknown>;
    // What is read off a property's own schema (not required in requests or responses, cut from logs) stays on top.
    const { readOnly, writeOnly, sensitive, contentEncoding } = inner;
    return { anyOf: [inner, { type: "null" }], readOnly, writeOnly, sensitive, contentEncoding };
  }
  if (isReference(schemaOrRef)) return { ref: new Code(`() => ${names.nameFor(schemaOrRef.$ref)}`) };
  const nested = (value: SpecSchema | undefined) => (value === undefined ? undefined : runtimeSchema(value, names));
  const list = (values: SpecSchema[] | undefined) => values?.map((value) => runtimeSchema(value, names));
  return {
    type: typeOf(s),
    properties: s.properties && mapValues(s.properties, (p) => runtimeSchema(p, names)),
    required: s.required?.length ? s.required : undefined,
    additionalProperties: typeof s.additionalProperties === "boolean" ? (s.additionalProperties ? undefined : false) : nested(s.additionalProperties),
    propertyNames: nested(s.propertyNames),
    items: nested(s.items),
    prefixItems: list(s.prefixItems as SpecSchema[] | undefined),
    contains: nested(s.contains as SpecSchema | undefined),
    minContains: s.minContains,
    // Where a pass of the client's could be wrong, these would refuse a valid request: left to the server (decidable.ts).
    maxContains: decidable(s.contains as SpecSchema | undefined) ? s.maxContains : undefined,
    not: decidable(s.not as SpecSchema | undefined) ? nested(s.not as SpecSchema | undefined) : undefined,
    ...(decidable(s.if as SpecSchema | undefined) ? { if: nested(s.if as SpecSchema | undefined), then: nested(s.then as SpecSchema | undefined), else: nested(s.else as SpecSchema | undefined) } : {}),
    dependentRequired: s.dependentRequired,
    oneOf: list(s.oneOf),
    anyOf: list(s.anyOf),
    allOf: list(s.allOf),
    enum: s.enum,
    const: s.const,
    minLength: s.minLength,
    maxLength: s.maxLength,
    pattern: s.pattern,
    // 3.0 writes `exclusiveMinimum: true` beside `minimum`; 3.1 writes the bound itself.
    minimum: s.exclusiveMinimum === true ? undefined : s.minimum,
    maximum: s.exclusiveMaximum === true ? undefined : s.maximum,
    exclusiveMinimum: s.exclusiveMinimum === true ? s.minimum : typeof s.exclusiveMinimum === "number" ? s.exclusiveMinimum : undefined,
    exclusiveMaximum: s.exclusiveMaximum === true ? s.maximum : typeof s.exclusiveMaximum === "number" ? s.exclusiveMaximum : undefined,
    multipleOf: s.multipleOf,
    minItems: s.minItems,
    maxItems: s.maxItems,
    uniqueItems: s.uniqueItems || undefined,
    minProperties: s.minProperties,
    maxProperties: s.maxProperties,
    readOnly: s.readOnly || undefined,
    writeOnly: s.writeOnly || undefined,
    // A file: 3.0 writes `format: binary`, 3.1 `contentMediaType` (without an encoding).
    binary: s.format === "binary" || (typeof s.contentMediaType === "string" && s.contentEncoding === undefined) || undefined,
    sensitive: s["x-sensitive"] === true || undefined,
    contentEncoding: s["x-sensitive"] === true ? s.contentEncoding : undefined,
    title: s.title,
  };
}

/** `type`, with 3.0's `nullable: true` folded in as `"null"`. */
function typeOf(s: SchemaObject): string | string[] | undefined {
  const types = Array.isArray(s.type) ? [...s.type] : s.type ? [s.type] : [];
  if (s.nullable && types.length > 0 && !types.includes("null")) types.push("null");
  // An `enum` that lists null admits null, whatever `type` says (3.0 specs often write it so).
  if (s.enum?.includes(null) && types.length > 0 && !types.includes("null")) types.push("null");
  return types.length === 0 ? undefined : types.length === 1 ? types[0] : types;
}

function mapValues<T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}

/** What the runtime needs to know to send the request and check it: plain data, with the schemas by name. */
function descriptor(operation: OperationModel): Partial<Record<keyof Operation, unknown>> {
  const { body, input } = operation;
  const params: Partial<Record<ParameterLocation, string[]>> = {};
  const styles: Partial<Record<ParameterLocation, Record<string, unknown>>> = {};
  for (const p of operation.parameters) {
    (params[p.location] ??= []).push(p.name);
    if (p.style) (styles[p.location] ??= {})[p.name] = p.style;
  }
  // A query the spec writes into the path key itself (OpenAI's `/responses?beta=true`) goes out before the parameters.
  const [path, pathQuery] = operation.path.split(/\?(.*)/s, 2) as [string, string | undefined];
  return {
    name: operation.name,
    method: operation.method,
    path,
    ...(pathQuery ? { pathQuery } : {}),
    input,
    ...(input === "flat" && operation.parameters.length > 0 ? { params } : {}),
    ...(input === "flat" && body ? { body: body.layout } : {}),
    ...(Object.keys(styles).length > 0 ? { styles } : {}),
    ...(body && body.mediaType !== "application/json" ? { mediaType: body.mediaType } : {}),
    ...(body && body.alternatives.length > 0 ? { mediaTypes: [body.mediaType, ...body.alternatives] } : {}),
    ...(body && Object.keys(body.encoding).length > 0 ? { encoding: body.encoding } : {}),
    parseAs: operation.success.parseAs,
    ...(operation.success.accept ? { accept: operation.success.accept } : {}),
    // Every 2xx the spec lists has a body: the output type admits no undefined.
    ...(operation.success.statuses.length > 0 && operation.success.statuses.every((status) => status.body) ? { promisesBody: true } : {}),
    ...(operation.security ? { security: operation.security } : {}),
    ...(operation.server ? { server: operation.server } : {}),
    schema: new Code(inputSchemaName(operation)),
    response: operation.responseSchema ? new Code(responseSchemaName(operation)) : undefined,
  };
}
