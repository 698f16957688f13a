/** True for `#/...`, a URL, a relative path, anything with a `/`, or a `.yaml`/`.json` file name. */
export function isMappingRef(mapping: unknown): mapping is string;
