/**
 * The two versions a diff compares, from what a user names on the command line: a spec file
 * (YAML or JSON, its `$ref`'d files bundled in), or `git:REV:path`, the spec and every file it
 * `$ref`s as they were at a git revision (`git:HEAD:openapi.yaml`, `git:main:api/spec.yaml`).
 * Each is loaded as the generator loads a spec (bundled, repaired), without linting.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { promisify } from "node:util";
import { getLineColLocation, makeDocumentFromString, Source } from "@redocly/openapi-core";
import { ExitCode, GeneratorError } from "../errors.js";
import type { OpenApiDocument } from "../spec/document.js";
import { lookupPointer } from "../spec/pointer.mjs";
import { loadSpec } from "../stages/load.js";
import { parseJsonSpec } from "../stages/spec-source.mjs";

export interface SpecVersion {
  /** As the user named it. */
  label: string;
  document: OpenApiDocument;
  /** `openapi.yaml:42:7` for a pointer into the spec's own file, where it is written there. */
  locate: (pointer: string) => string | undefined;
}

const run = promisify(execFile);

/** `git:REV:path`, or a file path. */
export async function loadVersion(ref: string, cwd = process.cwd()): Promise<SpecVersion> {
  const git = /^git:([^:]+):(.+)$/.exec(ref);
  const path = resolve(cwd, git ? git[2]! : ref);
  if (!git && !existsSync(path)) throw new GeneratorError(`spec not found: ${ref}`, ExitCode.usage);
  const read = git ? await gitReader(git[1]!, path, ref) : (file: string) => readFile(file, "utf8");
  const { document } = await loadSpec(path, { lint: false, lenientRefs: true, readFile: read });
  const text = await read(path);
  return { label: ref, document, locate: locator(path, text, relative(cwd, path) || path) };
}

/** Reads files as they are at `revision` in the repository that holds `path`. */
async function gitReader(revision: string, path: string, ref: string): Promise<(file: string) => Promise<string>> {
  let top: string;
  try {
    top = (await run("git", ["rev-parse", "--show-toplevel"], { cwd: dirname(path) })).stdout.trim();
    await run("git", ["rev-parse", "--verify", "--quiet", `${revision}^{commit}`], { cwd: top });
  } catch {
    throw new GeneratorError(`${ref}: ${revision} is not a revision of a git repository holding ${path}`, ExitCode.usage);
  }
  return async (file) => {
    const inRepo = relative(top, file).split("\\").join("/");
    try {
      return (await run("git", ["show", `${revision}:${inRepo}`], { cwd: top, maxBuffer: 256 * 2 ** 20 })).stdout;
    } catch {
      throw new Error(`${inRepo} is not in ${revision}`);
    }
  };
}

/** Where a pointer is written in the spec's root file; undefined for what bundling brought in from other files. */
function locator(path: string, text: string, shown: string): (pointer: string) => string | undefined {
  let parsed: unknown;
  let source: Source | undefined;
  return (pointer) => {
    parsed ??= parseJsonSpec(text, path) ?? makeDocumentFromString(text, path).parsed;
    if (lookupPointer(parsed, pointer.replace(/^#/, "")) === undefined) return undefined;
    source ??= new Source(path, text);
    const { start } = getLineColLocation({ source, pointer, reportOnKey: false });
    return `${shown}:${start.line}:${start.col}`;
  };
}
