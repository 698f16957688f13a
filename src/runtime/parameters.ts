/**
 * Parameters as OpenAPI 3.0/3.1 serializes them: every `style` x `explode` for path
 * (simple, label, matrix), query (form, spaceDelimited, pipeDelimited, deepObject), header
 * (simple) and cookie (form), per the "Style Examples" table of the specification.
 *
 * Not openapi-fetch's serializers: they leave names unencoded, leave `!'()*` unencoded (not in
 * RFC 3986's unreserved set), join space- and pipe-delimited objects with commas, serialize
 * query objects as deepObject whatever the style, and pass a value through raw under
 * `allowReserved` (a space or `%` with it).
 */
import type { ParameterLocation } from "./operation.js";

/** How one parameter is serialized, where it differs from its location's default. */
export interface ParameterStyle {
  style?: "simple" | "label" | "matrix" | "form" | "spaceDelimited" | "pipeDelimited" | "deepObject" | "cookie";
  explode?: boolean;
  /** Reserved characters (`:/?#[]@!$&'()*+,;=`) go out as they are. */
  allowReserved?: boolean;
  /** The parameter has `content: application/json`: its value goes as JSON text. */
  json?: boolean;
}

/** Non-default styles by location and parameter name; absent: the location's default. */
export type ParameterStyles = Partial<Record<ParameterLocation, Readonly<Record<string, ParameterStyle>>>>;

const none: Readonly<Record<string, ParameterStyle>> = {};

/** The path template with each `{name}` replaced by its serialized value; a name with no value stays as it is. */
export function serializePath(template: string, values: Record<string, unknown>, styles: Readonly<Record<string, ParameterStyle>> = none): string {
  const parts = templateParts(template);
  let path = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    path += (isAbsent(value) ? `{${name}}` : pathValue(name, value, styles[name] ?? {})) + parts[i + 1]!;
  }
  return path;
}

const templates = new Map<string, string[]>();

/**
 * A template split at its `{name}`s, once: text at even indexes, names at odd ones. A regular
 * expression's replace with a callback took 4 µs of every request. Kept for a bounded number
 * of templates, so a program making clients of ever new base URLs does not grow it forever.
 */
function templateParts(template: string): string[] {
  let parts = templates.get(template);
  if (parts) return parts;
  if (templates.size >= 1000) templates.clear();
  templates.set(template, (parts = template.split(/\{([^}/]+)\}/)));
  return parts;
}

/** The query string, without `?`: parameters in the order given, absent ones left out. */
export function serializeQuery(values: Record<string, unknown>, styles: Readonly<Record<string, ParameterStyle>> = none): string {
  const pairs: string[] = [];
  for (const name in values) {
    const value = values[name];
    if (isAbsent(value)) continue;
    const text = queryValue(name, value, styles[name] ?? {});
    if (text !== "") pairs.push(text);
  }
  return pairs.join("&");
}

/** Header values (simple style): never percent-encoded, as the specification requires of headers. */
export function serializeHeaders(values: Record<string, unknown>, styles: Readonly<Record<string, ParameterStyle>> = none): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name in values) {
    const value = values[name];
    if (isAbsent(value)) continue;
    const { explode = false, json } = styles[name] ?? {};
    headers[name] = json ? JSON.stringify(value) : joined(value, explode, ",", "=", ",", plain);
  }
  return headers;
}

/**
 * The `Cookie` header's value: `name=value` pairs joined by "; " (RFC 6265), never by `&`.
 * `form` percent-encodes values; 3.2's `cookie` style passes them as they are.
 */
export function serializeCookies(values: Record<string, unknown>, styles: Readonly<Record<string, ParameterStyle>> = none): string | undefined {
  const pairs: string[] = [];
  for (const name in values) {
    const value = values[name];
    if (isAbsent(value)) continue;
    const { style = "form", explode = true, json } = styles[name] ?? {};
    const encode = style === "cookie" ? plain : encodeValue;
    if (json) pairs.push(`${name}=${encode(JSON.stringify(value))}`);
    else if (isEmptyList(value)) continue;
    else if (!explode || isScalar(value)) pairs.push(`${name}=${joined(value, false, ",", ",", ",", encode)}`);
    else if (Array.isArray(value)) pairs.push(...value.filter(isPresent).map((item) => `${name}=${encode(text(item))}`));
    else pairs.push(...entries(value).map(([key, item]) => `${key}=${encode(text(item))}`));
  }
  return pairs.length > 0 ? pairs.join("; ") : undefined;
}

function pathValue(name: string, value: unknown, { style = "simple", explode = false, allowReserved, json }: ParameterStyle): string {
  const encode = allowReserved ? encodeReserved : encodeValue;
  if (json) return encode(JSON.stringify(value));
  if (isEmptyList(value)) return "";
  switch (style) {
    case "label":
      return `.${joined(value, explode, explode ? "." : ",", explode ? "=" : ",", explode ? "." : ",", encode)}`;
    case "matrix": {
      if (!explode || isScalar(value)) {
        const serialized = joined(value, false, ",", ",", ",", encode);
        return serialized === "" ? `;${name}` : `;${name}=${serialized}`;
      }
      if (Array.isArray(value)) return value.filter(isPresent).map((item) => (text(item) === "" ? `;${name}` : `;${name}=${encode(text(item))}`)).join("");
      return entries(value).map(([key, item]) => `;${encodeValue(key)}=${encode(text(item))}`).join("");
    }
    default:
      return joined(value, explode, ",", explode ? "=" : ",", ",", encode);
  }
}

function queryValue(name: string, value: unknown, { style = "form", explode = style === "form", allowReserved, json }: ParameterStyle): string {
  const encode = allowReserved ? encodeReserved : encodeValue;
  const key = encodeValue(name);
  if (json) return `${key}=${encode(JSON.stringify(value))}`;
  if (isEmptyList(value)) return "";
  if (isScalar(value)) return `${key}=${encode(text(value))}`;
  if (style === "deepObject" && !Array.isArray(value)) return deepPairs(name, value, encode).join("&");
  const delimiter = style === "spaceDelimited" ? "%20" : style === "pipeDelimited" ? "%7C" : ",";
  // Delimited styles are defined unexploded only; exploded, they read as form (as servers parse them).
  if (!explode && style !== "deepObject") return `${key}=${joined(value, false, delimiter, delimiter, delimiter, encode)}`;
  if (Array.isArray(value)) return value.filter(isPresent).map((item) => `${key}=${encode(text(item))}`).join("&");
  return entries(value).map(([field, item]) => `${encodeValue(field)}=${encode(text(item))}`).join("&");
}

/**
 * `name[key]=value` pairs, brackets percent-encoded as the specification's table shows.
 * Nesting (undefined by the specification) follows what form APIs such as Stripe's parse:
 * `a[b][c]=1` for objects, `a[b][0]=x` for arrays.
 */
export function deepPairs(name: string, value: unknown, encode: (text: string) => string = encodeValue): string[] {
  if (isScalar(value)) return [`${encodeValue(name)}=${encode(text(value))}`];
  const members: [string, unknown][] = Array.isArray(value) ? value.map((item, i) => [String(i), item]) : entries(value);
  return members.filter(([, item]) => isPresent(item)).flatMap(([key, item]) => deepPairs(`${name}[${key}]`, item, encode));
}

/**
 * A value as RFC 6570 expands it, before any name: a scalar as text; an array's items
 * joined by `itemJoin`; an object's members as `key<pairJoin>value`, joined by `memberJoin`.
 */
function joined(value: unknown, explode: boolean, itemJoin: string, pairJoin: string, memberJoin: string, encode: (text: string) => string): string {
  if (isScalar(value)) return encode(text(value));
  if (Array.isArray(value)) return value.filter(isPresent).map((item) => encode(text(item))).join(itemJoin);
  return entries(value)
    .map(([key, item]) => `${encode(key)}${explode ? pairJoin : itemJoin}${encode(text(item))}`)
    .join(memberJoin);
}

function entries(value: unknown): [string, unknown][] {
  return Object.entries(value as object).filter(([, item]) => isPresent(item));
}

/** RFC 6570: an array or object with no members is undefined, so it expands to nothing, name and all. */
function isEmptyList(value: unknown): boolean {
  return !isScalar(value) && (Array.isArray(value) ? value.filter(isPresent).length === 0 : entries(value).length === 0);
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function isScalar(value: unknown): boolean {
  return typeof value !== "object" || value === null || value instanceof Date;
}

/** A member's text: scalars as written, dates as ISO 8601, anything nested as JSON. */
export function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && value !== null) return JSON.stringify(value);
  return String(value);
}

const unreservedOnly = /^[A-Za-z0-9\-._~]*$/;

/** Percent-encodes all but RFC 3986's unreserved characters (encodeURIComponent keeps `!'()*`). */
export function encodeValue(value: string): string {
  if (unreservedOnly.test(value)) return value;
  return encodeURIComponent(wellFormed(value)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `allowReserved`: as `encodeValue`, but reserved characters and existing `%XX` escapes pass
 * through (RFC 6570's `+` expansion), except those a query cannot hold as data: `#[]`, which
 * RFC 3986 does not allow there, and `&=+`, which delimit or mean a space in a form-encoded
 * query (OpenAPI 3.1.1, allowReserved and "URL Percent-Encoding").
 */
export function encodeReserved(value: string): string {
  return wellFormed(value).replace(/%[0-9A-Fa-f]{2}|%|[^A-Za-z0-9\-._~:/?@!$'()*,;%]+/gu, (run) => (run.length === 3 && run.startsWith("%") ? run : encodeURIComponent(run)));
}

function plain(value: string): string {
  return value;
}

/** Lone surrogates (which encodeURIComponent throws on) become U+FFFD, as fetch would send them. */
function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
