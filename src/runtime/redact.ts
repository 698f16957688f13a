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

/** A copy of `value` with every occurrence of the secret strings cut out of its strings, keys included. */
export function redactStrings(value: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0) return value;
  const cut = (text: string) => redactText(text, secrets);
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === "string") return cut(v);
    if (depth > 64 || typeof v !== "object" || v === null) return v;
    if (Array.isArray(v)) return v.map((item) => walk(item, depth + 1));
    return Object.fromEntries(Object.entries(v).map(([k, item]) => [cut(k), walk(item, depth + 1)]));
  };
  return walk(value, 0);
}

/** `text` with every secret cut; the longest first, so a secret's part never leaves the rest of it showing. */
export function redactText(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) if (result.includes(secret)) result = result.replaceAll(secret, redacted);
  return result;
}

/**
 * A copy of an error and its `cause` chain with the secrets cut from every string: message,
 * stack and own fields. A fetch of the caller's may have put the request (headers, body)
 * into its message, and `util.inspect` shows the whole chain.
 */
export function redactError(error: unknown, secrets: readonly string[], depth = 0): unknown {
  if (secrets.length === 0) return error;
  if (typeof error === "string") return redactText(error, secrets);
  if (typeof error !== "object" || error === null || depth > 8) return depth > 8 ? undefined : error;
  const source = error as Record<string, unknown> & { message?: unknown; name?: unknown; stack?: unknown; cause?: unknown };
  const copy = new Error(redactText(String(source.message ?? ""), secrets)) as Error & Record<string, unknown>;
  copy.name = typeof source.name === "string" ? source.name : "Error";
  copy.stack = typeof source.stack === "string" ? redactText(source.stack, secrets) : `${copy.name}: ${copy.message}`;
  for (const [key, value] of Object.entries(source)) {
    if (key === "cause" || key === "message" || key === "stack" || key === "name") continue;
    if (typeof value === "string") copy[key] = redactText(value, secrets);
    else if (typeof value !== "object" && typeof value !== "function") copy[key] = value;
  }
  if (source.cause !== undefined) Object.defineProperty(copy, "cause", { value: redactError(source.cause, secrets, depth + 1), writable: true, configurable: true, enumerable: false });
  return copy;
}

/** The strings to cut for a sensitive value: its forms and, for base64 content, its text's. */
export function secretForms(value: unknown, schema: Schema): string[] {
  if (typeof value !== "string") return [];
  const forms = textForms(value);
  if (schema.contentEncoding === "base64") {
    try {
      forms.push(...textForms(new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(atob(value), (c) => c.charCodeAt(0)))));
    } catch {
      // Not base64 or not text: nothing more to cut.
    }
  }
  return secretList(forms);
}

/**
 * The ways a secret's text may come back in a server's answer or an error: as it is, trimmed
 * (a file's trailing newline), line by line (a server quoting one line of a .env file), JSON-
 * escaped (inside a JSON string in a text body) and percent-encoded (in a URL).
 */
export function textForms(text: string): string[] {
  const forms = [text, text.trim(), ...text.split(/\r?\n/).map((line) => line.trim())];
  for (const form of [...forms]) forms.push(JSON.stringify(form).slice(1, -1), encodeURIComponent(form));
  return forms;
}

/** Distinct, longest first, none too short: cutting a very short string would shred every message it happens to appear in. */
export function secretList(forms: readonly string[]): string[] {
  return [...new Set(forms)].filter((form) => form.length >= 4).sort((a, b) => b.length - a.length);
}
