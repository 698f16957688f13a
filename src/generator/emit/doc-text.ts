import type { FieldDoc, OperationModel } from "../model/types.js";

/** Makes spec text safe inside a `/** ... *\/` comment: no early close, no accidental tags. */
export function docSafe(text: string): string {
  return unclosing(text).replace(/^(\s*)@/gm, "$1\\@").trim();
}

/** Text that cannot end the comment it goes into. */
function unclosing(text: string): string {
  return text.replaceAll("*/", "*\\/");
}

/** The first paragraph of a description, on one line. */
function firstParagraph(text: string): string {
  return text.trim().split(/\n\s*\n/)[0]!.replace(/\s+/g, " ");
}

/** The doc comment of an operation's function: what it does, who may call it, what it takes. */
export function operationDescription(operation: OperationModel): string {
  const parts: string[] = [];
  if (operation.summary) parts.push(operation.summary.trim());
  if (operation.description && operation.description.trim() !== operation.summary?.trim()) parts.push(operation.description.trim());
  if (operation.requiredPermission && !operation.description?.includes(operation.requiredPermission)) {
    parts.push(`Required permission: ${operation.requiredPermission}`);
  }
  parts.push(`\`${operation.method.toUpperCase()} ${operation.path}\``);
  if (operation.fields.length > 0) parts.push(["Input:", ...operation.fields.map(fieldLine)].join("\n"));
  return docSafe(parts.join("\n\n"));
}

/** `` - `sha` (body): `string`, `length 40`. Commit sha to build. `` */
function fieldLine(field: FieldDoc): string {
  const where = [field.location, field.required ? "required" : undefined].filter(Boolean).join(", ");
  const rules = field.constraints.map((rule) => `\`${rule.replaceAll("`", "'")}\``).join(", ");
  const text = [rules, field.description ? firstParagraph(field.description) : ""].filter(Boolean).join(". ");
  return `- \`${field.path}\` (${where})${text ? `: ${text}` : ""}`;
}

/** The one-line doc of a client method. */
export function methodDescription(operation: OperationModel): string {
  const summary = operation.summary ? firstParagraph(operation.summary) : `\`${operation.method.toUpperCase()} ${operation.path}\``;
  return docSafe(`${summary}. See {@link ${operation.name}}.`.replace(/\.\. See/, ". See"));
}

/**
 * A doc comment's text, tags included, laid out as ts-morph lays out a JSDoc structure. Given
 * as one string, it skips the two writers ts-morph makes per comment and per tag (10,000 of
 * them on GitHub's client, a third of its print time). No text it is given can close the
 * comment: tag texts name media types, servers and schemas from the spec.
 */
export function jsDoc(description: string, tags: readonly { tagName: string; text?: string }[] = []): string {
  const tagLines = tags.map(({ tagName, text }) => (text ? `@${tagName}${text.startsWith("\n") ? "" : " "}${unclosing(text)}` : `@${tagName}`));
  return [unclosing(description), ...tagLines].filter((part) => part.length > 0).join("\n");
}
