/** The sha256 of the bytes (or of the string's UTF-8), in hex. */
export function sha256(data: Uint8Array | string): string;
/** The sha256 of a file's bytes; undefined when it cannot be read (it is gone). */
export function fileDigest(path: string): string | undefined;
