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
