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
 * A file's UTF-8 bytes, encoded once: the manifest hashes them, the write stage compares and
 * writes them, and encoding GitHub's 29 MB of output takes about 0.1 s each time.
 */
export function bytesOf(file: OutputFile): Buffer {
  let bytes = encoded.get(file);
  if (!bytes) encoded.set(file, (bytes = Buffer.from(file.contents)));
  return bytes;
}

/** A file's sha256, computed once: the manifest records it and the plan compares it with the disk. */
export function hashOf(file: OutputFile): string {
  let hash = hashed.get(file);
  if (hash === undefined) hashed.set(file, (hash = sha256(bytesOf(file))));
  return hash;
}
