import { createHash } from "node:crypto";
import { serialize } from "node:v8";
import type { OpenApiDocument } from "../spec/document.js";

/** The parts of the document each part's `$ref`s name, by the part's hash: found once for a part unchanged from run to run. */
export type RefsByHash = ReadonlyMap<string, readonly string[]>;

/**
 * A key for each path item of `document.paths`, that changes whenever anything an operation
 * of it could read from the document changes: the path item itself, and every part of the
 * document its `$ref`s reach, through the `$ref`s of those parts in turn (a component, or
 * another path item). Watch mode keeps each operation's model and emitted code by its key
 * and its name: a save rebuilds only the operations the edit can reach. What operations read
 * from the document otherwise (its security, servers, title) goes in `shared`, any value.
 * `known`: the last run's `refs`, which this run's are made from where a part is unchanged.
 */
export function pathItemKeys(document: OpenApiDocument, shared: unknown, known: RefsByHash = new Map()): { keys: Map<string, string>; refs: RefsByHash } {
  const parts = new DocumentParts(document, known);
  const sharedHash = hashOf(shared);
  const keys = new Map<string, string>();
  for (const path of Object.keys(document.paths ?? {})) {
    const reached = parts.reachedFrom(idOf(["paths", path]));
    const hash = createHash("sha1").update(sharedHash);
    for (const part of [...reached].sort()) hash.update(`\0${part}\0${parts.get(part).hash}`);
    keys.set(path, hash.digest("base64"));
  }
  return { keys, refs: parts.refsByHash };
}

/** The document in parts: each component, each path item, and each other top-level member whole. */
class DocumentParts {
  readonly #parts = new Map<string, { hash: string; refs: readonly string[] }>();
  readonly refsByHash = new Map<string, readonly string[]>();
  constructor(
    private readonly document: OpenApiDocument,
    private readonly known: RefsByHash,
  ) {}

  /** A part's hash and the parts its `$ref`s name, read from its JSON only where the hash is new. */
  get(id: string): { hash: string; refs: readonly string[] } {
    let part = this.#parts.get(id);
    if (part === undefined) {
      const value = valueAt(this.document, segmentsOf(id));
      const hash = hashOf(value);
      const refs = this.known.get(hash) ?? this.refsByHash.get(hash) ?? refsIn(value);
      this.refsByHash.set(hash, refs);
      this.#parts.set(id, (part = { hash, refs }));
    }
    return part;
  }

  /** `start` and every part reached from it. */
  reachedFrom(start: string): Set<string> {
    const reached = new Set([start]);
    for (const id of reached) for (const ref of this.get(id).refs) reached.add(ref);
    return reached;
  }
}

/**
 * A value's hash, as V8 serializes it: unlike JSON, that tells apart values the generator prints
 * differently (YAML's `.inf`, `.nan` and `null`, a JSON `1e400`, `-0`), and takes two thirds of
 * JSON's time.
 */
function hashOf(value: unknown): string {
  return createHash("sha1").update(serialize(value)).digest("base64");
}

/** The parts the `$ref`s in `value` point into. */
function refsIn(value: unknown): string[] {
  const json = JSON.stringify(value) ?? "undefined";
  return [...json.matchAll(refPattern)].map((match) => partOfRef(JSON.parse(`"${match[1]!}"`) as string));
}

/** A `$ref` with a string value, as JSON writes it (a property named `$ref` holds an object). */
const refPattern = /"\$ref":"((?:[^"\\]|\\.)*)"/g;

/**
 * The part a `$ref` points into, as resolve() reads it (RFC 6901, percent-decoded). One that
 * leaves the document (none should, once bundled) or cannot be read counts as the whole.
 */
function partOfRef(ref: string): string {
  if (!ref.startsWith("#")) return whole;
  try {
    const segments = ref.slice(1).split("/").slice(1).map((raw) => decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~"));
    return idOf(segments.slice(0, segments[0] === "components" ? 3 : segments[0] === "paths" || segments[0] === "webhooks" ? 2 : 1));
  } catch {
    return whole;
  }
}

const whole = "[]";

/** A part's id: its segments as JSON (`[]`, the whole document). */
function idOf(segments: readonly string[]): string {
  return JSON.stringify(segments);
}

function segmentsOf(id: string): string[] {
  return JSON.parse(id) as string[];
}

function valueAt(document: OpenApiDocument, segments: readonly string[]): unknown {
  let node: unknown = document;
  for (const segment of segments) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
