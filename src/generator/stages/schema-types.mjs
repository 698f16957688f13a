// openapi-typescript's types for a bundled spec, as its `openapiTS()` and `astToString()` make
// them, made unit by unit: once (`schemaTypes`), or each unit's text kept for the next run
// (`SchemaTypesByUnit`, for watch mode). Plain JavaScript: the types worker runs it without a
// TypeScript loader. Types: schema-types.d.mts.
// openapi-typescript's transform and printer, without its index: that loads Redocly to lint
// and bundle, which we have done already (0.65 s of the worker's start). Its exports allow
// these paths, and package.json pins its version.
import { serialize } from "node:v8";
import ts from "typescript";
import transformSchema from "openapi-typescript/dist/transform/index.mjs";
import { astToString, stringToAST, tsModifiers, tsPropertyIndex } from "openapi-typescript/dist/lib/ts.mjs";
import { resolveRef, scanDiscriminators } from "openapi-typescript/dist/lib/utils.mjs";
import { withoutRepeatedOperationIds } from "../spec/repairs.mjs";

/**
 * A file (`format: binary`, or 3.1's `contentMediaType` without an encoding) is typed as what
 * the runtime sends and accepts for it, not as openapi-typescript's `string`: a Blob (or File),
 * bytes, a stream, or text.
 */
const fileType = stringToAST("type File = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | string;")[0].type;
const nullableFileType = stringToAST("type File = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | string | null;")[0].type;

function binaryType(schema) {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const isFile = schema.format === "binary" || (typeof schema.contentMediaType === "string" && schema.contentEncoding === undefined);
  if (!isFile || !(types.includes("string") || schema.type === undefined)) return undefined;
  return types.includes("null") || schema.nullable === true ? nullableFileType : fileType;
}

/**
 * openapi-typescript's context, as `openapiTS()` sets it up with our options. We call its
 * transform directly: `openapiTS()` would lint and bundle the spec again (2 of its 5 s on
 * GitHub's spec), and ours has been linted and bundled already. `scanDiscriminators` also
 * writes the discriminator's values into the schemas it maps to, as `openapiTS()` does.
 */
function contextFor(schema, resolve = ($ref) => resolveRef(schema, $ref, { silent: true })) {
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    // A field with a default is optional to send; openapi-typescript would otherwise make it required.
    defaultNonNullable: false,
    discriminators: scanDiscriminators(schema, { silent: true }),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined,
    silent: true,
    inject: undefined,
    transform: binaryType,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve,
  };
}

/**
 * The types of the document in `input`, which they take from there: the document (about 55 MB
 * of heap on GitHub's spec) is then free once typed. A repeated operationId is typed in place
 * (repairs.mjs). Typed and printed unit by unit, each unit's nodes free once printed: on
 * GitHub's spec 85 MB less at the peak than the whole printed at once, and 0.25 s sooner.
 */
export function schemaTypes(input) {
  const schema = withoutRepeatedOperationIds(input.document);
  input.document = undefined;
  const context = contextFor(schema);
  return assemble([...unitsOf(schema)].map((unit) => ({ group: unit.group, texts: unitTexts(unit, { ...context, injectFooter: [] }) })), schema);
}

/**
 * The same types as openapi-typescript itself makes them: the whole document transformed,
 * then printed at once. The reference the unit-by-unit texts are held to, byte for byte.
 */
export function wholeSchemaTypes(input) {
  const schema = withoutRepeatedOperationIds(input.document);
  input.document = undefined;
  return astToString(transformSchema(schema, contextFor(schema)));
}

/** The component kinds openapi-typescript types, in its order. */
const componentKinds = ["schemas", "responses", "parameters", "requestBodies", "headers", "pathItems"];

const isObject = (value) => value !== null && typeof value === "object";

/**
 * The units a document's types are made of, in the order openapi-typescript writes them: each
 * path item, webhook and typed component (the part of the document it is made from, as a
 * document of its own), and `$defs` whole.
 */
function* unitsOf(schema) {
  for (const group of ["paths", "webhooks"]) {
    if (!isObject(schema[group])) continue;
    // openapi-typescript passes over a path item that is not an object, but types every webhook.
    for (const [key, item] of Object.entries(schema[group])) if (group === "webhooks" || isObject(item)) yield { id: `${group} ${key}`, group, value: item, part: { [group]: { [key]: item } } };
  }
  if (isObject(schema.components)) {
    for (const kind of componentKinds) {
      if (!schema.components[kind]) continue;
      for (const [name, item] of Object.entries(schema.components[kind])) yield { id: `components ${kind} ${name}`, group: kind, value: item, part: { components: { [kind]: { [name]: item } } } };
    }
  }
  if (isObject(schema.$defs)) yield { id: "$defs", group: "$defs", value: schema.$defs, part: { $defs: schema.$defs } };
}

/**
 * openapi-typescript's types made unit by unit, each unit's text kept with what its transform
 * read: its own part of the document, every `$ref` it resolved, and the discriminators of the
 * whole. A later document types again only the units where any of those changed, and the
 * text is the same, byte for byte, as `schemaTypes` makes (a test holds it to that on every
 * real spec). For watch mode: a save that edits one operation re-types that path item only.
 * What was read is compared as V8 serializes it: unlike JSON, that tells apart values
 * openapi-typescript prints differently (YAML's `.inf` and `-.inf`, `-0`); bytes that differ
 * for equal values only cost a unit typed again.
 */
export class SchemaTypesByUnit {
  /** By unit id: the serialized bytes of its part and of each `$ref` it resolved, and its texts. */
  #units = new Map();
  /** The serialized discriminators the kept units were typed under. */
  #discriminators;
  /** Units typed again by the last call, of how many (for tests and the bench). */
  lastRun = { typed: 0, units: 0 };

  /** The types of `input.document`, taken from there as `schemaTypes` does. */
  text(input) {
    const schema = withoutRepeatedOperationIds(input.document);
    input.document = undefined;
    let reads;
    const context = contextFor(schema, ($ref) => {
      reads?.add($ref);
      return resolveRef(schema, $ref, { silent: true });
    });
    const discriminators = serialize(context.discriminators);
    if (this.#discriminators === undefined || !discriminators.equals(this.#discriminators)) this.#units.clear();
    this.#discriminators = discriminators;
    const resolved = new Map();
    const resolvedBytes = ($ref) => {
      if (!resolved.has($ref)) resolved.set($ref, serialize(resolveRef(schema, $ref, { silent: true })));
      return resolved.get($ref);
    };
    const units = new Map();
    let typed = 0;
    for (const unit of unitsOf(schema)) {
      const bytes = serialize(unit.value);
      const kept = this.#units.get(unit.id);
      if (kept !== undefined && kept.bytes.equals(bytes) && [...kept.reads].every(([$ref, value]) => resolvedBytes($ref).equals(value))) {
        units.set(unit.id, kept);
        continue;
      }
      reads = new Set();
      const texts = unitTexts(unit, { ...context, injectFooter: [] });
      units.set(unit.id, { bytes, reads: new Map([...reads].map(($ref) => [$ref, resolvedBytes($ref)])), texts, group: unit.group });
      reads = undefined;
      typed++;
    }
    this.#units = units;
    this.lastRun = { typed, units: units.size };
    return assemble([...units.values()], schema);
  }
}

const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });
const printedIn = ts.createSourceFile("openapi-ts.ts", "", ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);
const print = (node) => `${printer.printNode(ts.EmitHint.Unspecified, node, printedIn)}\n`;

/** `export interface name { members }`, as openapi-typescript declares its roots. */
const rootInterface = (name, members) => ts.factory.createInterfaceDeclaration(tsModifiers({ export: true }), name, undefined, undefined, members);

/** `text` without its first and last `skip` lines: the members inside a printed wrapper, as the whole file prints them. */
function inner(text, skip) {
  const lines = text.split("\n");
  return lines.slice(skip, lines.length - 1 - skip).map((line) => `${line}\n`).join("");
}

/**
 * One unit typed alone, printed as the whole prints it: its members of `paths`, `webhooks` or
 * a component kind, its members of `operations`, the other statements it needs at the end
 * (openapi-typescript's helper types), and, for `$defs`, the statement itself.
 */
function unitTexts(unit, context) {
  const statements = transformSchema(unit.part, context);
  const named = (name) => statements.find((node) => ts.isInterfaceDeclaration(node) && node.name.text === name);
  let members = "";
  if (unit.group === "paths" || unit.group === "webhooks") {
    const root = named(unit.group);
    if (root) members = inner(print(rootInterface(unit.group, root.members)), 1);
  } else if (unit.group === "$defs") {
    members = print(statements.find((node) => node.name?.text === "$defs"));
  } else {
    const kind = named("components").members.find((member) => member.name.text === unit.group);
    if (ts.isTypeLiteralNode(kind.type)) {
      const wrapped = rootInterface("components", [ts.factory.createPropertySignature(undefined, tsPropertyIndex(unit.group), undefined, ts.factory.createTypeLiteralNode(kind.type.members))]);
      members = inner(print(wrapped), 2);
    }
  }
  const footer = context.injectFooter.map((node) =>
    ts.isInterfaceDeclaration(node) && node.name.text === "operations" ? { operations: inner(print(rootInterface("operations", node.members)), 1) } : { statement: print(node) },
  );
  return { members, footer };
}

/** The whole file from its units' texts, as openapi-typescript's `transformSchema` orders it and `astToString` prints it. */
function assemble(units, schema) {
  const of = (group) => units.filter((unit) => unit.group === group).map((unit) => unit.texts.members).join("");
  const root = (name, members) => (members === "" ? `export type ${name} = Record<string, never>;\n` : `export interface ${name} {\n${members}}\n`);
  let text = root("paths", of("paths")) + root("webhooks", of("webhooks"));
  text += isObject(schema.components)
    ? `export interface components {\n${componentKinds.map((kind) => (units.some((unit) => unit.group === kind && unit.texts.members !== "") ? `    ${kind}: {\n${of(kind)}    };\n` : `    ${kind}: never;\n`)).join("")}}\n`
    : root("components", "");
  text += isObject(schema.$defs) ? of("$defs") : root("$defs", "");
  // The statements each unit added at the end, in the order they were first needed; the
  // `operations` interface holds every unit's operations, where the first of them was needed.
  const footer = [];
  const seen = new Set();
  let operations = "";
  for (const unit of units) {
    for (const added of unit.texts.footer) {
      const key = added.operations === undefined ? added.statement : "operations";
      if (added.operations !== undefined) operations += added.operations;
      if (!seen.has(key)) footer.push(key);
      seen.add(key);
    }
  }
  text += footer.map((key) => (key === "operations" ? root("operations", operations) : key)).join("");
  if (!seen.has("operations")) text += root("operations", "");
  return text;
}
