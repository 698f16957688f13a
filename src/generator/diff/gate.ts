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
import { diffVersions, withoutRepeats } from "./diff-specs.js";
import { countLine, type Report } from "./report.js";
import { loadVersion, versionExists } from "./sources.js";

/** The file, beside the spec, that acknowledges breaking changes a release makes on purpose. */
export const acknowledgementsFile = "openapi.changes.json";

/**
 * One acknowledged change, as `--check` prints it: its kind and sentence always, and the
 * operation and pointer where it has them. Every field given must match, so an entry stands
 * for the one change it was written for.
 */
export interface Acknowledgement {
  operation?: string;
  kind: string;
  pointer?: string;
  message: string;
  /** Why the change is made; for the team, not matched. */
  reason?: string;
}

/**
 * The line `npm run generate` prints when the client's surface changed since the last run
 * (`previous`: the docs spec it wrote then), or undefined when nothing a caller sees changed.
 */
export function sinceLastRun(previous: OpenApiDocument | undefined, current: OpenApiDocument, diffCommand: string): string | undefined {
  if (previous === undefined) return undefined;
  let summary;
  try {
    summary = summarize(withoutRepeats(compareDocuments(previous, current)));
  } catch (error) {
    // A report, not a gate: whatever the comparison trips on must not stop a generation that succeeded.
    return `could not compare with the last run (${error instanceof Error ? error.message : String(error)})`;
  }
  if (summary.breaking + summary.nonBreaking + summary.info === 0) return undefined;
  return `${countLine(summary)} change(s) since the last run; \`${diffCommand}\` lists the changes since the last commit`;
}

export interface GateResult {
  report: Report;
  /** Breaking changes neither acknowledged nor covered by a major version bump. */
  refused: Change[];
  majorBumped: boolean;
}

/**
 * The breaking changes from `base` (a spec file or `git:REV:path`) to `spec` that a release may
 * not make silently. Undefined when a `git:` base has no such file (no git repository, or the
 * spec is new at that revision, as on the pull request that adds it).
 */
export async function checkBreaking(spec: string, base: string): Promise<GateResult | undefined> {
  if (!(await versionExists(base))) {
    if (base.startsWith("git:")) return undefined;
    throw new GeneratorError(`--base: spec not found: ${base}`, ExitCode.usage);
  }
  const [before, after] = await Promise.all([loadVersion(base), loadVersion(spec)]);
  const report = diffVersions(before, after);
  const majorBumped = isMajorRelease(before.document, after.document);
  const acknowledged = readAcknowledgements(join(dirname(spec), acknowledgementsFile));
  const refused = majorBumped ? [] : report.changes.filter((change) => change.severity === "breaking" && !acknowledged.some((ack) => matches(ack, change)));
  return { report, refused, majorBumped };
}

/** What `--check` prints when it refuses: one line, the changes, and the two ways forward. */
export function refusal(result: GateResult, specFile: string): GeneratorError {
  const { report, refused } = result;
  const entries = refused.map((change): Acknowledgement => ({ ...(change.operation ? { operation: change.operation } : {}), kind: change.kind, ...(change.pointer ?? change.basePointer ? { pointer: change.pointer ?? change.basePointer } : {}), message: change.message, reason: "..." }));
  return new GeneratorError(`${refused.length} breaking change(s) against ${report.base} (${countLine(report.summary)}; suggested version bump: ${report.suggestedBump})`, ExitCode.breaking, [
    ...refused.map((change) => `${change.operation ? `${change.operation}: ` : ""}${change.message}${change.location ? ` (${change.location})` : ""}`),
    `to release them, raise the major of info.version in ${specFile}, or acknowledge each in ${join(dirname(specFile), acknowledgementsFile)}:`,
    ...JSON.stringify({ acknowledged: entries }, null, 2).split("\n"),
  ]);
}

function matches(ack: Acknowledgement, change: Change): boolean {
  return ack.kind === change.kind && ack.message === change.message && (ack.operation === undefined || ack.operation === change.operation) && (ack.pointer === undefined || ack.pointer === (change.pointer ?? change.basePointer));
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
  const valid = (entry: unknown) => entry !== null && typeof entry === "object" && typeof (entry as Acknowledgement).kind === "string" && typeof (entry as Acknowledgement).message === "string";
  if (!Array.isArray(list) || !list.every(valid)) {
    throw new GeneratorError(`${file}: expected {"acknowledged": [{"kind": ..., "message": ..., "operation"?: ..., "pointer"?: ...}]}, as --check prints them`, ExitCode.badSpec);
  }
  return list as Acknowledgement[];
}

/**
 * Whether `info.version` went up as semantic versioning allows a breaking change: a new major,
 * or before 1.0.0 a new minor (`0.1.0` to `0.2.0`). Versions that do not read as `v?1.2.3`
 * (`latest`) never count.
 */
function isMajorRelease(before: OpenApiDocument, after: OpenApiDocument): boolean {
  const parse = (document: OpenApiDocument) => {
    const match = /^v?(\d+)(?:\.(\d+))?(?:\.\d+)?(?:[-+].*)?$/.exec(String(document.info?.version ?? "").trim());
    return match ? { major: Number(match[1]), minor: Number(match[2] ?? 0) } : undefined;
  };
  const [was, now] = [parse(before), parse(after)];
  if (!was || !now) return false;
  return was.major === 0 ? now.major > 0 || now.minor > was.minor : now.major > was.major;
}
