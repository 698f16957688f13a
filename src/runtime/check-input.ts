import type { Violation } from "./errors.js";
import type { Operation, ParameterLocation } from "./operation.js";
import type { InputSchema, Schema } from "./schema.js";
import { parameterKeys, sendsNoBody, type RequestParts } from "./split-input.js";
import { isBinary, isOpaqueType, isTextWritten, unwritable } from "./body.js";
import { joinPath, validateInto } from "./validate.js";

/**
 * Empty, `.` and `..` path segments would make the URL resolve to another path, whatever
 * the encoding (`%2e%2e` is a dot segment too): refused always, validation on or off.
 */
export function checkPathSegments(operation: Operation, parts: RequestParts): Violation[] {
  const violations: Violation[] = [];
  const values = parts.params.path ?? {};
  for (const name of pathNames(operation.path)) {
    const value = values[name];
    const at = operation.input === "grouped" ? `path.${name}` : name;
    if (value === undefined || value === null) violations.push({ path: at, rule: "required", message: "is required" });
    else if (dotSegments.has(String(value))) violations.push({ path: at, rule: "pathSegment", message: `must not be ${JSON.stringify(String(value))}` });
  }
  return violations;
}

/**
 * Keys of the input that go nowhere: a flat input's keys that are no parameter (where the body
 * is not its other fields, which its schema judges), a grouped input's keys beside its groups.
 * A typo (`limt`) would otherwise be dropped without a word; TypeScript sees it only in a literal.
 */
export function unknownInputs(operation: Operation, input: object | null | undefined): Violation[] {
  if (typeof input !== "object" || input === null || (operation.input === "flat" && operation.body === "fields")) return noViolations;
  let violations: Violation[] | undefined;
  for (const key of Object.keys(input)) {
    if ((input as Record<string, unknown>)[key] === undefined || takesKey(operation, key)) continue;
    const known = operation.input === "grouped" ? groupsOf(operation) : [...parameterKeys(operation), ...(operation.body === "property" ? ["body"] : [])];
    const takes = known.length > 0 ? `; it takes ${known.join(", ")}` : "; it takes none";
    const why = key === "body" && sendsNoBody(operation.method) ? `, as fetch cannot send a body with ${operation.method.toUpperCase()}` : "";
    (violations ??= []).push({ path: key, rule: "unknown", message: `is not an input of ${operation.name}${why}${takes}` });
  }
  return violations ?? noViolations;
}

const parameterGroups = ["path", "query", "header", "cookie"];
const allGroups = [...parameterGroups, "body"];

/** A grouped input's groups: a GET or HEAD has no body (fetch cannot send one). */
function groupsOf(operation: Operation): string[] {
  return sendsNoBody(operation.method) ? parameterGroups : allGroups;
}

function takesKey(operation: Operation, key: string): boolean {
  if (operation.input === "grouped") return groupsOf(operation).includes(key);
  return parameterKeys(operation).has(key) || (key === "body" && operation.body === "property");
}

const dotSegments = new Set(["", ".", ".."]);
const pathNamesCache = new Map<string, string[]>();

/** The `{names}` in a path template, parsed once per template: this runs on every request. */
function pathNames(template: string): string[] {
  let names = pathNamesCache.get(template);
  if (!names) pathNamesCache.set(template, (names = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!)));
  return names;
}

/**
 * A body the client cannot write for its media type: an object (not bytes, text or a form)
 * for XML or another type without a writer. Refused whatever `validate` says: it cannot be sent.
 */
export function checkBodyWritable(operation: Operation, parts: RequestParts, mediaType = operation.mediaType): Violation[] {
  const body = parts.body;
  if (typeof body !== "object" || body === null || isBinary(body) || isCallersForm(body)) return noViolations;
  const at = operation.input === "grouped" || operation.body === "property" ? "body" : "";
  if (mediaType !== undefined && isOpaqueType(mediaType)) return [{ path: at || "(body)", rule: "mediaType", message: unwritable(mediaType) }];
  // A file inside a body written as text: JSON.stringify would send a Blob as `{}`, whatever the schema says.
  if (!isTextWritten(mediaType ?? "application/json")) return noViolations;
  // Every JSON body is searched: first without building paths (this runs on every request), then for the message.
  if (!holdsFile(body, 0)) return noViolations;
  const violations: Violation[] = [];
  filesIn(body, at, 0, (path) => violations.push({ path, rule: "mediaType", message: `is a file (Blob, bytes or stream), which ${mediaType ?? "application/json"} cannot carry: give its content as a string (base64 where the spec says format: byte)` }));
  return violations;
}

const noViolations: Violation[] = [];

/** Whether there is a file anywhere inside `value`, the value itself excepted. */
function holdsFile(value: unknown, depth: number): boolean {
  if (typeof value !== "object" || value === null || depth > 64) return false;
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    const item = object[key];
    if (typeof item === "object" && item !== null && (isBinary(item) || holdsFile(item, depth + 1))) return true;
  }
  return false;
}

/** Calls `found` with the path of every file inside `value`, the value itself excepted. */
function filesIn(value: unknown, path: string, depth: number, found: (path: string) => void): void {
  if (typeof value !== "object" || value === null || depth > 64) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => (isBinary(item) ? found(`${path}[${i}]`) : filesIn(item, `${path}[${i}]`, depth + 1, found)));
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (isBinary(item)) found(joinPath(path, key));
    else filesIn(item, joinPath(path, key), depth + 1, found);
  }
}

/**
 * `content: application/json` parameters given as JSON text, as openapi-typescript types them
 * (a string): parsed, so each is checked as the value it stands for and sent as that value's
 * JSON. For a schema that takes strings, a string is the value itself. Text that is not JSON
 * is a violation, or with validation off (`strict` false) sent as a string value. Replaces the
 * location's values in `parts` (a copy: never the caller's object).
 */
export function parseJsonTextParameters(operation: Operation, parts: RequestParts, strict: boolean): Violation[] {
  const violations: Violation[] = [];
  const styles = operation.styles;
  if (styles === undefined) return violations;
  for (const location of Object.keys(styles) as ParameterLocation[]) {
    for (const [name, style] of Object.entries(styles[location]!)) {
      const values = parts.params[location];
      const text = values?.[name];
      if (!style.json || typeof text !== "string" || takesStrings(operation.schema?.params?.[location]?.properties[name])) continue;
      try {
        parts.params[location] = { ...values, [name]: JSON.parse(text) };
      } catch {
        if (strict) violations.push({ path: operation.input === "grouped" ? `${location}.${name}` : name, rule: "json", message: "must be JSON text (the parameter's content is application/json)" });
      }
    }
  }
  return violations;
}

/** Whether a string can be a value of `schema` itself (no schema, or one whose type admits strings). */
function takesStrings(schema: Schema | undefined): boolean {
  const target = schema?.ref ? schema.ref() : schema;
  if (target === undefined) return true;
  if (target.allOf && !target.allOf.every(takesStrings)) return false;
  const variants = target.oneOf ?? target.anyOf;
  if (target.type === undefined) return variants ? variants.some(takesStrings) : target.properties === undefined && target.items === undefined;
  return target.type === "string" || (Array.isArray(target.type) && target.type.includes("string"));
}

/** The input's parameters and body against the spec; paths as the caller wrote them. */
export function checkInput(operation: Operation, schema: InputSchema, parts: RequestParts, mediaType = operation.mediaType): Violation[] {
  const violations: Violation[] = [];
  const grouped = operation.input === "grouped";
  for (const location of Object.keys(schema.params ?? {}) as ParameterLocation[]) {
    const params = schema.params![location]!;
    const values = parts.params[location] ?? {};
    const prefix = grouped ? `${location}.` : "";
    for (const name of params.required) {
      // Missing path parameters are reported by checkPathSegments.
      if (location !== "path" && values[name] === undefined) violations.push({ path: `${prefix}${name}`, rule: "required", message: "is required" });
    }
    for (const name of Object.keys(values)) {
      const value = values[name];
      if (value !== undefined && Object.hasOwn(params.properties, name)) validateInto(violations, params.properties[name]!, value, `${prefix}${name}`, "request");
    }
  }
  // A media type the caller chose over the default may have a schema of its own.
  const bodySchema = mediaType !== operation.mediaType && schema.otherBodies && Object.hasOwn(schema.otherBodies, mediaType ?? "") ? schema.otherBodies[mediaType!] : schema.body;
  if (bodySchema && parts.body !== undefined && !isEncoded(parts.body, mediaType ?? "application/json")) {
    const prefix = grouped || operation.body === "property" ? "body" : "";
    validateInto(violations, bodySchema, parts.body, prefix, "request");
  } else if (schema.bodyRequired && parts.body === undefined) {
    violations.push({ path: "body", rule: "required", message: "is required" });
  }
  return violations;
}

/**
 * A body the caller already encoded: FormData, URLSearchParams, bytes for any type (a JSON
 * document as bytes), or text for a type the client does not write (an XML document): sent as
 * it is, its fields not seen here.
 */
function isEncoded(body: unknown, mediaType: string): boolean {
  return isCallersForm(body) || isBinary(body) || (typeof body === "string" && isOpaqueType(mediaType));
}

/** A FormData or URLSearchParams the caller built: fetch sends it as it is. */
function isCallersForm(body: unknown): boolean {
  return (typeof FormData !== "undefined" && body instanceof FormData) || (typeof URLSearchParams !== "undefined" && body instanceof URLSearchParams);
}
