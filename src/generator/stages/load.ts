import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { BaseResolver, bundle, findConfig, getLineColLocation, type Config, type Document, type NormalizedProblem, type Source } from "@redocly/openapi-core";
import { ExitCode, GeneratorError, InputChangedError } from "../errors.js";
import { fileDigest } from "../hash.mjs";
import { sha256 } from "../output-files.js";
import type { OpenApiDocument } from "../spec/document.js";
import { findRefCycle } from "../spec/pointer.mjs";
import { repairSpec, type Repair } from "../spec/repairs.mjs";
import { declareTemplateParameters, type AddedParameter } from "../spec/template-parameters.mjs";
import { inlinedRefs } from "./inlined-refs.js";
import type { LintedElsewhere } from "./lint-in-worker.js";
import { displayPath, findingOf, isOverHttp, lintConfig, lintFindings, readsOf, SpecResolver, where, type FileRead, type LintFinding } from "./lint.mjs";
import { asBundled, inlineRefs, isSelfContained, type InlinedRef } from "./spec-source.mjs";

export { displayPath };

export interface LoadOptions {
  /** A Redocly config file. Default: `redocly.yaml` beside the spec, else structure and `$ref` checks only. */
  lintConfig?: string;
  /** Lint before bundling (default true). Bundling still stops on broken `$ref`s. */
  lint?: boolean;
  /**
   * Lints elsewhere (watch mode's lint worker, lint-in-worker.ts) while this thread goes on:
   * see loadSpecWhileLinting. A lint that fails there is run here, to be worded as here.
   */
  lintElsewhere?: (spec: string, configPath: string | undefined) => Promise<LintedElsewhere>;
  /** Reads the spec and the files it `$ref`s, by absolute path, from elsewhere than the disk (a git revision). */
  readFile?: (path: string) => Promise<string>;
  /**
   * Use a spec whose every `$ref` is within its file as parsed, without bundling, even unlinted
   * and with `$ref`s left in its examples (a `$ref` to nowhere then goes unreported): for readers
   * that take such a `$ref` as "any" and never read examples, like the diff.
   */
  lenientRefs?: boolean;
}

export interface LoadedSpec {
  /** The spec bundled into one document: every `$ref` local (`#/...`). */
  document: OpenApiDocument;
  /** Every file this result depends on: the spec, the files it `$ref`s, the lint config. */
  files: string[];
  /** Lint warnings, and path parameters the spec forgot to declare, one `file:line:col` line each. */
  warnings: string[];
  /**
   * The sha256 of each local file read (the spec, the files it `$ref`s, the lint config), by
   * absolute path, of its bytes as read: what the manifest records, and what must still be on
   * disk when the run ends.
   */
  digests: ReadonlyMap<string, string>;
  /**
   * False when the spec stood alone and `document` is the file as parsed, its literal `$ref`s
   * copied in (inlined-refs.ts), plus `components: {}` and the path parameters it forgot
   * (template-parameters.mjs), as the types worker makes it too.
   */
  bundled: boolean;
}

/** A spec loaded while its lint may still be running elsewhere: what can be built from it meanwhile, and the lint's verdict to come. */
export interface LoadingSpec extends Omit<LoadedSpec, "warnings"> {
  /** Waits for the lint: the whole LoadedSpec, its warnings included, or the lint's errors thrown. */
  checked(): Promise<LoadedSpec>;
  /** Throws `error`, met while the lint ran, once the lint has none: as in a run that linted first, the lint's errors come first. */
  failed(error: unknown): Promise<never>;
}

/**
 * Lints the spec with Redocly, then bundles it (external `$ref`s pulled in). Any error stops
 * here, with Redocly's messages as `file:line:col`, before anything is generated. `onParsed`
 * hears, once the spec is parsed and before the lint, whether it stands alone under a lint
 * config that bundles as Redocly's default does, and the `$ref`s bundling replaces: then its
 * bundle is the file as parsed with those copied in (inlineRefs), plus what `asBundled` and
 * the repairs add.
 */
export async function loadSpec(specPath: string, options: LoadOptions = {}, onParsed?: (standsAlone: boolean, inlined: readonly InlinedRef[]) => void): Promise<LoadedSpec> {
  return (await loadSpecWhileLinting(specPath, options, onParsed)).checked();
}

/**
 * loadSpec, but with `lintElsewhere` it returns before the lint ends: the caller builds from
 * the spec meanwhile and asks `checked` before it keeps anything (the lint may stop the run).
 * Bundling without waiting is safe: whatever it makes of a spec the lint refuses is thrown away.
 */
export async function loadSpecWhileLinting(specPath: string, options: LoadOptions = {}, onParsed?: (standsAlone: boolean, inlined: readonly InlinedRef[]) => void): Promise<LoadingSpec> {
  if (!options.readFile && !existsSync(specPath)) throw new GeneratorError(`spec not found: ${specPath}`, ExitCode.usage);
  const { config, path: configPath, digest: configDigest } = await lintConfigFor(specPath, options.lintConfig);
  const resolver = new SpecResolver(config.resolve, options.readFile);
  if (configPath !== undefined && configDigest !== undefined) resolver.digests.set(resolve(configPath), configDigest);
  const asDefault = bundlesAsDefault(config);
  // Elsewhere only where the lint leaves the documents as read: a plugin's preprocessors change
  // them in the resolver they are given, and a cold run's bundle takes them so changed. Asked
  // before this thread reads the spec, as the worker reads it itself: its lint is the longest
  // part of a save on GitHub's spec, and would otherwise start after this thread's parse.
  const elsewhere = options.lint !== false && asDefault ? options.lintElsewhere : undefined;
  const answer = elsewhere?.(specPath, configPath);
  answer?.catch(() => undefined); // taken below; dropped if this thread's parse fails first
  // Parsed before this thread's lint, which takes it from the resolver's cache.
  const root = await guard(specPath, () => parsedRoot(resolver, specPath), resolver);
  const fromJson = resolver.parsedAsJson.has(root.parsed as object);
  // Lint refuses unresolved `$ref`s when that rule is an error: bundling need not check again.
  const refsChecked = options.lint !== false && (["oas3_0", "oas3_1"] as const).every((version) => config.getRuleSettings("no-unresolved-refs", version).severity === "error");
  // The `$ref`s bundling would replace (literal values written as `$ref`s), when it would change nothing else: then the spec stands alone.
  const inlined = !asDefault ? undefined : options.lenientRefs === true ? lenientlyInlined(root.parsed) : refsChecked ? selfContainedInlined(root, config, specPath, fromJson) : undefined;
  onParsed?.(inlined !== undefined && options.lenientRefs !== true, inlined ?? []);

  const lintedBy = (by: SpecResolver) => guard(specPath, () => lintFindings(specPath, config, by), by);
  // Elsewhere, the lint reads the files itself; so does this thread's lint in its place when the
  // worker cannot say, through a resolver of its own: bundling and the repairs change the
  // documents this thread's resolver holds, and a cold run lints them as read. Its failure
  // too comes with what it read: a file gone or changed since this thread read it is a
  // mid-run change, not the lint's error.
  const lintedAfresh = async (): Promise<Linted> => {
    const fresh = new SpecResolver(config.resolve, options.readFile);
    return lintedBy(fresh).then(
      (findings) => ({ findings, digests: readsOf(fresh) }),
      (error: unknown) => ({ error, digests: readsOf(fresh) }),
    );
  };
  const linting: Promise<Linted> =
    options.lint === false
      ? Promise.resolve({ findings: [] })
      : answer
        ? lintedElsewhere(answer, lintedAfresh)
        : lintedBy(resolver).then((findings) => ({ findings }));
  const verdict = lintVerdict(linting, resolver.digests, resolver.unread);
  if (!elsewhere) await verdict();

  let loaded: Omit<LoadedSpec, "warnings">;
  // Worded now: the result keeps these lines, not the spec's text (see loadingSpec).
  let ownWarnings: string[];
  let repaired: Set<string>;
  try {
    const bundled = await guard(specPath, () => bundleSpec(root, config, resolver, inlined), resolver);
    stopOnErrors(bundled.problems.map(findingOf), "");
    checkVersion(specPath, bundled.document);
    const repairs = repairSpec(bundled.document, { acyclic: fromJson && !bundled.bundled });
    const { document, added } = declareTemplateParameters(bundled.document);
    // With no config, the place one would be found is an input too: a redocly.yaml put there later changes the lint.
    const configFile = configPath ?? (options.lintConfig === undefined ? join(dirname(specPath), defaultConfigName) : undefined);
    const files = [...new Set([resolve(specPath), ...bundled.fileDependencies, ...(configFile ? [resolve(configFile)] : [])])].filter((file) => !isOverHttp(file));
    loaded = { document, files, bundled: bundled.bundled, digests: resolver.digests };
    ownWarnings = [...repairs.map((repair) => repairWarning(specPath, bundled.source, repair)), ...added.map((parameter) => undeclaredParameterWarning(bundled.source, parameter))];
    // A repair says what was made of the value; Redocly's `struct` warning at the same place would only repeat the complaint.
    repaired = new Set(repairs.map((repair) => repair.pointer));
  } catch (error) {
    await verdict();
    throw error;
  }
  return loadingSpec(loaded, verdict, ownWarnings, repaired);
}

/** A lint's findings, or the error it stopped on; when it read the files itself, the sha256 of each as it read them (null: could not). */
type Linted = ({ findings: LintFinding[] } | { error: unknown }) & { digests?: readonly FileRead[] };

/** The answer of a lint run elsewhere; when it could not say, `lintHere`'s. */
async function lintedElsewhere(answer: Promise<LintedElsewhere>, lintHere: () => Promise<Linted>): Promise<Linted> {
  const linted = await answer;
  return "failed" in linted ? lintHere() : linted;
}

/**
 * The lint's verdict, worked out once, when first asked: its findings, or its errors thrown.
 * A lint that read the files itself is first checked against this thread's reads (`digests`),
 * asked for once this thread has read all it reads: a file read otherwise (a save between the
 * two reads) is a mid-run change. Made apart from loadSpecWhileLinting, so that it keeps only
 * the digests, not that function's scope.
 */
function lintVerdict(linting: Promise<Linted>, digests: ReadonlyMap<string, string>, unread: ReadonlySet<string>): () => Promise<LintFinding[]> {
  linting.catch(() => undefined); // asked for later; a failure meanwhile must not go unhandled
  // A file as this thread read it, or could not; one it never tried, as it is now.
  const readHere = (file: string) => digests.get(file) ?? (unread.has(file) ? null : (fileDigest(file) ?? null));
  let verdict: Promise<LintFinding[]> | undefined;
  return () =>
    (verdict ??= linting.then((linted) => {
      for (const [file, digest] of linted.digests ?? []) if (readHere(file) !== digest) throw new InputChangedError(displayPath(file));
      if ("error" in linted) throw linted.error;
      stopOnErrors(linted.findings, " lint error(s)");
      return linted.findings;
    }));
}

/**
 * The spec as loaded, and the lint's verdict to come. Made here, not in loadSpecWhileLinting:
 * closures made there would keep its whole scope alive, Redocly's resolver and the spec's text
 * with it (tens of MB on GitHub's spec), for as long as the caller holds the result.
 */
function loadingSpec(loaded: Omit<LoadedSpec, "warnings">, verdict: () => Promise<LintFinding[]>, ownWarnings: string[], repaired: ReadonlySet<string>): LoadingSpec {
  return {
    ...loaded,
    async failed(error: unknown): Promise<never> {
      await verdict();
      throw error;
    },
    async checked() {
      const findings = await verdict();
      const lintWarnings = findings.filter((finding) => finding.severity === "warn" && !repaired.has(finding.pointer)).map((finding) => finding.line);
      return { ...loaded, warnings: [...lintWarnings, ...ownWarnings] };
    },
  };
}

/** Errors among the problems stop the run: the first on the message's line, the rest as details. */
function stopOnErrors(findings: readonly LintFinding[], kind: string): void {
  const errors = findings.filter((finding) => finding.severity === "error");
  // A `$ref`'d file that does not parse is the whole story: the refs into it fail because of it.
  for (const { message } of errors) throwIfYamlError(message.replace(/^Failed to parse: /, ""));
  const [first, ...rest] = errors.map((finding) => finding.line);
  if (first !== undefined) throw new GeneratorError(`${first}${rest.length > 0 ? ` (and ${rest.length} more${kind})` : ""}; nothing was generated`, ExitCode.badSpec, rest);
}

interface Bundled {
  document: OpenApiDocument;
  /** The spec file's own text, where its problems are located. */
  source: Source;
  problems: NormalizedProblem[];
  fileDependencies: Set<string>;
  bundled: boolean;
}

/** A spec that refers to nothing outside its file: the `$ref`s bundling replaces, or undefined when it is not one, or that cannot be told. */
function selfContainedInlined(root: Document, config: Config, specPath: string, fromJson: boolean): InlinedRef[] | undefined {
  return isSelfContained(root.parsed, { literalRefs: "local" }) ? inlinedRefs(root.parsed, config, resolve(specPath), { fromJson }) : undefined;
}

/** For a reader that never looks at literal values (the diff): none replaced, whatever they hold. */
function lenientlyInlined(parsed: unknown): InlinedRef[] | undefined {
  return isSelfContained(parsed, { literalRefs: false }) ? [] : undefined;
}

/**
 * Redocly's bundle of the parsed spec, or, given the `$ref`s it would replace (`standAlone`),
 * the parsed file with those copied in and what bundling adds (0.6 s sooner on a 13 MB spec).
 * `standAlone` only when the spec is self-contained (isSelfContained, inlined-refs.ts), the
 * config bundles as the default does, and lint has refused unresolved `$ref`s, the other thing
 * bundling checks.
 */
async function bundleSpec(root: Document, config: Config, resolver: BaseResolver, standAlone: readonly InlinedRef[] | undefined): Promise<Bundled> {
  if (standAlone) return { document: asBundled(inlineRefs(root.parsed as OpenApiDocument, standAlone)), source: root.source, problems: [], fileDependencies: new Set(), bundled: false };
  const bundled = await bundle({ doc: root, config, externalRefResolver: resolver, dereference: false });
  return { document: bundled.bundle.parsed as OpenApiDocument, source: root.source, problems: bundled.problems, fileDependencies: bundled.fileDependencies, bundled: true };
}

async function parsedRoot(resolver: BaseResolver, specPath: string): Promise<Document> {
  const root = await resolver.resolveDocument(null, specPath, true);
  if (root instanceof Error) throw root;
  return root;
}

/** True when a config changes nothing in bundling: no decorators, preprocessors or plugins, no resolve headers. */
function bundlesAsDefault(config: Config): boolean {
  const active = (byVersion: Record<string, Record<string, unknown>>) => Object.values(byVersion).some((settings) => Object.values(settings).some((setting) => setting !== "off"));
  return !active(config.decorators) && !active(config.preprocessors) && config.plugins.every((plugin) => plugin.id === "") && (config.resolve.http.headers ?? []).length === 0;
}

/** The one name Redocly's findConfig looks for beside the spec. */
const defaultConfigName = "redocly.yaml";

/** The lint config, and the sha256 of its file's bytes, hashed before Redocly reads them: a save in between is then a mid-run change. */
async function lintConfigFor(specPath: string, configPath: string | undefined): Promise<{ config: Config; path: string | undefined; digest: string | undefined }> {
  if (configPath !== undefined && !existsSync(configPath)) throw new GeneratorError(`lint config not found: ${configPath}`, ExitCode.usage);
  const found = configPath ?? findConfig(dirname(specPath));
  const digest = found === undefined ? undefined : await guard(found, () => configDigest(found));
  const config = await guard(found ?? specPath, () => lintConfig(found));
  return { config, path: found, digest };
}

/** The config file's sha256; undefined for a folder, which Redocly then refuses in its own words. */
async function configDigest(path: string): Promise<string | undefined> {
  return statSync(path).isDirectory() ? undefined : sha256(await readFile(path));
}

/**
 * Redocly throws on unparseable YAML or JSON, and on a `$ref` that leads back to itself; that
 * is a broken spec, not a crash. A circle within the spec's own file is named, hop by hop.
 */
async function guard<T>(file: string, run: () => Promise<T>, resolver?: BaseResolver): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    throwIfYamlError(message);
    const root = resolver && message === "Self-referencing circular pointer" ? await resolver.resolveDocument(null, file, true) : undefined;
    const cycle = root && !(root instanceof Error) ? findRefCycle(root.parsed) : undefined;
    if (root && !(root instanceof Error) && cycle) {
      throw new GeneratorError(`${where({ source: root.source, pointer: cycle[0]! })}: this $ref leads back to itself (${cycle.join(" -> ")}); nothing was generated`, ExitCode.badSpec);
    }
    throw new GeneratorError(`${file}: ${notOpenApi(message) ?? message}`, ExitCode.badSpec);
  }
}

/** Redocly's words for a file that is no OpenAPI document at all ("got object" for a list), as a user would put it. */
function notOpenApi(message: string): string | undefined {
  if (message === "Unsupported specification") return "not an OpenAPI document: its top level has no `openapi: 3.0.x` or `3.1.x`";
  const got = /^Document must be JSON object, got (\w+)$/.exec(message)?.[1];
  if (got === undefined) return undefined;
  return `not an OpenAPI document: ${got === "undefined" ? "the file is empty" : "its top level is a list or a single value, not a mapping of fields"}`;
}

/** js-yaml says `reason in "/abs/file.yaml" (line:col)`, then a code frame; this throws it as one line, `file:line:col cannot parse: reason`. */
function throwIfYamlError(message: string): void {
  const yaml = /^(.*) in "(.+)" \((\d+):(\d+)\)$/.exec(message.split("\n")[0]!);
  if (yaml) throw new GeneratorError(`${displayPath(yaml[2]!)}:${yaml[3]}:${yaml[4]} cannot parse: ${yaml[1]}`, ExitCode.badSpec);
}

/** 3.0 and 3.1 are generated; anything else is refused by name. */
function checkVersion(specPath: string, document: OpenApiDocument): void {
  const version = String(document.openapi ?? (document as { swagger?: unknown }).swagger ?? "");
  if (!/^3\.[01]\.\d+/.test(version)) {
    throw new GeneratorError(`${specPath}#/openapi: OpenAPI ${version || "(no version)"} is not supported; use 3.0.x or 3.1.x`, ExitCode.badSpec);
  }
}

/** `openapi.yaml:5:5 #/paths/~1users~1{id}/get warn generator: GET /users/{id} (getUser) does not declare its path parameter id; ...` */
function undeclaredParameterWarning(source: Source, { path, method, operationId, name }: AddedParameter): string {
  const pointer = `#/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/${method}`;
  const operation = `${method.toUpperCase()} ${path}${operationId === undefined ? "" : ` (${operationId})`}`;
  return `${where({ source, pointer })} warn generator: ${operation} does not declare its path parameter ${name}; it is generated as a required string`;
}

/** `openapi.yaml:30:9 #/components/schemas/Pet/properties/a warn generator: null is not a schema; read as {}, any value` */
function repairWarning(specPath: string, source: Source, { pointer, message }: Repair): string {
  // A pointer into the bundle may name no place in the spec's own file (it came from another): then no line.
  const { start } = getLineColLocation({ source, pointer });
  const at = start.line === 1 && start.col === 1 ? `${displayPath(resolve(specPath))} ${pointer}` : where({ source, pointer });
  return `${at} warn generator: ${message}`;
}
