/** Source text to print as it is inside a literal (an arrow function, an identifier). */
export class Code {
  constructor(readonly text: string) {}
}

/** Prints plain data as a TypeScript literal: `{ method: "post", params: { path: ["id"] } }`. */
export function literal(value: unknown): string {
  if (value instanceof Code) return value.text;
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    return `{ ${entries.map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${literal(v)}`).join(", ")} }`;
  }
  return JSON.stringify(value) ?? "undefined";
}

/**
 * Like `literal`, but across lines where one line would pass `width` characters: an
 * element or property per line, indented by two spaces a level. Deterministic.
 */
export function prettyLiteral(value: unknown, indent = "", width = 100): string {
  const flat = literal(value);
  if (indent.length + flat.length <= width || value instanceof Code || typeof value !== "object" || value === null) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return value.length === 0 ? "[]" : `[\n${value.map((v) => `${inner}${prettyLiteral(v, inner, width)},`).join("\n")}\n${indent}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
  return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${prettyLiteral(v, inner, width)},`).join("\n")}\n${indent}}`;
}
