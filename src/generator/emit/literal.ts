/** Source text to print as it is inside a literal (an arrow function, an identifier). */
export class Code {
  constructor(readonly text: string) {}
}

/** Prints plain data as a TypeScript literal: `{ method: "post", params: { path: ["id"] } }`. */
export function literal(value: unknown): string {
  return literalWithin(value, Infinity)!;
}

/**
 * Like `literal`, but across lines where one line would pass `width` characters: an
 * element or property per line, indented by two spaces a level. Deterministic.
 */
export function prettyLiteral(value: unknown, indent = "", width = 100): string {
  const flat = literalWithin(value, width - indent.length);
  if (flat !== undefined || value instanceof Code || typeof value !== "object" || value === null) return flat ?? literal(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) return value.length === 0 ? "[]" : `[\n${value.map((v) => `${inner}${prettyLiteral(v, inner, width)},`).join("\n")}\n${indent}]`;
  const entries = definedEntries(value);
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([k, v]) => `${inner}${propertyKey(k)}: ${prettyLiteral(v, inner, width)},`).join("\n")}\n${indent}}`;
}

/**
 * `literal(value)` when it is at most `limit` characters, else undefined. It stops as soon as
 * the limit is passed: `prettyLiteral` asks this at every level of a large value (the CLI
 * program), and printing each level whole made it quadratic in the depth.
 */
function literalWithin(value: unknown, limit: number): string | undefined {
  if (value instanceof Code) return within(value.text, limit);
  if (typeof value !== "object" || value === null) return within(JSON.stringify(value) ?? "undefined", limit);
  const array = Array.isArray(value);
  // Brackets, and the spaces inside an object's braces.
  const frame = array ? 2 : 4;
  let body = "";
  let count = 0;
  // Built as one string, with no list of entries: this prints every literal the emitters make.
  const add = (prefix: string, item: unknown): boolean => {
    const separator = count === 0 ? "" : ", ";
    const text = literalWithin(item, limit - frame - body.length - separator.length - prefix.length);
    if (text === undefined) return false;
    body += separator + prefix + text;
    count++;
    return frame + body.length <= limit;
  };
  if (array) {
    for (const item of value) if (!add("", item)) return undefined;
  } else {
    for (const name in value) {
      const item = (value as Record<string, unknown>)[name];
      if (item !== undefined && Object.hasOwn(value, name) && !add(`${propertyKey(name)}: `, item)) return undefined;
    }
  }
  if (count === 0) return array ? "[]" : "{}";
  return array ? `[${body}]` : `{ ${body} }`;
}

function within(text: string, limit: number): string | undefined {
  return text.length <= limit ? text : undefined;
}

function definedEntries(value: object): [string, unknown][] {
  return Object.entries(value).filter(([, v]) => v !== undefined);
}

/** A property name as written in a literal: bare when it is an identifier, else quoted. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}
