/** What every generated file says first: where it comes from, and not to edit it. */
export function doNotEditNotice(specName: string): string {
  return `Generated from ${specName} by this project's OpenAPI generator. DO NOT EDIT.`;
}

/** The header of a generated TypeScript or JavaScript file. */
export function doNotEditHeader(specName: string): string {
  return [`// ${doNotEditNotice(specName)}`, "// Change the spec and run the generator again; its `--check` fails when this file is stale.", ""].join("\n");
}

/** A generated JSON document: the notice as its first field, since JSON has no comments. */
export function jsonWithNotice(specName: string, document: object): string {
  return `${JSON.stringify({ "x-generated": doNotEditNotice(specName), ...document }, null, 2)}\n`;
}

/** Whether a file's text starts with the notice, so stale generated files can be told from hand-written ones. */
export function hasDoNotEditHeader(text: string): boolean {
  return /^(\/\/ |\{\s*"x-generated": ")Generated from .* DO NOT EDIT\./.test(text);
}
