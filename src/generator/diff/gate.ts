/**
 * The diff in the build step. `npm run generate` says in one line what the spec's change since
 * the last generation does to callers; `--check` refuses breaking changes against a base (by
 * default the spec as committed) unless the spec's `info.version` major went up or each change
 * is acknowledged in `openapi.changes.json` beside the spec, a file the team commits.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ExitCode, GeneratorError } from "../errors.js";
import type { OpenApiDocument } from "../spec/document.js";
import { summarize, type Change } from "./changes.js";
import { compareDocuments } from "./compare-documents.js";
import { withoutRepeats } from "./diff-specs.js";
import { buildReport, countLine, type Report } from "./report.js";
import { loadVersion } from "./sources.js";

/** The file, beside the spec, that acknowledges breaking changes a release makes on purpose. */
export const acknowledgementsFile = "openapi.changes.json";

/** What a change is known by in the acknowledgements file: enough to tell it from others, stable across runs. */
export interface Acknowledgement {
  operation?: string;
  kind: string;
  pointer?: string;
  /** Why the change is made; for the team, not matched. */
  reason?: string;
}

/**
 * The line `npm run generate` prints when the client's surface changed since the last run
 * (`previous`: the docs spec it wrote then), or undefined when nothing a caller sees changed.
 */
export function sinceLastRun(previous: OpenApiDocument | undefined, current: OpenApiDocument): string | undefined {
  if (previous === undefined) return undefined;
  const summary = summarize(withoutRepeats(compareDocuments(previous, current)));
  if (summary.breaking + summary.nonBreaking + summary.info === 0) return undefined;
  return `${countLine(summary)} change(s) since the last run; \`npm run diff\` for the list`;
}

export interface GateResult {
  report: Report;
  /** Breaking changes neither acknowledged nor covered by a major version bump. */
  refused: Change[];
  majorBumped: boolean;
}

/**
 * The breaking changes from `base` (a spec file or `git:REV:path`) to `spec` that a release may
 * not make silently. Undefined when there is no base to compare with (no git repository, or
 * the spec is new in it).
 */
export async function checkBreaking(spec: string, base: string): Promise<GateResult | undefined> {
  let before;
  try {
    before = await loadVersion(base);
  } catch (error) {
    if (error instanceof GeneratorError && base.startsWith("git:")) return undefined;
    throw error;
  }
  const after = await loadVersion(spec);
  const report = buildReport(before.label, after.label, withoutRepeats(compareDocuments(before.document, after.document, { locate: after.locate })));
  const majorBumped = major(after.document) > major(before.document);
  const acknowledged = readAcknowledgements(join(dirname(spec), acknowledgementsFile));
  const refused = majorBumped ? [] : report.changes.filter((change) => change.severity === "breaking" && !acknowledged.some((ack) => matches(ack, change)));
  return { report, refused, majorBumped };
}

/** What `--check` prints when it refuses: one line, the changes, and the two ways forward. */
export function refusal(result: GateResult, specFile: string): GeneratorError {
  const { report, refused } = result;
  const entries = refused.map((change): Acknowledgement => ({ ...(change.operation ? { operation: change.operation } : {}), kind: change.kind, ...(change.pointer ?? change.basePointer ? { pointer: change.pointer ?? change.basePointer } : {}), reason: "..." }));
  return new GeneratorError(`${refused.length} breaking change(s) against ${report.base} (${countLine(report.summary)}; suggested version bump: ${report.suggestedBump})`, ExitCode.breaking, [
    ...refused.map((change) => `${change.operation ? `${change.operation}: ` : ""}${change.message}${change.location ? ` (${change.location})` : ""}`),
    `to release them, raise the major of info.version in ${specFile}, or acknowledge each in ${join(dirname(specFile), acknowledgementsFile)}:`,
    ...JSON.stringify({ acknowledged: entries }, null, 2).split("\n"),
  ]);
}

function matches(ack: Acknowledgement, change: Change): boolean {
  return ack.kind === change.kind && (ack.operation === undefined || ack.operation === change.operation) && (ack.pointer === undefined || ack.pointer === change.pointer || ack.pointer === change.basePointer);
}

function readAcknowledgements(file: string): Acknowledgement[] {
  if (!existsSync(file)) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new GeneratorError(`${file}: not valid JSON: ${(error as Error).message}`, ExitCode.badSpec);
  }
  const list = (parsed as { acknowledged?: unknown })?.acknowledged;
  if (!Array.isArray(list) || !list.every((entry) => entry !== null && typeof entry === "object" && typeof (entry as Acknowledgement).kind === "string")) {
    throw new GeneratorError(`${file}: expected {"acknowledged": [{"kind": ..., "operation"?: ..., "pointer"?: ...}]}`, ExitCode.badSpec);
  }
  return list as Acknowledgement[];
}

/** The major of `info.version` when it reads as semantic versioning (`v2.1.0`, `2.1`), else -1. */
function major(document: OpenApiDocument): number {
  const match = /^v?(\d+)(\.|$)/.exec(String(document.info?.version ?? ""));
  return match ? Number(match[1]) : -1;
}
