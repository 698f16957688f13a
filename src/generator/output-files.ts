import { sha256 } from "./hash.mjs";

export { sha256 };

/** Names of the generated files that other stages and scripts look for. */
export const docsSpecFile = "openapi.docs.json";
export const manifestFile = "generate.manifest.json";
/** The HTML docs, built from `docsSpecFile` by Redocly after the other files are written. */
export const docsHtmlFile = "docs/index.html";
/** Files built from the outputs by another tool: ours to overwrite, but never compared. */
export const builtFiles: readonly string[] = [docsHtmlFile];

/** A generated file: its path inside the output folder, and its full text. */
export interface OutputFile {
  path: string;
  contents: string;
}

const encoded = new WeakMap<OutputFile, Buffer>();
const hashed = new WeakMap<OutputFile, string>();
/**
 * The last contents hashed under each output path, as text and bytes, with their hash. In watch
 * mode most saves leave most files as they were: a file whose text, or whose bytes on disk, are
 * the same as last time is not encoded or hashed again (0.1-0.2 s of a save on GitHub's spec).
 */
const lastHashed = new Map<string, { text: string; bytes: Buffer; hash: string }>();

/**
 * A file's UTF-8 bytes, encoded once: the manifest hashes them, the write stage compares and
 * writes them, and encoding GitHub's 29 MB of output takes about 0.1 s each time.
 */
export function bytesOf(file: OutputFile): Buffer {
  let bytes = encoded.get(file);
  if (!bytes) {
    const last = lastHashed.get(file.path);
    encoded.set(file, (bytes = last?.text === file.contents ? last.bytes : utf8(file.contents)));
  }
  return bytes;
}

const encoder = new TextEncoder();

/** A string's UTF-8 bytes, as Buffer.from makes them (a lone surrogate as U+FFFD): TextEncoder is 3-4 times faster on a two-byte string (40 -> 10 ms on 13 MB). */
function utf8(text: string): Buffer {
  const bytes = encoder.encode(text);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A file's sha256, computed once: the manifest records it and the plan compares it with the disk. */
export function hashOf(file: OutputFile): string {
  let hash = hashed.get(file);
  if (hash !== undefined) return hash;
  // bytesOf hands back the last bytes themselves when the text is the last text.
  const bytes = bytesOf(file);
  const last = lastHashed.get(file.path);
  hash = last?.bytes === bytes ? last.hash : sha256(bytes);
  lastHashed.set(file.path, { text: file.contents, bytes, hash });
  hashed.set(file, hash);
  return hash;
}

/** The sha256 of the bytes of output file `path` as read from disk: known when they are the bytes last hashed under that path. */
export function hashOfRead(path: string, bytes: Buffer): string {
  const last = lastHashed.get(path);
  return last?.bytes.equals(bytes) ? last.hash : sha256(bytes);
}
