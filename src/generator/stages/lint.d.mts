import { BaseResolver, type Config, type NormalizedProblem, type Source } from "@redocly/openapi-core";
import type { LintByParts } from "./lint-by-parts.mjs";

/** A problem of Redocly's as a run reports it. */
export interface LintFinding {
  severity: NormalizedProblem["severity"];
  message: string;
  /** Where it is, as a pointer into its file (`#/paths/...`); "" when Redocly gives none. */
  pointer: string;
  /** `file:line:col #/pointer severity rule: message` */
  line: string;
}
/** The lint config in the file at `path`, or lenient rules (the structure, and `$ref`s that resolve) when there is none. */
export function lintConfig(path: string | undefined): Promise<Config>;
/** Redocly's resolver, reading `.json` with JSON.parse, and files through `readFile` when given one; it keeps each local file's sha256. */
export class SpecResolver extends BaseResolver {
  constructor(config: ConstructorParameters<typeof BaseResolver>[0], readFile?: (path: string) => Promise<string>);
  /** The sha256 of each local file read, by absolute path. */
  readonly digests: Map<string, string>;
  /** Local files it could not read (gone, a folder), by absolute path. */
  readonly unread: Set<string>;
  /** The documents JSON.parse made: none holds one object in two places. */
  readonly parsedAsJson: WeakSet<object>;
}
/** A file and the sha256 of its bytes as read; null where it could not be read. */
export type FileRead = readonly [file: string, sha256: string | null];
/** Each local file the resolver tried: its sha256, or null where it could not read it. */
export function readsOf(resolver: SpecResolver): FileRead[];
/** Redocly's lint of the spec at `specPath`, each problem as a finding; with `byParts`, by the parts a save changed when it can. Throws what Redocly throws. */
export function lintFindings(specPath: string, config: Config, resolver: BaseResolver, byParts?: { lint: LintByParts; configKey: string }): Promise<LintFinding[]>;
export function findingOf(problem: NormalizedProblem): LintFinding;
/** `file:line:col #/pointer` */
export function where(location: { source: Source; pointer?: string; reportOnKey?: boolean }): string;
/** Relative to the working folder when inside it, absolute otherwise. */
export function isOverHttp(ref: string): boolean;
export function displayPath(absolute: string): string;
