/**
 * A `.json` spec parsed with JSON.parse (4x Redocly's YAML parser on a 13 MB spec); undefined
 * for other files and for text JSON.parse refuses, which Redocly's parser then reports with a line.
 */
export function parseJsonSpec(text: string, path: string): unknown;
/** Reads and parses a spec file as the main thread's resolver does, with the sha256 of its bytes, and whether JSON.parse made it. */
export function readSpecText(path: string): Promise<{ parsed: unknown; hash: string; fromJson: boolean }>;
/** A file's bytes as either thread takes them: the text Redocly reads, and the hash the manifest records. */
export function asRead(bytes: Buffer): { text: string; hash: string };
/** What bundling does to a self-contained 3.x document: adds an empty `components`. */
export function asBundled<T extends object>(document: T): T;
/**
 * True when bundling the document would change nothing but add `components: {}` (with
 * `literalRefs: false`: nothing outside example and default values; with `"local"`, nothing
 * but those and the `$ref`s within the file that stand for literal values).
 */
export function isSelfContained(document: unknown, options?: { literalRefs?: boolean | "local" }): boolean;
/** A `$ref` that Redocly's bundle replaces by a copy of what it points to: where it is, and where that is, as keys from the root. */
export interface InlinedRef {
  at: (string | number)[];
  target: (string | number)[];
}
/** The document with each of `refs` replaced as Redocly's bundler replaces it. */
export function inlineRefs<T>(document: T, refs: readonly InlinedRef[]): T;
