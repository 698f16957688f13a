/**
 * What the OpenAPI specification prescribes a request to look like on the wire, computed
 * without the runtime: the path, form and simple styles by RFC 6570 expansion (url-template),
 * which is how the specification defines them; the delimited styles and deepObject from the
 * specification's "Style Examples" table; security by each scheme's definition; the body by
 * its media type and `encoding`. Where the specification leaves a case open, the choice the
 * README documents (nested query values as JSON, nested form fields as deepObject brackets).
 * A request seen by a server is read into the same shape, so the two compare field by field.
 */
import busboy from "busboy";
import { parseTemplate } from "url-template";
import type { RequestCase } from "../../src/generator/model/request-examples.js";
import type { OperationModel } from "../../src/generator/model/types.js";
import { resolve, type OpenApiDocument, type OperationObject, type ParameterObject, type PathItemObject, type RequestBodyObject, type SecuritySchemeObject } from "../../src/generator/spec/document.js";
import type { Credential } from "../../src/runtime/auth.js";

/** A request reduced to what the specification decides: pairs and parts sorted, headers by lower-case name. */
export interface WireRequest {
  method: string;
  path: string;
  query: string[];
  /** The headers that parameters, security and the body decide. */
  headers: Record<string, string>;
  cookies: string[];
  body?: { kind: "json"; value: unknown } | { kind: "pairs"; pairs: string[] } | { kind: "parts"; parts: Part[] } | { kind: "bytes"; base64: string };
}

interface Part {
  name: string;
  /** A file part: it has a filename (whichever the caller gave). */
  file?: true;
  type: string;
  content: string;
}

/** A request as a server received it. */
export interface SeenRequest {
  method: string;
  /** The request target as sent: path and query, still encoded. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface Credentials {
  /** Sent for every bearer, OAuth 2 and OpenID Connect scheme. */
  token: string;
  /** The other schemes' credentials, by the spec's scheme name. */
  auth: Readonly<Record<string, Credential>>;
}

type Encoding = NonNullable<NonNullable<RequestBodyObject["content"]>[string]["encoding"]>;

/** The request the specification prescribes for `c` (an operation of `document`), sent with every credential in `credentials`. */
export function prescribedRequest(document: OpenApiDocument, operation: OperationModel, c: RequestCase, encoding: Encoding | undefined, credentials: Credentials): WireRequest {
  // A query written into the path key itself (`/responses?beta=true`) is part of the query.
  const [template, pathQuery] = splitOnce(operation.path, "?");
  const query: string[] = [];
  const segments: Record<string, string> = {};
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (const [parameter, value] of c.params) {
    if (isAbsent(value)) continue;
    if (parameter.in === "path") segments[parameter.name] = pathValue(parameter, value);
    else if (parameter.in === "query") query.push(...queryPairs(parameter, value));
    else if (parameter.in === "header") headers[parameter.name.toLowerCase()] = headerValue(parameter, value);
    else cookies.push(...cookiePairs(parameter, value));
  }
  applySecurity(document, operation, credentials, headers, query, cookies);
  // Literal characters as RFC 6570 expands a template's literals: reserved ones kept, others (`<`, a space) percent-encoded.
  const expandPath = (text: string) => text.replace(/\{([^}]+)\}|[^{]+/g, (whole, name: string | undefined) => (name === undefined ? parseTemplate(whole).expand({}) : (segments[name] ?? whole)));
  const path = expandPath(template);
  if (pathQuery) query.unshift(...expandPath(pathQuery).split("&"));
  const request: WireRequest = { method: operation.method.toUpperCase(), path, query: byName(query), headers, cookies: byName(cookies) };
  const mediaType = operation.body?.mediaType;
  if (mediaType !== undefined && c.body !== undefined) {
    const { type, body } = prescribedBody(mediaType, c.body, encoding ?? {});
    headers["content-type"] = type;
    request.body = body;
  }
  return request;
}

/** The request as a server saw it, read the way `prescribed` says its body is written. */
export async function seenRequest(seen: SeenRequest, prescribed: WireRequest): Promise<WireRequest> {
  const [path = "", search] = splitOnce(seen.url, "?");
  const header = (name: string) => {
    const value = seen.headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };
  // Every header but those any HTTP client adds: one the spec does not call for shows as a difference.
  const headers: Record<string, string> = {};
  for (const name of Object.keys(seen.headers)) {
    const value = header(name);
    if (value !== undefined && !transportHeaders.has(name)) headers[name] = name === "content-type" ? value.split(";")[0]!.trim() : value;
  }
  const cookie = header("cookie");
  delete headers.cookie;
  const request: WireRequest = { method: seen.method, path, query: byName(search ? search.split("&") : []), headers, cookies: byName(cookie ? cookie.split("; ") : []) };
  if (prescribed.body !== undefined) request.body = await readBody(prescribed.body.kind, seen.body, header("content-type") ?? "");
  else if (seen.body.length > 0) request.body = { kind: "bytes", base64: seen.body.toString("base64") };
  return request;
}

/** One line per field where the two differ. */
export function differences(prescribed: WireRequest, seen: WireRequest): string[] {
  const lines: string[] = [];
  const compare = (what: string, want: unknown, got: unknown) => {
    if (JSON.stringify(want) !== JSON.stringify(got)) lines.push(`${what}: prescribed ${JSON.stringify(want)}, sent ${JSON.stringify(got)}`);
  };
  compare("method", prescribed.method, seen.method);
  compare("path", prescribed.path, seen.path);
  compare("query", prescribed.query, seen.query);
  for (const name of new Set([...Object.keys(prescribed.headers), ...Object.keys(seen.headers)])) compare(`header ${name}`, prescribed.headers[name], seen.headers[name]);
  compare("cookies", prescribed.cookies, seen.cookies);
  compare("body", prescribed.body, seen.body);
  return lines;
}

/** Headers fetch, Node and the client add on their own, whatever the spec says. */
const transportHeaders = new Set(["host", "connection", "content-length", "transfer-encoding", "keep-alive", "accept", "accept-encoding", "accept-language", "user-agent", "sec-fetch-mode"]);

/**
 * `key=value` pairs grouped by key, keys sorted: the specification orders neither parameters
 * nor an object's members, but an array's items keep their order (`ids=2&ids=1` is not `ids=1&ids=2`).
 */
export function byName(pairs: string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const pair of pairs) {
    const key = pair.split("=", 1)[0]!;
    groups.set(key, [...(groups.get(key) ?? []), pair]);
  }
  return [...groups.keys()].sort().flatMap((key) => groups.get(key)!);
}

// Parameters -------------------------------------------------------------------------------

/** RFC 3986: all but the unreserved characters percent-encoded, as RFC 6570's simple expansion does. */
function encode(text: string): string {
  return parseTemplate("{v}").expand({ v: text });
}

/**
 * RFC 6570 expansion of one variable by `operator`, named `name`. Members that are objects or
 * arrays themselves (which RFC 6570 and OpenAPI leave undefined) are given as JSON text.
 */
function expand(operator: "" | "." | ";" | "?" | "+", name: string, value: unknown, explode: boolean): string {
  // Reserved expansion passes `#[]&=+` too; OpenAPI 3.1.1 leaves it to the caller to encode them in a query value first.
  const text = operator === "+" ? (item: unknown) => member(item).replace(/[#[\]&=+]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : member;
  const flat = Array.isArray(value) ? value.filter(isPresent).map(text) : isObject(value) ? Object.fromEntries(entries(value).map(([k, v]) => [k, text(v)])) : text(value);
  const expanded = parseTemplate(`{${operator}v${explode ? "*" : ""}}`).expand({ v: flat as never });
  // The expansion names a pair by its variable; but for an exploded object the keys are the object's own.
  if ((operator === ";" || operator === "?") && !(explode && isObject(value))) return expanded.replace(/(^|[;?&])v(?=[=;&]|$)/g, (_, before: string) => `${before}${encode(name)}`);
  return expanded;
}

function pathValue(parameter: ParameterObject, value: unknown): string {
  if (isJsonContent(parameter)) return encode(JSON.stringify(value));
  const style = parameter.style ?? "simple";
  const explode = parameter.explode ?? false;
  return expand(style === "label" ? "." : style === "matrix" ? ";" : "", parameter.name, value, explode);
}

function queryPairs(parameter: ParameterObject, value: unknown): string[] {
  const name = encode(parameter.name);
  if (isJsonContent(parameter)) return [`${name}=${encode(JSON.stringify(value))}`];
  if (isEmpty(value)) return [];
  const style = parameter.style ?? "form";
  const explode = parameter.explode ?? style === "form";
  if (isScalar(value)) return [`${name}=${parameter.allowReserved ? expand("+", "", value, false) : encode(member(value))}`];
  // deepObject is defined for objects; an array under it goes as repeated keys, as form's would.
  if (style === "deepObject") return isObject(value) ? deepPairs(parameter.name, value) : formPairs(parameter.name, value, true);
  if (!explode && (style === "spaceDelimited" || style === "pipeDelimited")) {
    const delimiter = style === "spaceDelimited" ? "%20" : "%7C";
    const members = Array.isArray(value) ? value.filter(isPresent) : entries(value).flat();
    return [`${name}=${members.map((m) => encode(member(m))).join(delimiter)}`];
  }
  if (parameter.allowReserved) return reservedPairs(name, value, explode);
  return formPairs(parameter.name, value, explode);
}

/** `form` as RFC 6570's `{?name}` / `{?name*}` gives it, one `key=value` pair each. */
function formPairs(name: string, value: unknown, explode: boolean): string[] {
  return expand("?", name, value, explode).slice(1).split("&").filter((pair) => pair !== "");
}

/** `form` with `allowReserved`: values by RFC 6570's reserved expansion (`{+value}`). */
function reservedPairs(name: string, value: unknown, explode: boolean): string[] {
  if (!explode) return [`${name}=${expand("+", "", value, false)}`];
  if (Array.isArray(value)) return value.filter(isPresent).map((item) => `${name}=${expand("+", "", item, false)}`);
  return entries(value).map(([key, item]) => `${encode(key)}=${expand("+", "", item, false)}`);
}

/** deepObject: `name[key]=value`, brackets encoded as the specification's table shows; deeper levels nest the same way. */
function deepPairs(name: string, value: unknown): string[] {
  if (isScalar(value)) return [`${encode(name)}=${encode(member(value))}`];
  const members = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : entries(value);
  return members.filter(([, item]) => isPresent(item)).flatMap(([key, item]) => deepPairs(`${name}[${key}]`, item));
}

/** `simple`, and never percent-encoded: a header's value is not part of a URI. */
function headerValue(parameter: ParameterObject, value: unknown): string {
  if (isJsonContent(parameter)) return JSON.stringify(value);
  return decodeURIComponent(expand("", parameter.name, value, parameter.explode ?? false));
}

/** `form`, exploded by default: each `name=value` a cookie pair of its own. */
function cookiePairs(parameter: ParameterObject, value: unknown): string[] {
  if (isJsonContent(parameter)) return [`${parameter.name}=${encode(JSON.stringify(value))}`];
  if (isEmpty(value)) return [];
  return formPairs(parameter.name, value, parameter.explode ?? true).map((pair) => pair.replace(/^[^=]*/, (key) => (isObject(value) && (parameter.explode ?? true) ? key : parameter.name)));
}

/**
 * The spec's own security for the operation (its `security`, else the document's): the first
 * alternative that needs something and whose every scheme a client can send is sent, each
 * scheme as its Security Scheme Object says. A spec that declares none gets the token as a
 * bearer token, as the README says the client sends it.
 */
function applySecurity(document: OpenApiDocument, operation: OperationModel, { token, auth }: Credentials, headers: Record<string, string>, query: string[], cookies: string[]): void {
  const item = resolve<PathItemObject>(document, document.paths?.[operation.path]);
  const requirements = (item?.[operation.method] as OperationObject | undefined)?.security ?? document.security;
  if (!Array.isArray(requirements)) {
    headers.authorization = `Bearer ${token}`;
    return;
  }
  const schemes = document.components?.securitySchemes ?? {};
  const scheme = (name: string) => resolve<SecuritySchemeObject>(document, schemes[name] as SecuritySchemeObject);
  const sendable = (name: string) => {
    const s = scheme(name);
    const http = typeof s?.scheme === "string" ? s.scheme.toLowerCase() : undefined;
    return s?.type === "oauth2" || s?.type === "openIdConnect" || (s?.type === "http" && (http === "bearer" || http === "basic")) || (s?.type === "apiKey" && ["header", "query", "cookie"].includes(String(s.in)));
  };
  const chosen = requirements.map((requirement) => Object.keys(requirement ?? {})).find((names) => names.length > 0 && names.every(sendable)) ?? [];
  for (const name of chosen) {
    const s = scheme(name)!;
    const credential = auth[name] ?? token;
    const text = typeof credential === "string" ? credential : `${credential.username}:${credential.password}`;
    if (s.type === "http" && String(s.scheme).toLowerCase() === "basic") headers.authorization = `Basic ${Buffer.from(text).toString("base64")}`;
    else if (s.type !== "apiKey") headers.authorization = `Bearer ${token}`;
    else if (s.in === "header") headers[String(s.name).toLowerCase()] = text;
    else if (s.in === "query") query.push(`${encode(String(s.name))}=${encode(text)}`);
    else cookies.push(`${String(s.name)}=${encode(text)}`);
  }
}

// Bodies -----------------------------------------------------------------------------------

function prescribedBody(mediaType: string, body: unknown, encoding: Encoding): { type: string; body: NonNullable<WireRequest["body"]> } {
  if (/^[^*]+\/([^*]+\+)?json$/i.test(mediaType)) return { type: mediaType, body: { kind: "json", value: JSON.parse(JSON.stringify(body)) } };
  if (/^application\/x-www-form-urlencoded$/i.test(mediaType)) return { type: mediaType, body: { kind: "pairs", pairs: byName(formBody(body as Record<string, unknown>, encoding)) } };
  if (/^multipart\/form-data$/i.test(mediaType)) return { type: "multipart/form-data", body: { kind: "parts", parts: multipartBody(body as Record<string, unknown>, encoding) } };
  if (mediaType.includes("*")) {
    if (body instanceof Uint8Array) return { type: "application/octet-stream", body: { kind: "bytes", base64: Buffer.from(body).toString("base64") } };
    if (typeof body === "string") return { type: "text/plain", body: { kind: "bytes", base64: Buffer.from(body).toString("base64") } };
    return { type: "application/json", body: { kind: "json", value: JSON.parse(JSON.stringify(body)) } };
  }
  const bytes = body instanceof Uint8Array ? Buffer.from(body) : Buffer.from(String(body));
  return { type: mediaType, body: { kind: "bytes", base64: bytes.toString("base64") } };
}

/** Each field as its `encoding` says; by default arrays as repeated keys and nested objects as deepObject brackets. */
function formBody(body: Record<string, unknown>, encoding: Encoding): string[] {
  return entries(body).flatMap(([name, value]) => {
    const { contentType, style, explode, allowReserved } = encoding[name] ?? {};
    if (contentType !== undefined && /json/i.test(contentType)) return [`${encode(name)}=${encode(JSON.stringify(value))}`];
    const asParameter = { name, in: "query", style, explode, allowReserved } as ParameterObject;
    if (style === undefined && explode === undefined && hasObjects(value)) return deepPairs(name, value);
    return queryPairs(asParameter, value);
  });
}

/** One part per field, and per item of an array: files as files, objects as JSON, each with its encoding's Content-Type. */
function multipartBody(body: Record<string, unknown>, encoding: Encoding): Part[] {
  const parts: Part[] = [];
  for (const [name, value] of entries(body)) {
    const declared = encoding[name]?.contentType?.split(",")[0]?.trim();
    const own = declared && !declared.includes("*") ? declared : undefined;
    for (const item of Array.isArray(value) ? value.filter(isPresent) : [value]) {
      if (item instanceof Blob) parts.push({ name, file: true, type: own ?? "application/octet-stream", content: "file" });
      else if (isObject(item) || Array.isArray(item)) parts.push({ name, type: own ?? "application/json", content: JSON.stringify(item) });
      else parts.push({ name, type: own ?? "text/plain", content: String(item) });
    }
  }
  return sortParts(parts);
}

async function readBody(kind: NonNullable<WireRequest["body"]>["kind"], bytes: Buffer, contentType: string): Promise<WireRequest["body"]> {
  if (kind === "json") {
    try {
      return { kind, value: JSON.parse(bytes.toString("utf8")) };
    } catch {
      return { kind: "bytes", base64: bytes.toString("base64") };
    }
  }
  if (kind === "pairs") return { kind, pairs: byName(bytes.length === 0 ? [] : bytes.toString("latin1").split("&")) };
  if (kind === "parts") return { kind, parts: await multipartParts(bytes, contentType) };
  return { kind, base64: bytes.toString("base64") };
}

/** The parts as a multipart parser (busboy) reads them; file content shown as `file` when it is the test's bytes, else as base64. */
function multipartParts(bytes: Buffer, contentType: string): Promise<Part[]> {
  return new Promise((done, fail) => {
    const parts: Part[] = [];
    const parser = busboy({ headers: { "content-type": contentType } });
    parser.on("field", (name, value, info) => parts.push({ name, type: info.mimeType, content: value }));
    parser.on("file", (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const content = Buffer.concat(chunks);
        parts.push({ name, ...(info.filename === undefined ? {} : { file: true as const }), type: info.mimeType, content: isTestFile(content) ? "file" : content.toString("base64") });
      });
    });
    parser.on("close", () => done(sortParts(parts)));
    parser.on("error", fail);
    parser.end(bytes);
  });
}

function isTestFile(content: Buffer): boolean {
  return content.length === 256 && content.every((byte, i) => byte === i);
}

/** Parts by name; a repeated part (an array's items) keeps its order. */
function sortParts(parts: Part[]): Part[] {
  return parts.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

// Values -----------------------------------------------------------------------------------

function isJsonContent(parameter: ParameterObject): boolean {
  const [mediaType] = Object.keys(parameter.content ?? {});
  return mediaType !== undefined && /json/i.test(mediaType);
}

/** A member's text: a scalar as written, anything nested as JSON. */
function member(value: unknown): string {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

function entries(value: unknown): [string, unknown][] {
  return Object.entries(value as object).filter(([, item]) => isPresent(item));
}

function hasObjects(value: unknown): boolean {
  return Array.isArray(value) ? value.some((item) => isObject(item)) : isObject(value);
}

/** RFC 6570: an empty list or map is undefined, and so left out. */
function isEmpty(value: unknown): boolean {
  return (Array.isArray(value) && value.filter(isPresent).length === 0) || (isObject(value) && entries(value).length === 0);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): boolean {
  return typeof value !== "object" || value === null;
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function isAbsent(value: unknown): boolean {
  return !isPresent(value);
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
