/**
 * What makes `npm run generate` instant when nothing changed: a manifest in the output
 * folder recording a hash of every input (the spec and the files it `$ref`s, the lint
 * config, the generator's own code and its dependencies' versions, the options) and of
 * every output. Light on purpose: it loads none of the heavy generator modules.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { bytesOf, manifestFile, type OutputFile } from "./output-files.js";
import { packageRoot } from "./package-files.js";

export interface Manifest {
  "x-generated": string;
  /** Hash of every input, the generator included. */
  fingerprint: string;
  /** The spec and every file it pulls in, relative to the spec's folder. */
  inputs: string[];
  /** Each output file's hash, so a hand edit is noticed too. */
  outputs: Record<string, string>;
}

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** The generator's own code and the versions of what it runs on: a change to either changes every output. */
function generatorHash(): string {
  const root = packageRoot;
  const src = join(root, "src");
  const files = [...listFiles(join(src, "generator")), join(src, "cli/program.ts"), join(src, "runtime/operation.ts"), join(src, "runtime/schema.ts")];
  const hash = createHash("sha256");
  for (const file of files.sort()) hash.update(relative(root, file)).update(readFileSync(file));
  for (const pkg of ["openapi-typescript", "ts-morph", "@redocly/openapi-core", "@redocly/cli"]) {
    const manifest = join(root, "node_modules", pkg, "package.json");
    hash.update(`${pkg}@${existsSync(manifest) ? (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version : "?"}`);
  }
  return hash.digest("hex");
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/**
 * The fingerprint of a run: the generator, the options (as the caller gives them) and the
 * content of every input file, named relative to the spec's folder so it is the same on
 * every machine.
 */
export function fingerprint(spec: string, inputs: readonly string[], options: Record<string, unknown>): string {
  const base = dirname(resolve(spec));
  const hash = createHash("sha256").update(generatorHash()).update(JSON.stringify(options));
  for (const file of [...inputs].sort()) hash.update(relative(base, file)).update(existsSync(file) ? readFileSync(file) : "(missing)");
  return hash.digest("hex");
}

/** The options that shape the output, as the fingerprint sees them. */
export function fingerprintOptions(options: { out: string; runtimeImport?: string; cliImport?: string; userAgent?: string; lint?: boolean; lintConfig?: string }): Record<string, unknown> {
  const { out, runtimeImport, cliImport, userAgent, lint, lintConfig } = options;
  return { out, runtimeImport, cliImport, userAgent, lint: lint !== false, lintConfig };
}

export function manifest(spec: string, inputs: readonly string[], options: Record<string, unknown>, outputs: readonly OutputFile[], notice: string): Manifest {
  const base = dirname(resolve(spec));
  return {
    "x-generated": notice,
    fingerprint: fingerprint(spec, inputs, options),
    inputs: inputs.map((file) => relative(base, file).split("\\").join("/")).sort(),
    outputs: Object.fromEntries(outputs.map((file) => [file.path, sha256(bytesOf(file))])),
  };
}

/**
 * Whether the output folder already holds what this run would write: same fingerprint,
 * every output present and untouched. Any doubt (no manifest, unreadable) means no.
 */
export function isUpToDate(spec: string, outDir: string, options: Record<string, unknown>): boolean {
  try {
    const recorded = JSON.parse(readFileSync(join(outDir, manifestFile), "utf8")) as Manifest;
    const base = dirname(resolve(spec));
    const inputs = recorded.inputs.map((file) => resolve(base, file));
    if (recorded.fingerprint !== fingerprint(spec, inputs, options)) return false;
    return Object.entries(recorded.outputs).every(([path, hash]) => existsSync(join(outDir, path)) && sha256(readFileSync(join(outDir, path))) === hash);
  } catch {
    return false;
  }
}
