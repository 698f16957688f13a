// Redocly's lint as either thread runs it: the main thread (load.ts) and, in watch mode, the
// lint worker beside it (lint-worker.mjs), so both read, lint and report a spec alike. Plain
// JavaScript: the worker runs without a TypeScript loader. Types: lint.d.mts.
import { lstatSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { BaseResolver, createConfig, getLineColLocation, isMappingRef, lint, loadConfig, ResolveError, Source } from "@redocly/openapi-core";
import { lookupPointer } from "../spec/pointer.mjs";
import { asRead, parseJsonSpec } from "./spec-source.mjs";

/**
 * For a spec with no Redocly config of its own: whether it can be read whole (an error)
 * and whether it follows the OpenAPI structure (warnings: real specs put `nullable` in 3.1
 * and still generate). Style is for the spec's own config; checking every example, as
 * Redocly's `minimal` set does, costs seconds on a spec like GitHub's.
 */
const lenientRules = { rules: { struct: "warn", "no-unresolved-refs": "error" } };

/** The lint config in the file at `path`, or the lenient rules when there is none. */
export function lintConfig(path) {
  return path === undefined ? createConfig(lenientRules) : loadConfig({ configPath: path });
}

/**
 * Redocly's resolver, reading `.json` files with JSON.parse (see spec-source.mjs), and files
 * through `readFile` when given one. It keeps the hash of each local file's bytes.
 */
export class SpecResolver extends BaseResolver {
  digests = new Map();
  /** Local files it could not read (gone, a folder): a lint's reads are compared with another's, these included. */
  unread = new Set();
  /** The documents JSON.parse made: none holds one object in two places. */
  parsedAsJson = new WeakSet();

  constructor(config, readFile) {
    super(config);
    this.readFile = readFile;
  }

  async loadExternalRef(absoluteRef) {
    if (isOverHttp(absoluteRef)) return super.loadExternalRef(absoluteRef);
    let bytes;
    try {
      bytes = this.readFile ? Buffer.from(await this.readFile(absoluteRef)) : await readLocalFile(absoluteRef);
    } catch (error) {
      this.unread.add(absoluteRef);
      // As Redocly reports a file it cannot read: an unresolved $ref where one is, a stop for the spec itself.
      throw new ResolveError(error instanceof Error ? error : new Error(String(error)));
    }
    const { text, hash } = asRead(bytes);
    this.digests.set(absoluteRef, hash);
    return new Source(absoluteRef, text);
  }

  parseDocument(source, isRoot) {
    const parsed = parseJsonSpec(source.body, source.absoluteRef);
    if (parsed === undefined) return super.parseDocument(source, isRoot);
    if (parsed !== null && typeof parsed === "object") this.parsedAsJson.add(parsed);
    return { source, parsed };
  }
}

/** Each local file the resolver tried, with the sha256 of its bytes, or null where it could not read it. */
export function readsOf(resolver) {
  return [...resolver.digests, ...[...resolver.unread].map((file) => [file, null])];
}

/** A file's bytes, refused as Redocly refuses it (a folder, or what the system cannot read), in Redocly's words. */
async function readLocalFile(path) {
  try {
    if (lstatSync(path).isDirectory()) throw new Error(`Expected a file but received a folder at ${path}.`);
    return await readFile(path);
  } catch (error) {
    if (error instanceof Error) error.message = error.message.replace(", lstat", "");
    throw error;
  }
}

/**
 * Redocly's lint of the spec at `specPath`, each problem as a finding; with `byParts` (watch
 * mode's lint worker), by the parts a save changed when it can (lint-by-parts.mjs). Throws
 * what Redocly throws (load.ts's `guard` words it).
 */
export async function lintFindings(specPath, config, resolver, byParts) {
  const problems = byParts ? await byParts.lint.problems(specPath, config, byParts.configKey, resolver) : await lint({ ref: specPath, config, externalRefResolver: resolver });
  return (await withoutBareMappingNames(problems, resolver)).map(findingOf);
}

/** A problem of Redocly's as the run reports it: its line, and what decides what is done with it. */
export function findingOf(problem) {
  return { severity: problem.severity, message: problem.message, pointer: problem.location[0]?.pointer ?? "", line: formatProblem(problem) };
}

/**
 * Redocly's `no-unresolved-refs` reads a discriminator mapping's bare schema name (`dog: Dog`,
 * which the specification allows) as a file name, and fails to find it: not a problem.
 * repairs.mjs turns the names into `$ref`s, and warns of names no schema has.
 */
async function withoutBareMappingNames(problems, resolver) {
  const kept = [];
  for (const problem of problems) {
    const location = problem.location[0];
    if (problem.ruleId === "no-unresolved-refs" && location?.pointer && /\/discriminator\/mapping\/[^/]+$/.test(location.pointer)) {
      const document = await resolver.resolveDocument(null, location.source.absoluteRef);
      const value = document instanceof Error ? undefined : lookupPointer(document.parsed, location.pointer.slice(1));
      if (typeof value === "string" && !isMappingRef(value)) continue;
    }
    kept.push(problem);
  }
  return kept;
}

/** `openapi.yaml:12:7 #/paths/~1a/get error operation-4xx-response: Operation must have at least one 4XX response.` */
function formatProblem(problem) {
  const location = problem.location[0];
  return `${location ? where(location) : "(unknown location)"} ${problem.severity} ${problem.ruleId}: ${problem.message}`;
}

/** `file:line:col #/pointer` */
export function where(location) {
  const { start } = getLineColLocation(location);
  return `${displayPath(location.source.absoluteRef)}:${start.line}:${start.col} ${location.pointer ?? "#/"}`;
}

/** A `$ref` Redocly reads over http, not from a file (its isAbsoluteUrl, less `file://`). */
export function isOverHttp(ref) {
  return ref.startsWith("http://") || ref.startsWith("https://");
}

/** Relative to the working folder when inside it, absolute otherwise. */
export function displayPath(absolute) {
  // A file read over http goes by its URL: path.relative would take it for a relative path, and fold its `//`.
  if (isOverHttp(absolute)) return absolute;
  const path = relative(process.cwd(), absolute);
  return path.startsWith("..") ? absolute : path;
}
