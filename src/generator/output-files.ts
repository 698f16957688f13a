/** Names of the generated files that other stages and scripts look for. */
export const docsSpecFile = "openapi.docs.json";
export const manifestFile = "generate.manifest.json";

/** A generated file: its path inside the output folder, and its full text. */
export interface OutputFile {
  path: string;
  contents: string;
}

const encoded = new WeakMap<OutputFile, Buffer>();

/**
 * A file's UTF-8 bytes, encoded once: the manifest hashes them, the write stage compares and
 * writes them, and encoding GitHub's 29 MB of output takes about 0.1 s each time.
 */
export function bytesOf(file: OutputFile): Buffer {
  let bytes = encoded.get(file);
  if (!bytes) encoded.set(file, (bytes = Buffer.from(file.contents)));
  return bytes;
}
