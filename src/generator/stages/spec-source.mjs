// How a spec file is parsed, and whether bundling it would change anything: shared by the
// main thread (load.ts) and the types worker, so both make the same document from the same
// file. Plain JavaScript: the worker runs without a TypeScript loader. Types: spec-source.d.mts.
// Redocly is loaded only to parse YAML: the worker types a JSON spec without it (0.45 s).
import { readFileSync } from "node:fs";
import { sha256 } from "../hash.mjs";
import { isMappingRef } from "../spec/mapping-ref.mjs";

/**
 * JSON.parse for `.json` files: Redocly's YAML parser takes 0.9 s on GitHub's 13 MB spec,
 * JSON.parse 0.2 s. Anything JSON.parse refuses goes to the YAML parser, whose error says where.
 */
export function parseJsonSpec(text, path) {
  if (!path.endsWith(".json")) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // YAML is a superset of JSON, and its parser's error carries line and column
  }
}

/**
 * Reads and parses a spec file as SpecResolver does, with the sha256 of the bytes it read (as
 * the main thread records them), and whether JSON.parse made it (no object in two places).
 */
export async function readSpecText(path) {
  const { text, hash } = asRead(readFileSync(path));
  const json = parseJsonSpec(text, path);
  const parsed = json ?? (await import("@redocly/openapi-core")).makeDocumentFromString(text, path).parsed;
  return { parsed, hash, fromJson: json !== undefined };
}

/** A file's bytes as either thread takes them: the text Redocly reads, and the hash the manifest records. */
export function asRead(bytes) {
  return { text: asRedoclyReads(bytes.toString("utf8")), hash: sha256(bytes) };
}

/** A file's text as Redocly reads it: CRLF line ends made LF. */
function asRedoclyReads(text) {
  return text.replace(/\r\n/g, "\n");
}

/** What bundling does to a self-contained 3.x document: an empty `components` where there was none (or a falsy one, as Redocly's `||` takes it). */
export function asBundled(document) {
  if (!document.components) document.components = {};
  return document;
}

/**
 * The document with each `$ref` in `refs` replaced as Redocly's bundler replaces a `$ref` that
 * stands for a literal value (its `replaceRef`): by the value it points to, the keys written
 * beside it kept over the value's; one that is not an object takes the `$ref`'s place whole.
 * `refs` come from inlined-refs.ts, and point to values that hold no `$ref`: the order does not
 * matter, and the same list makes the same document of another parse of the same file.
 */
export function inlineRefs(document, refs) {
  for (const { at, target } of refs) {
    const value = target.reduce((node, key) => node[key], document);
    const parent = at.slice(0, -1).reduce((node, key) => node[key], document);
    const ref = parent[at.at(-1)];
    if (!isPlainObject(value)) {
      parent[at.at(-1)] = value;
      continue;
    }
    delete ref.$ref;
    Object.assign(ref, { ...value, ...ref });
  }
  return document;
}

const isPlainObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * True when bundling would only add `components: {}`: no `$ref` leaves the file, none sits in a
 * literal value (bundling inlines those: GitHub's spec writes `example: {$ref}`), no example
 * has an `externalValue`, no discriminator maps to another file. One pass over the document;
 * a property named like a literal keyword only sends the spec the slow, always-right way.
 * With `literalRefs: false`, a `$ref` in a literal value does not count (for readers that never
 * look at examples and defaults, like the diff); with `"local"`, one within the file does not
 * (inlined-refs.ts finds those the bundle replaces).
 */
export function isSelfContained(document, { literalRefs = true } = {}) {
  const pending = document !== null && typeof document === "object" ? [[document, false]] : [];
  while (pending.length > 0) {
    const [node, literal] = pending.pop();
    if (typeof node.$ref === "string" && (literal && literalRefs !== "local" ? literalRefs : !node.$ref.startsWith("#"))) return false;
    if (typeof node.externalValue === "string") return false;
    const discriminator = node.discriminator;
    if (discriminator !== null && typeof discriminator === "object" && !mapsWithinFile(discriminator)) return false;
    for (const key in node) {
      const value = node[key];
      if (value !== null && typeof value === "object") pending.push([value, literal || isLiteralKey(key, value)]);
    }
  }
  return true;
}

/** Keys whose values are data, not OpenAPI objects, in Redocly's types: a `$ref` there is inlined. */
const literalKeys = new Set(["example", "default", "const", "enum", "value"]);

function isLiteralKey(key, value) {
  return literalKeys.has(key) || key.startsWith("x-") || (key === "examples" && Array.isArray(value));
}

function mapsWithinFile({ mapping, defaultMapping }) {
  const targets = [defaultMapping, ...(mapping !== null && typeof mapping === "object" ? Object.values(mapping) : [])];
  return targets.every((target) => !isMappingRef(target) || target.startsWith("#"));
}
