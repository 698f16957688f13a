// What real specs get wrong, or what bundling leaves, that would otherwise crash a later stage
// or make openapi-typescript's types fail to compile. Each repair is made in place, on the
// document the caller has just parsed or bundled, and the ones a spec's author should hear of
// come back as warnings with their JSON pointer. Plain JavaScript: the types worker repairs
// the spec it parses itself the same way, so both threads type the same document.
import { isMappingRef } from "./mapping-ref.mjs";

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Schema keywords holding one schema, a map of them, a list of them, or a list of alternatives. */
const singleSchemas = ["additionalProperties", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "additionalItems", "contentSchema"];
const schemaMaps = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
const alternatives = ["allOf", "anyOf", "oneOf"];
/** Every keyword the walk looks into, by rank (the order it takes them in), and what each holds. */
const keywordKinds = [...schemaMaps.map(() => "map"), ...singleSchemas.map(() => "single"), "list", "list", ...alternatives.map(() => "alternatives"), "discriminator"];
const keywords = new Map([...schemaMaps, ...singleSchemas, "items", "prefixItems", ...alternatives, "discriminator"].map((key, rank) => [key, rank]));

/**
 * Repairs `document` in place and lists what a spec's author should hear of:
 * - an object that contains itself (bundling inlines circular external path items that way;
 *   no JSON serializer or type generator survives it) becomes a local `$ref` to its first place;
 * - a value where a schema must be that is not one (`null`, a string, a number) is read as
 *   `{}`, any value, or left out of an `allOf`/`anyOf`/`oneOf`;
 * - a discriminator `mapping` that names a schema by bare name (as the specification allows)
 *   becomes the `$ref` it means; one naming no schema is left out;
 * - a repeated operationId is reported (types-worker.mjs types the repeats in place).
 */
export function repairSpec(document, { acyclic = false } = {}) {
  const warnings = [];
  // Bundling, or a YAML alias of an ancestor, can make an object contain itself; JSON.parse's
  // document with its literal `$ref`s copied in (inlined-refs.ts) cannot, and is not searched
  // (0.1 s of GitHub's spec).
  if (!acyclic) breakCycles(document, "#", new Map());
  new SchemaPositions(document, warnings).document();
  warnRepeatedOperationIds(document, warnings);
  return warnings;
}

/** operationIds must be unique; a repeated one still generates (names.ts gives the function a name of its own). */
function warnRepeatedOperationIds(document, warnings) {
  const first = new Map();
  for (const { at, operation } of operationsOf(document)) {
    const id = operation.operationId;
    if (typeof id !== "string") continue;
    if (first.has(id)) warnings.push({ pointer: `${at}/operationId`, message: `operationId ${JSON.stringify(id)} is also that of ${first.get(id)}; operationIds must be unique, so this operation's function is named apart` });
    else first.set(id, at);
  }
}

/**
 * openapi-typescript makes each operationId a member of `operations`: two operations with one
 * id (a slip real specs make, and what bundling a path item reached two ways leaves) would be a
 * duplicate member, which does not compile. A copy of the document in which every operation
 * after the first with an id has none, so it is typed in its path item instead (the client
 * refers to operations by path and method). The document itself is left as it is.
 */
export function withoutRepeatedOperationIds(document) {
  const seen = new Set();
  const copy = { ...document };
  for (const { group, key, method, operation } of operationsOf(document)) {
    const id = operation.operationId;
    if (typeof id !== "string") continue;
    if (!seen.has(id)) seen.add(id);
    else copy[group] = { ...copy[group], [key]: { ...copy[group][key], [method]: { ...operation, operationId: undefined } } };
  }
  return copy;
}

/** Every operation of `paths` and `webhooks` that is written in place (not behind a path item `$ref`), in spec order. */
function* operationsOf(document) {
  for (const group of ["paths", "webhooks"]) {
    if (!isObject(document[group])) continue;
    for (const [key, item] of Object.entries(document[group])) {
      if (!isObject(item) || typeof item.$ref === "string") continue;
      for (const method of methods) {
        if (isObject(item[method])) yield { group, key, method, operation: item[method], at: `#/${group}/${segment(key)}/${method}` };
      }
    }
  }
}

/** Replaces each object met again below itself by `{ $ref }` to where it was first met. */
function breakCycles(node, pointer, ancestors) {
  ancestors.set(node, pointer);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (value === null || typeof value !== "object") continue;
    const first = ancestors.get(value);
    if (first !== undefined) node[key] = { $ref: first };
    else breakCycles(value, `${pointer}/${segment(key)}`, ancestors);
  }
  ancestors.delete(node);
}

/** Walks every place the OpenAPI structure puts a schema, once per object. */
class SchemaPositions {
  seen = new WeakSet();

  constructor(root, warnings) {
    this.root = root;
    this.warnings = warnings;
  }

  document() {
    const { paths, webhooks, components } = this.root;
    this.each(paths, child(root, "paths"), (item, at) => this.pathItem(item, at));
    this.each(webhooks, child(root, "webhooks"), (item, at) => this.pathItem(item, at));
    if (!isObject(components)) return;
    const section = (name) => child(child(root, "components"), name);
    this.each(components.schemas, section("schemas"), (_, at, key) => this.slot(components.schemas, key, at));
    this.each(components.parameters, section("parameters"), (p, at) => this.parameter(p, at));
    this.each(components.headers, section("headers"), (h, at) => this.parameter(h, at));
    this.each(components.requestBodies, section("requestBodies"), (b, at) => this.content(b?.content, child(at, "content")));
    this.each(components.responses, section("responses"), (r, at) => this.response(r, at));
    this.each(components.callbacks, section("callbacks"), (c, at) => this.callback(c, at));
    this.each(components.pathItems, section("pathItems"), (item, at) => this.pathItem(item, at));
  }

  pathItem(item, at) {
    if (!this.visit(item)) return;
    this.parameters(item, at);
    for (const method of methods) {
      const operation = item[method];
      if (!this.visit(operation)) continue;
      const here = child(at, method);
      this.parameters(operation, here);
      if (isObject(operation.requestBody)) this.content(operation.requestBody.content, child(child(here, "requestBody"), "content"));
      this.each(operation.responses, child(here, "responses"), (r, to) => this.response(r, to));
      this.each(operation.callbacks, child(here, "callbacks"), (c, to) => this.callback(c, to));
    }
  }

  callback(callback, at) {
    if (this.visit(callback)) this.each(callback, at, (item, to) => this.pathItem(item, to));
  }

  response(response, at) {
    if (!this.visit(response)) return;
    this.each(response.headers, child(at, "headers"), (h, to) => this.parameter(h, to));
    this.content(response.content, child(at, "content"));
  }

  /** A parameter list: entries that are not objects are left out, and so is a list that is not one. */
  parameters(owner, at) {
    if (owner.parameters === undefined) return;
    if (!Array.isArray(owner.parameters)) {
      this.warn(child(at, "parameters"), `${describe(owner.parameters)} is not a list of parameters; left out`);
      delete owner.parameters;
      return;
    }
    const kept = owner.parameters.filter((parameter, index) => {
      if (isObject(parameter)) return this.parameter(parameter, child(child(at, "parameters"), index)), true;
      this.warn(child(child(at, "parameters"), index), `${describe(parameter)} is not a parameter; left out`);
      return false;
    });
    if (kept.length !== owner.parameters.length) owner.parameters = kept;
  }

  /** A parameter or a header: a schema, or a content map. */
  parameter(parameter, at) {
    if (!this.visit(parameter)) return;
    this.slot(parameter, "schema", child(at, "schema"));
    this.content(parameter.content, child(at, "content"));
  }

  content(content, at) {
    this.each(content, at, (media, to) => {
      if (!this.visit(media)) return;
      this.slot(media, "schema", child(to, "schema"));
      this.each(media.encoding, child(to, "encoding"), (encoding, where) => this.encoding(encoding, where));
    });
  }

  encoding(encoding, at) {
    if (this.visit(encoding)) this.each(encoding.headers, child(at, "headers"), (h, to) => this.parameter(h, to));
  }

  /** `owner[key]`, where a schema must be, if there is anything there. */
  slot(owner, key, at) {
    const value = owner[key];
    if (value === undefined) return;
    if (isSchema(value)) return this.schema(value, at);
    owner[key] = {};
    this.warn(at, `${describe(value)} is not a schema; read as {}, any value`);
  }

  /**
   * A schema's keywords that hold schemas, in the order of `keywords` (the order warnings come
   * in): read from its own keys, as a schema has few of the 21 (looking each up was the walk's
   * costliest part on GitHub's spec).
   */
  schema(schema, at) {
    if (!this.visit(schema)) return;
    const present = Object.keys(schema).filter((key) => keywords.has(key));
    if (present.length > 1) present.sort((a, b) => keywords.get(a) - keywords.get(b));
    for (const key of present) {
      const value = schema[key];
      const kind = keywordKinds[keywords.get(key)];
      if (kind === "map") this.each(value, child(at, key), (_, to, name) => this.slot(value, name, to));
      else if (kind === "list" && Array.isArray(value)) value.forEach((_, index) => this.slot(value, index, child(child(at, key), index)));
      else if (kind === "single" || (kind === "list" && key === "items")) this.slot(schema, key, child(at, key));
      else if (kind === "alternatives") this.alternatives(schema, key, child(at, key));
      else if (kind === "discriminator" && isObject(value)) this.mapping(value, child(at, "discriminator"));
    }
  }

  /**
   * `allOf`, `anyOf`, `oneOf`: `null` among `anyOf` or `oneOf` alternatives means the null type
   * (`anyOf: [{$ref}, null]` is "that, or null"), and becomes `{type: "null"}`; any other entry
   * that is not a schema, and `null` in an `allOf`, is left out (as `{}` it would change what matches).
   */
  alternatives(schema, key, at) {
    const list = schema[key];
    if (!Array.isArray(list)) return;
    const kept = list.flatMap((entry, index) => {
      if (isSchema(entry)) return this.schema(entry, child(at, index)), [entry];
      if (entry === null && key !== "allOf") return this.warn(child(at, index), `null is not a schema; read as {type: "null"}`), [{ type: "null" }];
      this.warn(child(at, index), `${describe(entry)} is not a schema; left out`);
      return [];
    });
    if (kept.length === list.length && kept.every((entry, i) => entry === list[i])) return;
    if (kept.length > 0) schema[key] = kept;
    else delete schema[key];
  }

  /** Bare schema names become `$ref`s: Redocly reads them as file names, openapi-typescript refuses them. */
  mapping(discriminator, at) {
    const { mapping } = discriminator;
    if (!isObject(mapping)) return;
    const schemas = isObject(this.root.components?.schemas) ? this.root.components.schemas : {};
    for (const [value, target] of Object.entries(mapping)) {
      if (typeof target === "string" && isMappingRef(target)) continue;
      if (typeof target === "string" && Object.hasOwn(schemas, target)) {
        mapping[value] = `#/components/schemas/${segment(target)}`;
        continue;
      }
      delete mapping[value];
      const bare = typeof target === "string" && /^[A-Za-z0-9._-]+$/.test(target);
      const what = bare ? `"${target}" names no schema in #/components/schemas` : typeof target === "string" ? `"${target}" is not a reference this generator can follow` : `${describe(target)} names no schema`;
      this.warn(child(child(at, "mapping"), value), `${what}; left out of the mapping`);
    }
  }

  /** Calls `visit(value, place, key)` for each entry of an object map. */
  each(map, at, visit) {
    if (!isObject(map)) return;
    for (const key of Object.keys(map)) visit(map[key], child(at, key), key);
  }

  /** True the first time an object (not a `$ref`) is met: shared objects are repaired and reported once. */
  visit(value) {
    if (!isObject(value) || this.seen.has(value)) return false;
    this.seen.add(value);
    return true;
  }

  warn(at, message) {
    this.warnings.push({ pointer: pointerOf(at), message });
  }
}

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A JSON Schema: an object, or in 3.1 (and for `additionalProperties` in 3.0) a boolean. */
function isSchema(value) {
  return isObject(value) || typeof value === "boolean";
}

function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  return `${typeof value === "number" ? "the number" : typeof value} ${String(value)}`;
}

/**
 * A place in the document as the walk goes: the chain of keys up to the root (`root`), made
 * into a pointer only for a warning. Strings built at every node were a third of the walk on
 * GitHub's spec (a warning is rare, a node is not).
 */
const root = undefined;
const child = (up, key) => ({ up, key });

function pointerOf(at) {
  let pointer = "";
  for (let place = at; place !== root; place = place.up) pointer = `/${segment(place.key)}${pointer}`;
  return `#${pointer}`;
}

/** RFC 6901, and `%` escaped as the pointer module reads a pointer as a URI fragment. */
function segment(key) {
  return String(key).replaceAll("~", "~0").replaceAll("/", "~1").replaceAll("%", "%25");
}
