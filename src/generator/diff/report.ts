/**
 * The change report in three forms: text for a terminal, Markdown for a pull-request comment,
 * and JSON for tools (its shape is documented in README.md and stays stable).
 */
import { suggestedBump, summarize, type Bump, type Change, type Severity, type Summary } from "./changes.js";

export interface Report {
  /** What was compared: `git:HEAD:openapi.yaml`, a file path. */
  base: string;
  head: string;
  summary: Summary;
  suggestedBump: Bump;
  changes: Change[];
}

export type ReportFormat = "text" | "json" | "markdown";

const order: Record<Severity, number> = { breaking: 0, "non-breaking": 1, info: 2 };

/** The changes, most severe first, then by operation, in a stable order. */
export function buildReport(base: string, head: string, changes: Change[]): Report {
  const sorted = [...changes].sort((a, b) => order[a.severity] - order[b.severity] || (a.operation ?? "").localeCompare(b.operation ?? "") || a.message.localeCompare(b.message));
  const summary = summarize(sorted);
  return { base, head, summary, suggestedBump: suggestedBump(summary), changes: sorted };
}

export function formatReport(report: Report, format: ReportFormat): string {
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  return format === "markdown" ? markdown(report) : text(report);
}

/** `2 breaking, 3 non-breaking, 1 info` */
export function countLine({ breaking, nonBreaking, info }: Summary): string {
  return `${breaking} breaking, ${nonBreaking} non-breaking, ${info} info`;
}

function text(report: Report): string {
  const lines = [`${report.base} -> ${report.head}: ${countLine(report.summary)}; suggested version bump: ${report.suggestedBump}`];
  for (const [operation, changes] of grouped(report.changes)) {
    lines.push("", operation);
    for (const change of changes) {
      const where = change.location ?? change.pointer ?? change.basePointer ?? "";
      lines.push(`  ${change.severity.padEnd(12)} ${change.side.padEnd(9)} ${change.message}`, ...(where ? [`  ${"".padEnd(22)} ${where}${change.location && change.pointer ? ` ${change.pointer}` : ""}`] : []));
    }
  }
  return `${lines.join("\n")}\n`;
}

function markdown(report: Report): string {
  const icon: Record<Severity, string> = { breaking: "🔴 breaking", "non-breaking": "🟢 non-breaking", info: "ℹ️ info" };
  const lines = [
    `### API changes: ${countLine(report.summary)}`,
    "",
    `\`${report.base}\` → \`${report.head}\`. Suggested version bump: **${report.suggestedBump}**.`,
  ];
  if (report.changes.length === 0) return `${[...lines, "", "No change a caller of the client can see."].join("\n")}\n`;
  lines.push("", "| | operation | change | where |", "| --- | --- | --- | --- |");
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  for (const change of report.changes) {
    const operation = change.operation ? `\`${cell(change.operation)}\`${change.function ? ` (\`${change.function}\`)` : ""}` : "(all)";
    const where = change.location ?? change.pointer ?? change.basePointer ?? "";
    lines.push(`| ${icon[change.severity]} | ${operation} | ${cell(change.message)} | ${where ? `\`${cell(where)}\`` : ""} |`);
  }
  return `${lines.join("\n")}\n`;
}

/** Changes by operation ("(document)" for those every call shares), in report order. */
function grouped(changes: Change[]): Map<string, Change[]> {
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    const key = change.operation ? `${change.operation}${change.function ? ` (${change.function})` : ""}` : "(every operation)";
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  return groups;
}
