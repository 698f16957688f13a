/**
 * `npm run generate [-- --spec FILE --out DIR --check [--base SPEC] --watch --lint-config FILE --no-lint --no-docs --help]`
 * Lints the spec, then writes openapi-typescript's types, the typed client, the CLI and the
 * docs spec into DIR, and builds the HTML docs into DIR/docs/index.html. When nothing that
 * shapes the output changed, it writes nothing and returns at once. It only ever replaces or
 * removes files that its own manifest in DIR lists, and refuses a DIR that holds anything else.
 * It says what the spec's change since the last run does to the client's callers; `--check`
 * refuses breaking changes against a base that are not released as such (src/generator/diff/gate.ts).
 * Exit codes: 0 done, 1 stale output (--check), 2 bad spec, 3 bad arguments, 4 output folder
 * unusable (or an input changed during the run), 5 an unannounced breaking change (--check).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { ExitCode, GeneratorError, InputChangedError, printFailure, reasonOf } from "../src/generator/errors.js";
import { fingerprintOptions, parseManifest, unchangedOutputs } from "../src/generator/incremental.js";
import { makeFolder } from "../src/generator/make-folder.js";
import { moduleScopeWarning } from "../src/generator/module-scope.js";
import { readOutputFolder } from "../src/generator/output-folder.js";
import { docsHtmlFile, docsSpecFile, manifestFile } from "../src/generator/output-files.js";
import { canBuildDocs } from "../src/generator/package-files.js";
import { isNoOp, planOutput, refuseForeignFiles } from "../src/generator/output-plan.js";
import { refuseUnsafeOutFolder } from "../src/generator/safe-out-folder.js";
import { watchInputs } from "../src/generator/watch-inputs.js";
import type { OpenApiDocument } from "../src/generator/spec/document.js";
import type { StatementsPrinter } from "../src/generator/emit/ts-morph.js";
import type { OperationMemo } from "../src/generator/model/operation-memo.js";
import type { LintWorker } from "../src/generator/stages/lint-in-worker.js";
import type { TypesWorker } from "../src/generator/stages/types.js";

/** How a run is started: `npm run generate` in this repository, or the package's generator bin in any project. */
export interface Defaults {
  /** The command as the user types it, for --help. */
  command: string;
  /** Build the HTML docs unless --no-docs (this repository), or only with --docs (the bin: they need @redocly/cli). */
  docs: boolean;
  /** Where generated code imports the runtime and the CLI engine from; by default, relative paths into this package's sources. */
  runtimeImport?: string;
  cliImport?: string;
}

const repository: Defaults = { command: "npm run generate --", docs: true };

const usage = (defaults: Defaults) => `usage: ${defaults.command} [options]
  --spec FILE           the OpenAPI 3.0/3.1 spec, YAML or JSON; external $refs are bundled (default: openapi.yaml)
  --out DIR             the output folder (default: generated); must be empty, or hold only what its ${manifestFile} lists
  --check               compare instead of write: exit 1 and name every stale file
  --watch               regenerate on every save of the spec or a file it $refs; Ctrl-C stops
  --lint-config FILE    Redocly lint rules (default: redocly.yaml beside the spec, else structure and $ref checks only)
  --no-lint             skip linting (broken $refs still stop the build)
  ${defaults.docs ? `--no-docs             skip building DIR/${docsHtmlFile}` : `--docs                also build DIR/${docsHtmlFile} (needs @redocly/cli installed)`}
  --runtime-import MOD  the module generated code imports the runtime from (default: ${defaults.runtimeImport ?? "a relative path into this package"})
  --cli-import MOD      the module the generated CLI imports its engine's types from (default: ${defaults.cliImport ?? "a relative path into this package"})
  --base SPEC           with --check: refuse breaking changes against this spec, a file or git:REV:path
                        (default: git:HEAD:<spec>; none: do not check), unless info.version's major
                        went up or each is acknowledged in openapi.changes.json beside the spec
  -h, --help            print this and exit
exit codes: 0 done, 1 stale output (--check), 2 invalid spec, 3 bad arguments, 4 output folder not usable or not writable,
  or an input changed during the run, 5 a breaking change not released as such (--check)
what a spec change does to the client's callers: ${defaults.command === repository.command ? "npm run diff -- --help" : `${defaults.command} diff --help`}`;
type Args = ReturnType<typeof parseArguments>;

/** Runs one command line; resolves with the exit code, having printed any failure as one line. */
export function runGenerator(argv: string[], defaults: Defaults = repository): Promise<number> {
  return main(argv, defaults).catch((error: unknown) => report(error));
}

async function main(argv: string[], defaults: Defaults): Promise<number> {
  const args = parseArguments(argv, defaults);
  if (args.help) {
    console.log(usage(defaults));
    return ExitCode.ok;
  }
  if (!args["no-docs"] && !canBuildDocs()) throw new GeneratorError("the HTML docs need @redocly/cli, which is not installed: install it, or pass --no-docs", ExitCode.usage);
  refuseUnsafeOutFolder(args.out);
  return args.watch ? watch(args) : once(args);
}

/**
 * What watch mode keeps between runs: openapi-typescript's worker, loaded, with the types of
 * each unit of the spec; a lint worker, with Redocly loaded, linting while the main thread
 * builds; each operation's printed client declarations; the docs build running behind the
 * runs; and the docs spec last written.
 */
interface Warm {
  types: TypesWorker;
  /** None with `--no-lint`. */
  lint?: LintWorker;
  printer: StatementsPrinter;
  memo: OperationMemo;
  docs: DocsBehind;
  /** The docs spec the last run wrote, for the next run's "changes since the last run". */
  docsSpec?: string;
  /** Set once a run has gone past the fast path: until then the memo, the types' units and the lint state are empty. */
  filled?: boolean;
  /** Set by a run that took the fast path with all that still empty: watch mode then warms up. */
  warmUpDue?: boolean;
  /** Set when the warm-up made other files than the folder holds: the next run does not take the fast path. */
  stale?: boolean;
}

/** What `generate` is asked to do, the same for a run that writes and for a warm-up that does not. */
function generateOptions(args: Args, warm?: Warm) {
  return { spec: args.spec, out: args.out, lintConfig: args["lint-config"], lint: !args["no-lint"], lintElsewhere: warm?.lint?.lint, printer: warm?.printer, memo: warm?.memo, runtimeImport: args["runtime-import"], cliImport: args["cli-import"] };
}

/** One run: the fast path when the manifest says nothing changed, else the whole chain. */
async function once(args: Args, warm?: Warm): Promise<number> {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(2);
  const options = generateOptions(args, warm);
  // Said before the heavy modules load, which takes a second.
  if (!existsSync(args.spec)) throw new GeneratorError(`spec not found: ${args.spec}`, ExitCode.usage);
  const folder = readOutputFolder(args.out);
  refuseForeignFiles(folder);
  const scope = moduleScopeWarning(args.out);
  if (scope) console.warn(`generate: ${scope}`);
  // The fast path plans as --check does, from the hashes the manifest records for this very run.
  const recorded = args.check || warm?.stale ? undefined : unchangedOutputs(args.spec, folder, fingerprintOptions(options));
  if (warm) warm.stale = false;
  if (recorded && isNoOp(planOutput(folder, recorded))) {
    if (warm && !warm.filled) warm.warmUpDue = true;
    const docs = await buildDocsIfMissing(args);
    console.log(`generate: ${args.out}/ is up to date with ${args.spec}; nothing written${docs ? ", docs built" : ""} (${seconds()}s)`);
    return ExitCode.ok;
  }
  // The heavy modules (Redocly, openapi-typescript, ts-morph) load only when there is work.
  // openapi-typescript's worker starts first, so its second of imports overlaps ours.
  const { startSchemaTypes } = await import("../src/generator/stages/types.js");
  const types = warm ? warm.types.start(args.spec) : startSchemaTypes(args.spec);
  // Whether a last run left anything in the memo to reuse, before this run fills it.
  const hadRun = warm?.filled === true;
  if (warm) warm.filled = true;
  const { generate } = await import("../src/generator/generate.js");
  const { applyChanges, diffOutput } = await import("../src/generator/stages/write.js");
  const { files, model, document, warnings } = await generate(options, types);
  for (const line of warnings.slice(0, 20)) console.warn(line);
  if (warnings.length > 20) console.warn(`... and ${warnings.length - 20} more warnings`);

  const changes = diffOutput(args.out, files);
  if (args.check) {
    const stale = [...changes.changed, ...changes.orphaned.map((p) => `${p} (no longer generated)`)];
    if (stale.length > 0) {
      console.error(`generate --check: ${stale.length} stale file(s) in ${args.out}/; run \`${args.command}\`:`);
      for (const path of stale) console.error(`  ${args.out}/${path}`);
      return ExitCode.stale;
    }
    console.log(`generate --check: ${args.out}/ is up to date with ${args.spec}`);
    return checkBreakingChanges(args);
  }
  const { sinceLastRun } = await import("../src/generator/diff/gate.js");
  // Read before this run overwrites it, compared once this run's files are written: the
  // comparison (0.3-0.5 s on GitHub's spec) is a report, and the files need not wait for it.
  const previous = warm?.docsSpec ?? previousDocsSpec(args.out);
  applyChanges(args.out, files, changes);
  // Watch mode keeps what it wrote: the next run compares with it without reading 20 MB back (GitHub's spec).
  if (warm) warm.docsSpec = files.find((file) => file.path === docsSpecFile)?.contents;
  // The HTML is built, not compared: it is reproducible, and too big to commit.
  // In watch mode the HTML (seconds of Redocly's) is built behind the run, which is done once its files are written.
  if (!args["no-docs"] && warm) warm.docs.request();
  else if (!args["no-docs"]) await buildDocs(args);
  const count = model.operations.length;
  // In watch mode, how much of the last run's work the save could keep.
  const reused = warm && hadRun ? `, ${warm.memo.lastRun.kept} reused from the last run` : "";
  const written = changes.changed.length > 0 ? changes.changed.join(", ") : "none";
  const removed = changes.orphaned.length > 0 ? `; removed: ${changes.orphaned.join(", ")}` : "";
  console.log(
    `generate: ${args.spec} -> ${args.out}/ (${count} operation${count === 1 ? "" : "s"}${reused}; written: ${written}${removed}; ${warnings.length} warning(s)${args["no-docs"] ? "" : `; docs ${warm ? "being built into" : "in"} ${args.out}/${docsHtmlFile}`}) in ${seconds()}s`,
  );
  const surface = sinceLastRun(parsedDocsSpec(previous), document, args.diffCommand);
  if (surface) console.log(`generate: ${surface}`);
  return ExitCode.ok;
}

/** The docs spec the last run wrote, as text; undefined on a first run. */
function previousDocsSpec(out: string): string | undefined {
  try {
    return readFileSync(join(out, docsSpecFile), "utf8");
  } catch {
    return undefined;
  }
}

/** The spec a run generated from, as it wrote it into the docs spec; undefined when there is none, or it is not JSON. */
function parsedDocsSpec(text: string | undefined): OpenApiDocument | undefined {
  try {
    return text === undefined ? undefined : (JSON.parse(text) as OpenApiDocument);
  } catch {
    return undefined;
  }
}

/** `--check`'s second question: does the spec break callers against its base, unannounced? */
async function checkBreakingChanges(args: Args): Promise<number> {
  if (args.base === "none") return ExitCode.ok;
  const { checkBreaking, refusal } = await import("../src/generator/diff/gate.js");
  const base = args.base ?? `git:HEAD:${args.spec}`;
  const result = await checkBreaking(args.spec, base);
  if (result === undefined) {
    console.log(`generate --check: no ${base} to compare with; breaking changes not checked`);
    return ExitCode.ok;
  }
  if (result.refused.length > 0) throw refusal(result, args.spec);
  const { summary, suggestedBump } = result.report;
  const why = summary.breaking > 0 ? (result.majorBumped ? "; info.version's major was raised" : "; each acknowledged") : "";
  console.log(`generate --check: ${summary.breaking} breaking, ${summary.nonBreaking} non-breaking change(s) against ${base}${why}; suggested version bump: ${suggestedBump}`);
  return ExitCode.ok;
}

async function buildDocs(args: Args): Promise<void> {
  const { buildDocs } = await import("../src/generator/stages/docs.js");
  const html = join(args.out, docsHtmlFile);
  makeFolder(dirname(html));
  await buildDocs(join(args.out, docsSpecFile), html);
}

/**
 * Watch mode's docs: one build at a time, behind the runs. A run that asks while one is going
 * gets one more build after it, of the docs spec as the last run wrote it.
 */
class DocsBehind {
  private building: Promise<void> | undefined;
  private again = false;

  constructor(private readonly args: Args) {}

  request(): void {
    if (this.building) this.again = true;
    else this.building = this.build();
  }

  /** Resolves once no build is going (Ctrl-C waits for it: the HTML is never left half-written). */
  async settled(): Promise<void> {
    while (this.building) await this.building;
  }

  private async build(): Promise<void> {
    const started = performance.now();
    try {
      await buildDocs(this.args);
      if (!this.again) console.log(`generate --watch: docs built in ${this.args.out}/${docsHtmlFile} (${((performance.now() - started) / 1000).toFixed(2)}s)`);
    } catch (error) {
      report(error, "keeping the last docs");
    }
    this.building = this.again ? this.build() : undefined;
    this.again = false;
  }
}

async function buildDocsIfMissing(args: Args): Promise<boolean> {
  if (args["no-docs"] || existsSync(join(args.out, docsHtmlFile))) return false;
  await buildDocs(args);
  return true;
}

/**
 * How long a save must be quiet before a run: an editor's save is one or two writes (or a
 * write and a rename) within a few milliseconds. A half-written file that slips through fails
 * to parse and keeps the last good output; a write that lands during a run stops it
 * (InputChangedError); either way the next write runs again.
 */
const debounce = 40;

/**
 * `--watch`: regenerate on every save of the spec or a file it `$ref`s, debounced. A bad
 * edit prints its errors and keeps the last good output; a missing spec is waited for;
 * Ctrl-C stops cleanly.
 */
async function watch(args: Args): Promise<number> {
  // Listened for before the workers and the heavy modules load, so a Ctrl-C from then on stops
  // cleanly, with the workers. Another one while stopping is told to wait, not Node's default
  // (killed, maybe mid-write).
  let interrupts = 0;
  let interrupt = () => {};
  const interrupted = new Promise<void>((done) => (interrupt = done));
  const onInterrupt = () => {
    if (interrupts++ === 0) interrupt();
    else console.log("generate --watch: stopping once the run and the docs build under way are done");
  };
  process.on("SIGINT", onInterrupt);
  const [{ TypesWorker }, { LintWorker }] = await Promise.all([import("../src/generator/stages/types.js"), import("../src/generator/stages/lint-in-worker.js")]);
  // Started now, so the first save finds openapi-typescript and Redocly loaded too; ts-morph (0.6 s of imports) after.
  const [types, lint] = [new TypesWorker({ keepUnits: true }).prepared(), args["no-lint"] ? undefined : new LintWorker().prepared()];
  const [{ StatementsPrinter }, { OperationMemo }] = await Promise.all([import("../src/generator/emit/ts-morph.js"), import("../src/generator/model/operation-memo.js")]);
  const warm: Warm = { types, lint, printer: new StatementsPrinter(), memo: new OperationMemo(), docs: new DocsBehind(args) };
  let unwatch = () => {};
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  let stopping = false;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, debounce);
  };
  const run = () =>
    (running = running.then(async () => {
      if (stopping) return;
      const found = existsSync(args.spec);
      if (found) {
        await once(args, warm).catch((error: unknown) => {
          if (!(error instanceof InputChangedError)) return void report(error, "keeping the last good output");
          // A save that landed mid-run: its own run follows at once.
          console.log(`generate --watch: ${error.file} changed during the run; running again`);
          schedule();
        });
      }
      // Stopped during the run: no watchers opened after the stop closed them.
      if (stopping) return;
      // The new watchers open before the old ones close: a save in between is not missed.
      const previous = unwatch;
      unwatch = watchInputs(watchedFiles(args), schedule, (folder, error) => console.error(`generate --watch: cannot watch ${folder}: ${reasonOf(error)}`));
      previous();
      console.log(found ? `generate --watch: watching ${args.spec} and its $refs (Ctrl-C to stop)` : `generate --watch: spec not found: ${args.spec}; waiting for it (Ctrl-C to stop)`);
      // Saves from here on wait for the warm-up, as for any run under way; a Ctrl-C does not:
      // the warm-up writes nothing, so it is left behind.
      if (found && warm.warmUpDue) {
        warm.warmUpDue = false;
        warm.stale = await Promise.race([warmUp(args, warm, () => stopping), interrupted.then(() => false)]);
        if (warm.stale && !stopping) {
          console.log(`generate --watch: ${args.out}/ is out of date with ${args.spec} after all (an input changed as watch mode started, or one read over http); running again`);
          schedule();
        }
      }
    }));
  const stopped = interrupted.then(() => {
    stopping = true;
    clearTimeout(timer);
    unwatch();
    return running.then(async () => {
      await warm.docs.settled();
      warm.types.close();
      warm.lint?.close();
      process.off("SIGINT", onInterrupt);
      console.log("generate --watch: stopped");
      return ExitCode.ok;
    });
  });
  void run();
  return stopped;
}

/**
 * Watch mode started on a folder that was already up to date took the fast path, which loads
 * nothing: the chain runs once in memory, writing nothing, so that the first save finds the
 * memo, the types' units and the lint state filled (on GitHub's spec, 1.9 s instead of a
 * full build's 4-5 s). Resolves true when what it made differs from the folder: an input
 * changed before the watchers opened (or one the fast path cannot hash, over http).
 */
async function warmUp(args: Args, warm: Warm, stopping: () => boolean): Promise<boolean> {
  const started = performance.now();
  try {
    const [{ generate }, { diffOutput }] = await Promise.all([import("../src/generator/generate.js"), import("../src/generator/stages/write.js")]);
    // Its docs spec is not kept as the last run's: the next run tells its changes against the folder's.
    const { files } = await generate(generateOptions(args, warm), warm.types.start(args.spec));
    warm.filled = true;
    const changes = diffOutput(args.out, files);
    if (changes.changed.length + changes.orphaned.length > 0) return true;
    if (!stopping()) console.log(`generate --watch: warmed up: ${args.spec} read, ${args["no-lint"] ? "" : "linted, "}generated in memory, nothing written (${((performance.now() - started) / 1000).toFixed(2)}s)`);
  } catch (error) {
    // A save made meanwhile has its own run coming; anything else is told, once.
    if (!(error instanceof InputChangedError) && !stopping()) report(error, "found while warming up; nothing written, the next save runs the whole chain");
  }
  return false;
}

/** The inputs the last good run recorded (the spec, the files it `$ref`s, the lint config), and always the spec and the lint config given. */
function watchedFiles(args: Args): string[] {
  const base = dirname(resolve(args.spec));
  let recorded: string[] = [];
  try {
    recorded = (parseManifest(readFileSync(join(args.out, manifestFile), "utf8"))?.inputs ?? []).map((file) => resolve(base, file));
  } catch {
    // no good run yet
  }
  return [...new Set([resolve(args.spec), ...(args["lint-config"] ? [resolve(args["lint-config"])] : []), ...recorded])];
}

function parseArguments(argv: string[], defaults: Defaults) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        spec: { type: "string", default: "openapi.yaml" },
        out: { type: "string", default: "generated" },
        check: { type: "boolean", default: false },
        watch: { type: "boolean", default: false },
        "lint-config": { type: "string" },
        "no-lint": { type: "boolean", default: false },
        "no-docs": { type: "boolean", default: false },
        docs: { type: "boolean", default: false },
        "runtime-import": { type: "string" },
        "cli-import": { type: "string" },
        base: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // Node's messages may run over several lines; ours is one.
    throw usageError((error as Error).message.split("\n").map((line) => line.trim()).join(" ").replace(/\.$/, ""));
  }
  // parseArgs keeps the last of a repeated option: a second --spec or --out is a slip, not a choice.
  const repeated = ["spec", "out", "lint-config", "runtime-import", "cli-import", "base"].find((name) => argv.filter((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`)).length > 1);
  if (repeated) throw usageError(`--${repeated} is given more than once`);
  if (values.check && values.watch && !values.help) throw usageError("--check and --watch do not go together");
  // Trailing slashes go, but `/` stays `/` (and is refused) rather than becoming "", the current folder.
  if (values.docs && values["no-docs"]) throw usageError("--docs and --no-docs do not go together");
  if (values.base !== undefined && !values.check && !values.help) throw usageError("--base goes only with --check");
  return {
    ...values,
    spec: values.spec!,
    // Trailing slashes go, but `/` stays `/` (and is refused) rather than becoming "", the current folder.
    out: values.out!.replace(/(.)\/+$/, "$1"),
    "no-docs": values["no-docs"] || !(values.docs || defaults.docs),
    "runtime-import": values["runtime-import"] ?? defaults.runtimeImport,
    "cli-import": values["cli-import"] ?? defaults.cliImport,
    /** How the user runs this command, and its diff, for messages that say what to run next. */
    command: defaults.command === repository.command ? "npm run generate" : defaults.command,
    diffCommand: defaults.command === repository.command ? "npm run diff" : `${defaults.command} diff`,
  };
}

const usageError = (message: string) => new GeneratorError(`${message}; run with --help for usage`, ExitCode.usage);

function report(error: unknown, after?: string): number {
  return printFailure("generate", error, after);
}

// Run when started as a script (`npm run generate`), not when the package's bin imports it.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runGenerator(process.argv.slice(2)).then((code) => process.exit(code));
}
