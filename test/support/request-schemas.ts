/**
 * Ajv, set up to check a request against an OpenAPI 3.0 or 3.1 document's schemas as the
 * specification reads them for requests: 3.0's `nullable` (as 3.0.3 reads it: only beside a
 * `type`) and boolean `exclusiveMinimum` / `exclusiveMaximum` as JSON Schema says them, and
 * a `readOnly` property never required (a client does not send it). Independent of the
 * runtime's own validator, which it checks.
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { resolve, type OpenApiDocument, type SchemaObject } from "../../src/generator/spec/document.js";

export class RequestSchemas {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, logger: false, unicodeRegExp: false, validateSchema: false });
  private readonly compiled = new Map<string, ValidateFunction | Error>();
  /** The document as JSON Schema reads it for requests: its schemas are what Ajv checks against. */
  readonly requestDocument: Record<string, unknown>;

  constructor(private readonly document: object) {
    addFormats.default(this.ajv);
    // OpenAPI's own formats say how a number or string is stored, not which values are valid.
    for (const format of ["int32", "int64", "float", "double", "byte", "binary", "password"]) this.ajv.addFormat(format, true);
    this.requestDocument = forRequests(document) as Record<string, unknown>;
    this.ajv.addSchema({ ...this.requestDocument, $id: "spec" });
  }

  /** `schema` as JSON Schema reads it for a request, its `$ref`s still local to the document. */
  forRequest(schema: unknown): unknown {
    return forRequests(schema, this.document);
  }

  /** Violations of `value` against `schema` (which may `$ref` the document), as `path: message` lines; empty when valid. */
  check(schema: unknown, value: unknown): string[] {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (validate === undefined) {
      try {
        validate = this.ajv.compile(rebase(this.forRequest(schema)));
      } catch (error) {
        validate = error instanceof Error ? error : new Error(String(error));
      }
      this.compiled.set(key, validate);
    }
    if (validate instanceof Error) return [`schema cannot be compiled: ${validate.message.split("\n")[0]}`];
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? e.keyword}`);
  }
}

/** A schema that `$ref`s `#/...` locally, pointed at the document added to Ajv as `spec`. */
function rebase(schema: unknown): object {
  return JSON.parse(JSON.stringify(schema ?? {}).replaceAll('"$ref":"#/', '"$ref":"spec#/')) as object;
}

/** A deep copy with every schema-like object read as JSON Schema 2020-12 reads a request. */
function forRequests(node: unknown, document: object = node as object): unknown {
  if (Array.isArray(node)) return node.map((item) => forRequests(item, document));
  if (node === null || typeof node !== "object") return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = forRequests(value, document);
  for (const bound of ["Minimum", "Maximum"] as const) {
    const exclusive = copy[`exclusive${bound}`];
    if (typeof exclusive !== "boolean") continue;
    if (exclusive && typeof copy[bound.toLowerCase()] === "number") copy[`exclusive${bound}`] = copy[bound.toLowerCase()];
    else delete copy[`exclusive${bound}`];
    if (exclusive) delete copy[bound.toLowerCase()];
  }
  if (Array.isArray(copy.required) && isRecord(copy.properties)) {
    const properties = copy.properties;
    copy.required = copy.required.filter((name) => !isReadOnly(properties[name as string], document));
  }
  // OpenAPI 3.0.3: `nullable` adds null to an explicit `type` only; beside a `$ref` or an `allOf` it allows nothing.
  if (copy.nullable === true && typeof copy.type === "string" && copy.$ref === undefined) {
    copy.type = [copy.type, "null"];
    if (Array.isArray(copy.enum) && !copy.enum.includes(null)) copy.enum = [...copy.enum, null];
  }
  delete copy.nullable;
  return copy;
}

function isReadOnly(schema: unknown, document: object): boolean {
  return isRecord(schema) && resolve<SchemaObject>(document as OpenApiDocument, schema as SchemaObject)?.readOnly === true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
