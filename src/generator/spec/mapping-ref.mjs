// Whether a discriminator mapping's value is a `$ref` (else it is a schema's bare name), as
// @redocly/openapi-core 2.64's `isMappingRef` decides it, word for word. A copy, so the types
// worker need not load Redocly (0.45 s) to repair a spec; a test holds it to Redocly's own.

/** True for `#/...`, a URL, a relative path, anything with a `/`, or a `.yaml`/`.json` file name. */
export function isMappingRef(mapping) {
  return (
    typeof mapping === "string" &&
    (mapping.startsWith("#") || isAbsoluteUrl(mapping) || mapping.startsWith("./") || mapping.startsWith("../") || mapping.indexOf("/") > -1 || /\.(ya?ml|json)$/i.test(mapping))
  );
}

function isAbsoluteUrl(ref) {
  return ref.startsWith("http://") || ref.startsWith("https://") || ref.startsWith("file://") || ref.startsWith("data:");
}
