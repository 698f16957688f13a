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
import { getLineColLocation, makeDocumentFromString } from "@redocly/openapi-core";
import { ExitCode, GeneratorError } from "../errors.js";
import type { OpenApiDocument } from "../spec/document.js";
import { lookupPointer } from "../spec/pointer.mjs";
import { loadSpec } from "../stages/load.js";
import { parseJsonSpec } from "../stages/spec-source.mjs";
import { jsonLocations } from "./json-locations.js";

export interface SpecVersion {
  /** As the user named it. */
  label: string;
  document: OpenApiDocument;
  /** `openapi.yaml:42:7` for each pointer into the spec's own file that is written there. */
  locate: (pointers: string[]) => Map<string, string>;
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

/**
 * Whether there is a version to load: false for `git:REV:path` outside a git repository or
 * with the spec not yet in that revision (nothing to compare with), and for a missing file.
 * A revision the repository does not have is a mistake, not an absence: it stops (exit 3).
 */
export async function versionExists(ref: string, cwd = process.cwd()): Promise<boolean> {
  const git = /^git:([^:]+):(.+)$/.exec(ref);
  const path = resolve(cwd, git ? git[2]! : ref);
  if (!git) return existsSync(path);
  let top: string;
  try {
    top = (await run("git", ["rev-parse", "--show-toplevel"], { cwd: existsSync(dirname(path)) ? dirname(path) : cwd })).stdout.trim();
  } catch {
    return false;
  }
  await gitReader(git[1]!, path, ref);
  try {
    await run("git", ["cat-file", "-e", `${git[1]}:${relative(top, path).split("\\").join("/")}`], { cwd: top });
    return true;
  } catch {
    return false;
  }
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

/**
 * Where pointers are written in the spec's root file; what bundling brought in from other files
 * is not there. JSON is scanned for just those pointers; YAML goes through Redocly's parser.
 */
function locator(path: string, text: string, shown: string): (pointers: string[]) => Map<string, string> {
  return (pointers) => {
    const found = new Map<string, string>();
    if (parseJsonSpec(text, path) !== undefined) {
      for (const [pointer, at] of jsonLocations(text, pointers)) found.set(pointer, `${shown}:${at}`);
      return found;
    }
    const { parsed, source } = makeDocumentFromString(text, path);
    for (const pointer of pointers) {
      if (lookupPointer(parsed, pointer.replace(/^#/, "")) === undefined) continue;
      const { start } = getLineColLocation({ source, pointer, reportOnKey: false });
      found.set(pointer, `${shown}:${start.line}:${start.col}`);
    }
    return found;
  };
}
