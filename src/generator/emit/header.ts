/** The first lines of every generated file: where it comes from, and not to edit it. */
export function doNotEditHeader(specName: string): string {
  return [
    `// Generated from ${specName} by this project's OpenAPI generator. DO NOT EDIT.`,
    "// Change the spec and run `npm run generate`; `npm run generate -- --check` fails when this file is stale.",
    "",
  ].join("\n");
}

/** Whether a file's text starts with the header, so stale generated files can be told from hand-written ones. */
export function hasDoNotEditHeader(text: string): boolean {
  return /^\/\/ Generated from .* DO NOT EDIT\./.test(text);
}
