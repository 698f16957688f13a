/**
 * What makes `npm run generate` instant when nothing changed: a manifest in the output
 * folder recording a hash of every input (the spec and the files it `$ref`s, the lint
 * config, the generator's own code and its dependencies' versions, the options) and of
 * every output. It also says which files in that folder are the generator's: the only ones
 * it may ever overwrite or remove (output-plan.ts). Light on purpose: it loads none of the
 * heavy generator modules.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { doNotEditNotice } from "./emit/header.js";
import type { OutputFolder } from "./output-folder.js";
import { fileDigest } from "./hash.mjs";
import { builtFiles, hashOf, manifestFile, sha256, type OutputFile } from "./output-files.js";
import { dependencyManifest, packageRoot, sourceOrCompiled } from "./package-files.js";
import { runSettings } from "./run-settings.js";

export interface Manifest {
  "x-generated": string;
  /** Hash of every input, the generator included, and of the lists below: a hand edit of this file makes it stale. */
  fingerprint: string;
  /** The spec and every file it pulls in, relative to the spec's folder. */
  inputs: string[];
  /** Each output file's hash, so a hand edit is noticed too. */
  outputs: Record<string, string>;
  /** Files built from the outputs (the HTML docs): the generator's too, but not compared. */
  built: string[];
}

/**
 * The generator's own code and the versions of what it runs on: a change to either changes every
 * output. Worked out once per process, as the code it runs is loaded once (watch mode would
 * read and hash it twice a save).
 */
let generatorHashOnce: string | undefined;
function generatorHash(): string {
  return (generatorHashOnce ??= hashOfGenerator());
}

function hashOfGenerator(): string {
  const root = packageRoot;
  const src = join(root, "src");
  const files = [...listFiles(join(src, "generator")), ...["cli/program.ts", "runtime/operation.ts", "runtime/schema.ts"].map((file) => sourceOrCompiled(`src/${file}`))];
  const hash = createHash("sha256");
  for (const file of files.sort()) hash.update(relative(root, file)).update(readFileSync(file));
  for (const pkg of ["openapi-typescript", "ts-morph", "@redocly/openapi-core", "@redocly/cli"]) {
    const manifest = dependencyManifest(pkg);
    hash.update(`${pkg}@${manifest ? (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version : "?"}`);
  }
  return hash.digest("hex");
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/**
 * The fingerprint of a run: the generator, the options (as the caller gives them), the
 * content of every input file (the sha256 of its bytes), named relative to the spec's folder
 * so it is the same on every machine, and what the manifest says the run wrote. `digests`
 * are the hashes of files already read and hashed, which are not read again.
 */
function fingerprint(spec: string, inputs: readonly string[], options: Record<string, unknown>, outputs: Record<string, string>, built: readonly string[], digests: ReadonlyMap<string, string>): string {
  const base = dirname(resolve(spec));
  const hash = createHash("sha256").update(generatorHash()).update(JSON.stringify(options));
  for (const file of [...inputs].sort()) hash.update(relative(base, file)).update(digests.get(file) ?? fileDigest(file) ?? "(missing)");
  return hash.update(JSON.stringify({ outputs, built })).digest("hex");
}

/**
 * The options that shape the output, as the fingerprint sees them: resolved, so two spellings
 * of one folder are one run. A lint config is not among them: its file is an input.
 */
export function fingerprintOptions(options: { out: string; runtimeImport?: string; cliImport?: string; userAgent?: string; lint?: boolean }): Record<string, unknown> {
  return { ...runSettings(options), lint: options.lint !== false };
}

/** Each output's hash, by path, in output order. */
export function outputHashes(files: readonly OutputFile[]): Record<string, string> {
  return Object.fromEntries(files.map((file) => [file.path, hashOf(file)]));
}

/** The manifest of a run; `digests`: the sha256 of input files the run has read already, by absolute path. */
export function manifest(spec: string, inputs: readonly string[], options: Record<string, unknown>, outputs: Record<string, string>, digests: ReadonlyMap<string, string> = new Map()): Manifest {
  const base = dirname(resolve(spec));
  return {
    "x-generated": doNotEditNotice(basename(spec)),
    fingerprint: fingerprint(spec, inputs, options, outputs, builtFiles, digests),
    inputs: inputs.map((file) => relative(base, file).split("\\").join("/")).sort(),
    outputs,
    built: [...builtFiles],
  };
}

/** The manifest file as written. */
export function manifestText(record: Manifest): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/**
 * A manifest file's content, or undefined when it is not one this generator could have
 * written: then nothing in the folder counts as ours.
 */
export function parseManifest(text: string): Manifest | undefined {
  try {
    const raw = JSON.parse(text) as Partial<Manifest>;
    const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === "string");
    const outputs = raw.outputs as unknown;
    if (typeof raw.fingerprint !== "string" || !strings(raw.inputs) || typeof outputs !== "object" || outputs === null || !strings(Object.values(outputs))) return undefined;
    // Manifests from before `built` was recorded came from runs that built the docs in the same place.
    return { "x-generated": String(raw["x-generated"]), fingerprint: raw.fingerprint, inputs: raw.inputs, outputs: outputs as Record<string, string>, built: strings(raw.built) ? raw.built : [...builtFiles] };
  } catch {
    return undefined;
  }
}

/**
 * When nothing that shapes the output changed since the folder's manifest was written (it
 * is byte for byte the manifest this run would write): the files that run wrote, by hash,
 * the manifest included. Else undefined, and the caller must generate to know.
 */
export function unchangedOutputs(spec: string, folder: OutputFolder, options: Record<string, unknown>): Map<string, string> | undefined {
  const recorded = folder.manifest;
  if (recorded === undefined || folder.manifestText === undefined) return undefined;
  const base = dirname(resolve(spec));
  const expected = manifestText(manifest(spec, recorded.inputs.map((file) => resolve(base, file)), options, recorded.outputs));
  if (expected !== folder.manifestText) return undefined;
  return new Map([...Object.entries(recorded.outputs), [manifestFile, sha256(folder.manifestText)]]);
}
