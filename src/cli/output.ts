/**
 * A success, for people: the command's `x-cli-summary` template filled in, or else the
 * response's scalar fields (inside a `data` envelope if there is one), a line each.
 */
export function humanSummary(body: unknown, template: string | undefined): string {
  if (template) return template.replace(/\{([\w.]+)\}/g, (_, path: string) => show(lookup(body, path)));
  const root = typeof body === "object" && body !== null && "data" in body ? (body as { data: unknown }).data : body;
  if (typeof root !== "object" || root === null) return root === undefined ? "done" : show(root);
  const lines = Object.entries(root).filter(([, value]) => typeof value !== "object" || value === null);
  return lines.length > 0 ? lines.map(([key, value]) => `${key}: ${show(value)}`).join("\n") : JSON.stringify(root);
}

function lookup(value: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined), value);
}

function show(value: unknown): string {
  if (value === undefined || value === null) return "-";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
