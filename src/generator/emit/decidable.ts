import { regex } from "../../runtime/validate.js";
import type { SpecSchema } from "../model/types.js";

/**
 * Whether the client's check of `schema` says exactly what a full JSON Schema validator would.
 * The runtime passes what it does not check (`format`, a `oneOf` value that fits two variants,
 * a pattern it cannot compile): harmless for a schema on its own, but under `not`, `if` or
 * `maxContains` a pass turns into a refusal. Those keywords are emitted only over schemas
 * decided in full, so no valid request is refused; a `$ref` is not followed, and so not decided.
 */
export function decidable(schema: SpecSchema | boolean | undefined): boolean {
  if (schema === undefined || typeof schema === "boolean") return true;
  const s = schema as Record<string, unknown>;
  for (const [key, value] of Object.entries(s)) {
    if (key.startsWith("x-") || annotations.has(key)) continue;
    // A pattern the runtime cannot compile is not checked there (validate.ts's own compiler says).
    if (key === "pattern" && (typeof value !== "string" || regex(value) === undefined)) return false;
    if (!checked.has(key)) return false;
    if (subschemaKeys.has(key) && !decidable(value as SpecSchema)) return false;
    if (key === "additionalProperties" && typeof value === "object" && !decidable(value as SpecSchema)) return false;
    if ((key === "allOf" || key === "anyOf" || key === "prefixItems") && !(value as SpecSchema[]).every(decidable)) return false;
    if (key === "properties" && !Object.values(value as Record<string, SpecSchema>).every(decidable)) return false;
  }
  return true;
}

/** Keywords the runtime checks in full (readOnly and writeOnly change what `required` asks, by direction: not decided). */
const checked = new Set([
  ...["type", "nullable", "enum", "const", "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
  ...["items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains", "minContains", "maxContains"],
  ...["properties", "required", "additionalProperties", "propertyNames", "minProperties", "maxProperties", "dependentRequired"],
  ...["allOf", "anyOf", "not", "if", "then", "else"],
]);
const subschemaKeys = new Set(["items", "contains", "propertyNames", "not", "if", "then", "else"]);
const annotations = new Set(["title", "description", "default", "example", "examples", "deprecated", "$comment", "externalDocs", "xml", "$schema", "$id"]);
