// The one hash of file contents, in plain JavaScript so the types worker shares it: the
// manifest, the mid-run change check and the worker's read of the spec all compare these.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** The sha256 of the bytes (or of the string's UTF-8), in hex. */
export function sha256(data) {
  return createHash("sha256").update(data).digest("hex");
}

/** The sha256 of a file's bytes; undefined when it cannot be read (it is gone). */
export function fileDigest(path) {
  try {
    return sha256(readFileSync(path));
  } catch {
    return undefined;
  }
}
