/** The sha256 of the bytes (or of the string's UTF-8), in hex. */
export function sha256(data: Uint8Array | string): string;
