import { redacted, redactStrings } from "./redact.js";

/** Headers whose values are credentials, whatever the API calls them. */
const secretHeader = /authorization|cookie|token|secret|api-?key|password/i;

/** Request headers as shown in logs and dry runs: credentials replaced. */
export function showHeaders(headers: Headers): Record<string, string> {
  const shown: Record<string, string> = {};
  headers.forEach((value, name) => {
    shown[name] = secretHeader.test(name) ? (/^bearer /i.test(value) ? `Bearer ${redacted}` : redacted) : value;
  });
  return shown;
}

/** A body as one line of JSON, secrets cut, at most `limit` characters. */
export function showBody(body: unknown, secrets: readonly string[], limit = 2_000): string {
  if (body === undefined) return "(none)";
  let text: string;
  try {
    text = typeof body === "string" ? body : (JSON.stringify(redactStrings(body, secrets)) ?? String(body));
  } catch {
    // Nested deeper than JSON.stringify can go: a log line must not fail the call it reports.
    return "(not shown: nested too deeply)";
  }
  const clean = redactStrings(text, secrets) as string;
  return clean.length > limit ? `${clean.slice(0, limit)}... (${clean.length} characters)` : clean;
}
