/**
 * A request body as its media type says it goes out: JSON (and every `+json` type) as JSON
 * text under its own Content-Type, forms with the spec's `encoding`, multipart with files and
 * per-part types, text and binary as given. Encoded once per call, before the first attempt.
 */
import { deepPairs, encodeReserved, encodeValue, serializeQuery, text, type ParameterStyle } from "./parameters.js";

/** How one form or multipart field goes out (the spec's Encoding Object). */
export interface PartEncoding {
  /** The part's Content-Type in multipart; in a form, a JSON type sends the value as JSON text. */
  contentType?: string;
  style?: ParameterStyle["style"];
  explode?: boolean;
  allowReserved?: boolean;
}

export type BodyInitLike = string | Blob | ArrayBuffer | ArrayBufferView | FormData | URLSearchParams | ReadableStream<Uint8Array>;

export interface EncodedBody {
  body: BodyInitLike;
  /** The Content-Type to send; undefined for a caller's FormData, whose boundary fetch writes itself. */
  contentType?: string;
}

/** The body encoded for `mediaType` (default `application/json`). */
export function encodeBody(body: unknown, mediaType = "application/json", encoding?: Readonly<Record<string, PartEncoding>>): EncodedBody {
  const type = mediaType.toLowerCase();
  // Bytes given for a JSON type are the document, encoded by the caller: JSON.stringify would make them `{}`.
  if (isJsonType(type)) return { body: isBinary(body) ? (body as BodyInitLike) : JSON.stringify(body), contentType: mediaType };
  // JSON is YAML (1.2): a value for a YAML type goes as JSON text under the YAML type.
  if (isYamlType(type) && !isBinary(body) && typeof body !== "string") return { body: JSON.stringify(body), contentType: mediaType };
  if (type.startsWith("multipart/form-data")) return multipart(body, encoding);
  if (type.startsWith("application/x-www-form-urlencoded")) return { body: body instanceof URLSearchParams ? body : formUrlEncoded(body, encoding), contentType: mediaType };
  if (type.includes("*")) return wildcard(body, type);
  if (isBinary(body) || typeof body === "string") return { body, contentType: mediaType };
  // An object for a type the runtime has no writer for (XML): sent as JSON it would be a body its Content-Type belies.
  if (typeof body === "object" && body !== null) throw new TypeError(`the body ${unwritable(mediaType)}`);
  // A number or boolean for a text type.
  return { body: String(body), contentType: mediaType };
}

/**
 * A media type whose body the caller encodes: not JSON, a form, multipart, text or a wildcard
 * (XML, images, `application/octet-stream`). A string or bytes given for it is the body itself,
 * whatever the schema describes of the document inside.
 */
export function isOpaqueType(mediaType: string): boolean {
  const type = mediaType.toLowerCase();
  return !isJsonType(type) && !isYamlType(type) && !type.startsWith("multipart/form-data") && !type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("text/") && !type.includes("*");
}

/** A media type the client writes as text from the value's fields (JSON, YAML, a URL-encoded form): a file inside cannot go. */
export function isTextWritten(mediaType: string): boolean {
  const type = mediaType.toLowerCase();
  return isJsonType(type) || isYamlType(type) || type.startsWith("application/x-www-form-urlencoded");
}

/** Why an object cannot go as `mediaType`: the client has no writer for it. */
export function unwritable(mediaType: string): string {
  return `must be given encoded for ${mediaType} (a string, Blob or bytes): the client writes JSON, YAML, forms and multipart, not ${mediaType}`;
}

function isYamlType(mediaType: string): boolean {
  return /^[^*]+\/([^*]+\+)?(x-)?yaml(\s*;|$)/i.test(mediaType);
}

export function isJsonType(mediaType: string): boolean {
  return /^[^*]+\/([^*]+\+)?json(\s*;|$)/i.test(mediaType);
}

/** `*\/*`, `application/*` and the like: the value says what it is. */
function wildcard(body: unknown, type: string): EncodedBody {
  if (body instanceof Blob) return { body, contentType: body.type || "application/octet-stream" };
  if (isBinary(body)) return { body: body as BodyInitLike, contentType: "application/octet-stream" };
  if (typeof body === "string" && (type.startsWith("text/") || type.startsWith("*/"))) return { body, contentType: "text/plain" };
  return { body: JSON.stringify(body), contentType: "application/json" };
}

export function isBinary(value: unknown): value is Blob | ArrayBuffer | ArrayBufferView | ReadableStream {
  return (
    (typeof Blob !== "undefined" && value instanceof Blob) ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    (typeof ReadableStream !== "undefined" && value instanceof ReadableStream)
  );
}

/**
 * `application/x-www-form-urlencoded`: each field as a form parameter of its encoding's style
 * (default exploded `form`: arrays as repeated keys); a nested object (or an array of them) as
 * `deepObject` brackets, as form APIs such as Stripe's expect (`metadata[key]=value`).
 */
function formUrlEncoded(body: unknown, encoding: Readonly<Record<string, PartEncoding>> = {}): string {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    const { contentType, allowReserved, style, explode } = encoding[name] ?? {};
    const encode = allowReserved ? encodeReserved : encodeValue;
    if (contentType !== undefined && isJsonType(contentType)) pairs.push(`${encodeValue(name)}=${encode(JSON.stringify(value))}`);
    else if (style === undefined && explode === undefined && hasObjects(value)) pairs.push(...deepPairs(name, value, encode));
    else {
      const serialized = serializeQuery({ [name]: value }, { [name]: { style, explode, allowReserved } });
      if (serialized !== "") pairs.push(serialized);
    }
  }
  return pairs.join("&");
}

function hasObjects(value: unknown): boolean {
  const isObject = (item: unknown) => typeof item === "object" && item !== null && !(item instanceof Date);
  return Array.isArray(value) ? value.some(isObject) : isObject(value);
}

/**
 * `multipart/form-data`, written here rather than by FormData, which cannot give a part a
 * Content-Type without making it a file: files (Blob, File, bytes) as file parts, arrays as
 * repeated parts, objects as `application/json` parts, each with its encoding's
 * `contentType` where the spec gives one. A FormData of the caller's goes as it is.
 */
function multipart(body: unknown, encoding: Readonly<Record<string, PartEncoding>> = {}): EncodedBody {
  if (body instanceof FormData) return { body };
  const boundary = `----build-kit-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  const chunks: (string | Blob | ArrayBuffer | Uint8Array<ArrayBuffer>)[] = [];
  for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    const partType = encoding[name]?.contentType?.split(",")[0]?.trim();
    const declared = partType && !partType.includes("*") ? partType : undefined;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      let content: string | Blob | ArrayBuffer | Uint8Array<ArrayBuffer>;
      let type: string | undefined;
      let filename: string | undefined;
      if (item instanceof Blob) [content, type, filename] = [item, item.type || declared || "application/octet-stream", fileName(item)];
      else if (item instanceof ArrayBuffer) [content, type, filename] = [item, declared ?? "application/octet-stream", "blob"];
      else if (ArrayBuffer.isView(item)) [content, type, filename] = [new Uint8Array(item.buffer as ArrayBuffer, item.byteOffset, item.byteLength), declared ?? "application/octet-stream", "blob"];
      else if (typeof item === "object" && !(item instanceof Date)) [content, type] = [JSON.stringify(item), declared ?? "application/json"];
      else [content, type] = [text(item), declared && !/^text\/plain\b/i.test(declared) ? declared : undefined];
      const disposition = `form-data; name="${quoted(name)}"${filename === undefined ? "" : `; filename="${quoted(filename)}"`}`;
      chunks.push(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type ? `Content-Type: ${type}\r\n` : ""}\r\n`, content, "\r\n");
    }
  }
  chunks.push(`--${boundary}--\r\n`);
  return { body: new Blob(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A File's name; "blob" for other Blobs, as FormData names them. */
function fileName(blob: Blob): string {
  const name = (blob as { name?: unknown }).name;
  return typeof name === "string" && name !== "" ? name : "blob";
}

/** A name or filename in Content-Disposition, escaped as the HTML standard's FormData does. */
function quoted(name: string): string {
  return name.replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/"/g, "%22");
}
