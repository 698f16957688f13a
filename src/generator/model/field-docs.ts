import { isReference, resolve, type OpenApiDocument, type ReferenceObject, type SchemaObject } from "../spec/document.js";
import type { FieldDoc } from "./types.js";

type SchemaOrRef = SchemaObject | ReferenceObject;

/** Bounds that keep doc comments readable on specs with huge, deeply nested bodies. */
export const fieldDocLimits = { depth: 5, fields: 100, enumValues: 10 };

/**
 * The rules a schema sets, as short phrases for a doc comment:
 * `string`, `length 40`, `pattern ^[a-z]+$`, `keys match ^/`, `sensitive`.
 */
export function describeConstraints(document: OpenApiDocument, schemaOrRef: SchemaOrRef | undefined): string[] {
  const schema = resolve<SchemaObject>(document, schemaOrRef);
  if (!schema) return [];
  const rules: string[] = [];
  const type = typeLabel(document, schema);
  if (type) rules.push(schema.format ? `${type} (${schema.format})` : type);
  if (schema.enum) {
    const shown = schema.enum.slice(0, fieldDocLimits.enumValues).map((v) => JSON.stringify(v));
    rules.push(`one of ${shown.join(", ")}${schema.enum.length > shown.length ? ", ..." : ""}`);
  }
  if (schema.const !== undefined) rules.push(`always ${JSON.stringify(schema.const)}`);
  rules.push(...range("length", schema.minLength, schema.maxLength));
  if (schema.pattern !== undefined) rules.push(`pattern ${schema.pattern}`);
  rules.push(...bounds(schema));
  rules.push(...range("items", schema.minItems, schema.maxItems));
  if (schema.uniqueItems) rules.push("unique items");
  const keys = resolve<SchemaObject>(document, schema.propertyNames);
  if (keys?.pattern !== undefined) rules.push(`keys match ${keys.pattern}`);
  if (schema.contentEncoding) rules.push(schema.contentEncoding);
  if (schema.default !== undefined) rules.push(`default ${JSON.stringify(schema.default)}`);
  if (schema.readOnly) rules.push("read-only");
  if ((schema as Record<string, unknown>)["x-sensitive"] === true) rules.push("sensitive");
  else if (schema.writeOnly) rules.push("write-only");
  if (schema.deprecated) rules.push("deprecated");
  return rules;
}

function typeLabel(document: OpenApiDocument, schema: SchemaObject): string | undefined {
  const types = Array.isArray(schema.type) ? [...schema.type] : schema.type ? [schema.type] : [];
  if (schema.nullable && types.length > 0) types.push("null");
  if (types.includes("array")) {
    const items = typeLabel(document, resolve<SchemaObject>(document, schema.items) ?? {});
    return types.map((t) => (t === "array" && items ? `array of ${items}` : t)).join(" | ");
  }
  if (types.includes("object") && !schema.properties && typeof schema.additionalProperties === "object") {
    const values = typeLabel(document, resolve<SchemaObject>(document, schema.additionalProperties) ?? {});
    return types.map((t) => (t === "object" ? `map of ${values ?? "any"}` : t)).join(" | ");
  }
  return types.length > 0 ? types.join(" | ") : undefined;
}

function range(what: string, min: number | undefined, max: number | undefined): string[] {
  if (min !== undefined && min === max) return [`${what} ${min}`];
  if (min !== undefined && max !== undefined) return [`${what} ${min}..${max}`];
  if (min !== undefined) return [`${what} >= ${min}`];
  if (max !== undefined) return [`${what} <= ${max}`];
  return [];
}

/** Numeric bounds, in both the 3.0 (boolean exclusive) and 3.1 (numeric exclusive) forms. */
function bounds(schema: SchemaObject): string[] {
  const rules: string[] = [];
  if (typeof schema.exclusiveMinimum === "number") rules.push(`> ${schema.exclusiveMinimum}`);
  else if (schema.minimum !== undefined) rules.push(`${schema.exclusiveMinimum ? ">" : ">="} ${schema.minimum}`);
  if (typeof schema.exclusiveMaximum === "number") rules.push(`< ${schema.exclusiveMaximum}`);
  else if (schema.maximum !== undefined) rules.push(`${schema.exclusiveMaximum ? "<" : "<="} ${schema.maximum}`);
  if (schema.multipleOf !== undefined) rules.push(`multiple of ${schema.multipleOf}`);
  return rules;
}

/**
 * Every field of a body schema, depth first, in declaration order. A field of a `oneOf` or
 * `anyOf` is required only when every variant requires it; `allOf` parts add up.
 */
export function bodyFieldDocs(document: OpenApiDocument, schema: SchemaOrRef | undefined): FieldDoc[] {
  const fields = collect(document, schema, "", 0, new Set());
  return [...fields.values()].slice(0, fieldDocLimits.fields);
}

function collect(document: OpenApiDocument, schemaOrRef: SchemaOrRef | undefined, prefix: string, depth: number, refs: ReadonlySet<string>): Map<string, FieldDoc> {
  const fields = new Map<string, FieldDoc>();
  if (depth >= fieldDocLimits.depth || !schemaOrRef) return fields;
  // A schema reached again through its own $ref is a cycle: document it once.
  if (isReference(schemaOrRef) && refs.has(schemaOrRef.$ref)) return fields;
  const seen = isReference(schemaOrRef) ? new Set([...refs, schemaOrRef.$ref]) : refs;
  const schema = resolve<SchemaObject>(document, schemaOrRef);
  if (!schema) return fields;

  for (const part of schema.allOf ?? []) mergeInto(fields, collect(document, part, prefix, depth, seen));
  const variants = schema.oneOf ?? schema.anyOf ?? [];
  if (variants.length > 0) {
    const each = variants.map((variant) => collect(document, variant, prefix, depth, seen));
    const merged = new Map<string, FieldDoc>();
    for (const variant of each) mergeInto(merged, variant);
    for (const [path, field] of merged) field.required = each.every((variant) => variant.get(path)?.required === true);
    mergeInto(fields, merged);
  }
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    const resolved = resolve<SchemaObject>(document, property);
    fields.set(path, {
      path,
      location: "body",
      required: schema.required?.includes(name) ?? false,
      description: resolved?.description,
      constraints: describeConstraints(document, property),
    });
    mergeInto(fields, collect(document, property, path, depth + 1, seen));
  }
  if (typeof schema.additionalProperties === "object") {
    mergeInto(fields, collect(document, schema.additionalProperties, prefix ? `${prefix}.*` : "*", depth + 1, seen));
  }
  if (schema.items) mergeInto(fields, collect(document, schema.items, `${prefix}[]`, depth + 1, seen));
  return fields;
}

/** Adds fields not already present; a field met again stays required if either says so. */
function mergeInto(target: Map<string, FieldDoc>, source: Map<string, FieldDoc>): void {
  for (const [path, field] of source) {
    const existing = target.get(path);
    if (existing) existing.required ||= field.required;
    else target.set(path, { ...field });
  }
}
