/**
 * The diff as the command and the build step run it: load both versions, compare them, and
 * build the report. I/O (files, git) happens in sources.ts; the comparison is pure.
 */
import type { Change } from "./changes.js";
import { compareDocuments } from "./compare-documents.js";
import { buildReport, type Report } from "./report.js";
import { loadVersion, type SpecVersion } from "./sources.js";

/** `base` and `head`: spec files or `git:REV:path`. */
export async function diffSpecs(base: string, head: string, cwd = process.cwd()): Promise<Report> {
  const [before, after] = await Promise.all([loadVersion(base, cwd), loadVersion(head, cwd)]);
  return diffVersions(before, after);
}

/** The report from one loaded version to another. */
export function diffVersions(before: SpecVersion, after: SpecVersion): Report {
  return buildReport(before.label, after.label, withoutRepeats(compareDocuments(before.document, after.document, { locate: after.locate })));
}

/** A change met twice on one operation (a field shared by two `oneOf` variants) is reported once. */
export function withoutRepeats(changes: Change[]): Change[] {
  const seen = new Set<string>();
  return changes.filter((change) => {
    const key = JSON.stringify([change.operation, change.kind, change.pointer, change.basePointer, change.message]);
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}
