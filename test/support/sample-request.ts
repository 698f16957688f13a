/**
 * A request for any operation of any spec, synthesized from its schemas by openapi-sampler:
 * every parameter (optional ones too, so every style is exercised) and the body of the
 * operation's default media type, file fields as bytes. Each value is checked with Ajv
 * against its schema; what the sampler could not make valid is said, never sent as if valid.
 */
import jsf from "json-schema-faker";
import { sample } from "openapi-sampler";
import { parameterSchema, parametersOf, specOperation } from "../../src/generator/model/operations.js";
import type { OperationModel } from "../../src/generator/model/types.js";
import type { RequestCase } from "../../src/generator/model/request-examples.js";
import { resolve, type OpenApiDocument, type ParameterObject, type RequestBodyObject, type SchemaObject } from "../../src/generator/spec/document.js";
import type { RequestSchemas } from "./request-schemas.js";

export interface SampledRequest {
  case: RequestCase;
  /** Why the sample breaks its schemas (`query id: /: must be integer`); empty when it is valid. */
  invalid: string[];
}

/** The bytes every file field and binary body carries: all 256 byte values, so any re-encoding shows. */
export const fileBytes = Uint8Array.from({ length: 256 }, (_, i) => i);

/** Headers the specification says a parameter cannot set. */
const ignoredHeaders = new Set(["accept", "content-type", "authorization"]);

export function sampleRequest(document: OpenApiDocument, operation: OperationModel, schemas: RequestSchemas): SampledRequest {
  const spec = specOperation(document, operation);
  const params = new Map<ParameterObject, unknown>();
  const invalid: string[] = [];
  for (const parameter of parametersOf(document, spec.pathItem, spec.operation)) {
    if (parameter.in === "header" && ignoredHeaders.has(parameter.name.toLowerCase())) continue;
    const schema = parameterSchema(parameter);
    const value = sampleOf(schema, document, schemas);
    if (value === undefined || value === null) {
      if (parameter.required || parameter.in === "path") invalid.push(`${parameter.in} ${parameter.name}: no value sampled`);
      continue;
    }
    if (parameter.in === "path" && ["", ".", ".."].includes(String(value))) invalid.push(`path ${parameter.name}: ${JSON.stringify(value)} cannot be a path segment`);
    invalid.push(...schemas.check(schema, value).map((problem) => `${parameter.in} ${parameter.name}: ${problem}`));
    params.set(parameter, value);
  }
  const mediaType = operation.body?.mediaType;
  const requestBody = resolve<RequestBodyObject>(document, spec.operation.requestBody);
  const bodySchema = mediaType === undefined ? undefined : requestBody?.content?.[mediaType]?.schema;
  let body: unknown;
  if (mediaType !== undefined && isBinaryType(mediaType)) body = fileBytes;
  else if (mediaType !== undefined) {
    body = sampleOf(bodySchema, document, schemas);
    // A text body is text: a schema that allows anything (`{}`) gets a string, not an object.
    if (/^text\//i.test(mediaType) && (body === undefined || typeof body === "object")) body = "text";
    else if (body === undefined) body = {};
    invalid.push(...schemas.check(bodySchema ?? {}, body).map((problem) => `body: ${problem}`));
    if (/^multipart\//i.test(mediaType)) body = withFiles(document, bodySchema, body);
  }
  const title = `${operation.method.toUpperCase()} ${operation.path}`;
  return { case: { title, key: "result", params, body }, invalid };
}

/**
 * openapi-sampler's value first (it prefers the spec's own examples, which read like real
 * requests); where that breaks the schema (its patterns and `oneOf`s are weak), one from
 * json-schema-faker, seeded the same for every value so a run repeats exactly.
 */
function sampleOf(schema: unknown, document: OpenApiDocument, schemas: RequestSchemas): unknown {
  if (schema === undefined) return undefined;
  // Null where something else is allowed says little about a request (and Prism takes a null body for none).
  const good = (value: unknown) => value !== null && schemas.check(schema, value).length === 0;
  const found = validSample(schema, document, schemas, good);
  // One item reads the same in every array style (`ids=1`): two tell `ids=1&ids=1` from `ids=1,1`.
  const wider = widened(found);
  return wider !== found && good(wider) ? wider : found;
}

function validSample(schema: unknown, document: OpenApiDocument, schemas: RequestSchemas, good: (value: unknown) => boolean): unknown {
  const first = sample(schema as never, { skipReadOnly: true, enablePatterns: true, quiet: true }, document);
  if (good(first)) return first;
  // json-schema-faker follows `#/...` refs from the schema it is given: the document's schemas go along.
  const root = { ...schemas.requestDocument, ...(schemas.forRequest(schema) as object) };
  for (let seed = 1; seed <= fakerTries; seed++) {
    try {
      jsf.option({ random: seeded(seed), alwaysFakeOptionals: seed === 1, useExamplesValue: seed === 1, failOnInvalidFormat: false, failOnInvalidTypes: false, maxItems: 2, maxLength: 24 });
      const faked = jsf.generate(root as never);
      if (good(faked)) return faked;
    } catch {
      // A schema json-schema-faker cannot follow: the next seed will not help either.
      break;
    }
  }
  // A schema that allows anything (`{}`): an empty object says more than null.
  return good({}) ? {} : first;
}

/** A copy in which every array of one item has it twice; the value itself when it has no such array. */
function widened(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(widened);
    return items.length === 1 ? [items[0], items[0]] : items.some((item, i) => item !== value[i]) ? items : value;
  }
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).map(([key, item]) => [key, widened(item)] as const);
  return entries.some(([key, item]) => item !== (value as Record<string, unknown>)[key]) ? Object.fromEntries(entries) : value;
}

/** How many seeds json-schema-faker gets to find a valid value (its choices among alternatives are random). */
const fakerTries = 4;

/** A linear congruential generator: the same numbers from the same seed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** A body that is the bytes themselves: not JSON, text, a form or multipart. */
function isBinaryType(mediaType: string): boolean {
  return !/json|^text\/|^multipart\/|^application\/x-www-form-urlencoded|\*|xml|yaml/i.test(mediaType);
}

/** Multipart fields whose schema is a file (`format: binary`, 3.1 `contentMediaType`), and arrays of them, as bytes in a Blob. */
function withFiles(document: OpenApiDocument, schema: unknown, body: unknown): unknown {
  const properties = resolve<SchemaObject>(document, schema as SchemaObject)?.properties ?? {};
  if (body === null || typeof body !== "object" || Array.isArray(body)) return body;
  const copy: Record<string, unknown> = { ...body };
  for (const [name, value] of Object.entries(copy)) {
    const property = resolve<SchemaObject>(document, properties[name]);
    const items = property?.type === "array" ? resolve<SchemaObject>(document, property.items) : undefined;
    if (property && isFile(property)) copy[name] = new Blob([fileBytes]);
    else if (items && isFile(items) && Array.isArray(value)) copy[name] = value.map(() => new Blob([fileBytes]));
  }
  return copy;
}

export function isFile(schema: SchemaObject): boolean {
  const { contentMediaType } = schema as { contentMediaType?: unknown };
  return schema.format === "binary" || (typeof contentMediaType === "string" && schema.contentEncoding === undefined);
}
