import { deref } from "./deref.js";
import type { Schema } from "./schema.js";

export const redacted = "[redacted]";

/**
 * A copy of `value` with every field the schema marks sensitive (`x-sensitive`) replaced,
 * under any variant of a `oneOf`/`anyOf`/`allOf` that marks it; `found` receives each
 * replaced value, so its text can be cut from anything else shown (a server may echo it).
 */
export function redactSensitive(schema: Schema | undefined, value: unknown, found: (secret: unknown, schema: Schema) => void = () => {}, depth = 0): unknown {
  if (!schema || depth > 32 || value === undefined || value === redacted) return value;
  const s = deref(schema);
  if (s.sensitive) {
    found(value, s);
    return redacted;
  }
  let result: unknown = value;
  for (const variant of [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])]) result = redactSensitive(variant, result, found, depth + 1);
  if (Array.isArray(result) && s.items) return result.map((item) => redactSensitive(s.items, item, found, depth + 1));
  if (typeof result === "object" && result !== null && !Array.isArray(result)) {
    const entries = Object.entries(result).map(([key, item]) => {
      const property = s.properties?.[key] ?? (typeof s.additionalProperties === "object" ? s.additionalProperties : undefined);
      return [key, redactSensitive(property, item, found, depth + 1)];
    });
    return Object.fromEntries(entries);
  }
  return result;
}

/** A copy of `value` with every occurrence of the secret strings cut out of its strings. */
export function redactStrings(value: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return secrets.reduce((text, secret) => text.replaceAll(secret, redacted), v);
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item)]));
    return v;
  };
  return walk(value);
}

/** The strings to cut for a sensitive value: itself and, for base64 content, its text. */
export function secretForms(value: unknown, schema: Schema): string[] {
  if (typeof value !== "string") return [];
  const forms = [value];
  if (schema.contentEncoding === "base64") {
    try {
      forms.push(new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(atob(value), (c) => c.charCodeAt(0))));
    } catch {
      // Not base64 or not text: nothing more to cut.
    }
  }
  // Cutting a very short string would shred every message it happens to appear in.
  return forms.filter((form) => form.length >= 4);
}
