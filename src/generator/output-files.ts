/** Names of the generated files that other stages and scripts look for. */
export const docsSpecFile = "openapi.docs.json";
export const manifestFile = "generate.manifest.json";
