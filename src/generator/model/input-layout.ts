import { isReference, resolve, type OpenApiDocument, type ReferenceObject, type SchemaObject } from "../spec/document.js";

/** What a JSON body schema allows when its fields are to sit beside the parameters. */
export interface ObjectShape {
  /** Every property any variant declares. */
  names: Set<string>;
  /** Whether `{}` satisfies the schema (some variant requires nothing). */
  acceptsEmpty: boolean;
}

/**
 * The shape of a body schema that is an object (or a union or intersection of objects)
 * with declared properties and no index signature; undefined for anything else (arrays,
 * maps, primitives, nullable objects, cycles), whose value must go under a `body` key.
 */
export function objectShape(document: OpenApiDocument, schemaOrRef: SchemaObject | ReferenceObject | undefined, refs: ReadonlySet<string> = new Set()): ObjectShape | undefined {
  if (!schemaOrRef) return undefined;
  if (isReference(schemaOrRef) && refs.has(schemaOrRef.$ref)) return undefined;
  const seen = isReference(schemaOrRef) ? new Set([...refs, schemaOrRef.$ref]) : refs;
  const schema = resolve<SchemaObject>(document, schemaOrRef);
  if (!schema) return undefined;

  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.some((t) => t !== "object") || schema.nullable) return undefined;
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) return undefined;

  const shape: ObjectShape = { names: new Set(Object.keys(schema.properties ?? {})), acceptsEmpty: (schema.required ?? []).length === 0 };
  for (const part of schema.allOf ?? []) {
    const partShape = objectShape(document, part, seen);
    if (!partShape) return undefined;
    partShape.names.forEach((name) => shape.names.add(name));
    shape.acceptsEmpty &&= partShape.acceptsEmpty;
  }
  const variants = schema.oneOf ?? schema.anyOf ?? [];
  if (variants.length > 0) {
    const shapes = variants.map((variant) => objectShape(document, variant, seen));
    if (shapes.some((s) => s === undefined)) return undefined;
    for (const s of shapes as ObjectShape[]) s.names.forEach((name) => shape.names.add(name));
    shape.acceptsEmpty &&= (shapes as ObjectShape[]).some((s) => s.acceptsEmpty);
  }
  return shape.names.size > 0 ? shape : undefined;
}
