/**
 * `npm run generate [-- --spec FILE --out DIR --check --watch --lint-config FILE --no-lint --no-docs]`
 * Lints the spec, then writes openapi-typescript's types, the typed client, the CLI and the
 * docs spec into DIR, and builds the HTML docs into DIR/docs/index.html. When nothing that
 * shapes the output changed, it writes nothing and returns at once.
 * Exit codes: 0 done, 1 stale output (--check), 2 bad spec, 3 bad arguments, 4 I/O failure.
 */
import { existsSync, readFileSync, watch as watchFiles, type FSWatcher } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ExitCode, GeneratorError } from "../src/generator/errors.js";
import { fingerprintOptions, isUpToDate, type Manifest } from "../src/generator/incremental.js";
import { docsSpecFile, manifestFile } from "../src/generator/output-files.js";

const usage = "usage: npm run generate -- [--spec openapi.yaml] [--out generated] [--check] [--watch] [--lint-config redocly.yaml] [--no-lint] [--no-docs]";
type Args = ReturnType<typeof parseArguments>;

async function main(argv: string[]): Promise<number> {
  const args = parseArguments(argv);
  if (args.watch) return watch(args);
  return once(args);
}

/** One run: the fast path when the manifest says nothing changed, else the whole chain. */
async function once(args: Args): Promise<number> {
  const options = { spec: args.spec, out: args.out, lintConfig: args["lint-config"], lint: !args["no-lint"] };
  // Said before the heavy modules load, which takes a second.
  if (!existsSync(args.spec)) throw new GeneratorError(`spec not found: ${args.spec}`, ExitCode.usage);
  if (!args.check && isUpToDate(args.spec, args.out, fingerprintOptions(options))) {
    const docs = await buildDocsIfMissing(args);
    console.log(`generate: ${args.out}/ is up to date with ${args.spec}; nothing written${docs ? ", docs built" : ""} (${process.uptime().toFixed(2)}s)`);
    return ExitCode.ok;
  }
  // The heavy modules (Redocly, openapi-typescript, ts-morph) load only when there is work.
  // openapi-typescript's worker starts first, so its second of imports overlaps ours.
  const { startSchemaTypes } = await import("../src/generator/stages/types.js");
  const types = startSchemaTypes(args.spec);
  const { generate } = await import("../src/generator/generate.js");
  const { applyChanges, diffOutput } = await import("../src/generator/stages/write.js");
  const { files, model, warnings } = await generate(options, types);
  for (const line of warnings.slice(0, 20)) console.warn(line);
  if (warnings.length > 20) console.warn(`... and ${warnings.length - 20} more lint warnings`);

  const changes = diffOutput(args.out, files);
  const stale = [...changes.changed, ...changes.orphaned.map((p) => `${p} (no longer generated)`)];
  if (args.check) {
    if (stale.length === 0) {
      console.log(`generate --check: ${args.out}/ is up to date with ${args.spec}`);
      return ExitCode.ok;
    }
    console.error(`generate --check: ${stale.length} stale file(s) in ${args.out}/; run \`npm run generate\`:`);
    for (const path of stale) console.error(`  ${args.out}/${path}`);
    return ExitCode.stale;
  }
  try {
    applyChanges(args.out, files, changes);
  } catch (error) {
    throw new GeneratorError(`cannot write ${args.out}/: ${(error as Error).message}`, ExitCode.io);
  }
  // The HTML is built, not compared: it is reproducible, and too big to commit.
  if (!args["no-docs"]) await buildDocs(args);
  const count = model.operations.length;
  const written = changes.changed.length > 0 ? changes.changed.join(", ") : "none";
  console.log(
    `generate: ${args.spec} -> ${args.out}/ (${count} operation${count === 1 ? "" : "s"}; written: ${written}; ${warnings.length} lint warning(s)${args["no-docs"] ? "" : `; docs in ${args.out}/docs/index.html`}) in ${process.uptime().toFixed(2)}s`,
  );
  return ExitCode.ok;
}

async function buildDocs(args: Args): Promise<void> {
  const { buildDocs } = await import("../src/generator/stages/docs.js");
  await buildDocs(`${args.out}/${docsSpecFile}`, `${args.out}/docs/index.html`);
}

async function buildDocsIfMissing(args: Args): Promise<boolean> {
  if (args["no-docs"] || existsSync(`${args.out}/docs/index.html`)) return false;
  await buildDocs(args);
  return true;
}

/**
 * `--watch`: regenerate on every save of the spec or a file it `$ref`s, debounced. A bad
 * edit prints its errors and keeps the last good output; Ctrl-C stops cleanly.
 */
async function watch(args: Args): Promise<number> {
  let watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const rewatch = () => {
    for (const w of watchers) w.close();
    // The manifest names every input of the last good run; before one exists, the spec alone.
    const manifest = join(args.out, manifestFile);
    const base = dirname(resolve(args.spec));
    const inputs = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, "utf8")) as Manifest).inputs.map((f) => resolve(base, f)) : [resolve(args.spec)];
    watchers = inputs.filter(existsSync).map((file) => watchFiles(file, () => schedule()));
  };
  const run = () =>
    (running = running.then(async () => {
      await once(args).catch((error: unknown) => void report(error, "keeping the last good output"));
      rewatch();
      console.log(`generate --watch: watching ${args.spec} and its $refs (Ctrl-C to stop)`);
    }));
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  };
  await run();
  return new Promise((done) => {
    process.once("SIGINT", () => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      void running.then(() => {
        console.log("generate --watch: stopped");
        done(ExitCode.ok);
      });
    });
  });
}

function parseArguments(argv: string[]) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        spec: { type: "string", default: "openapi.yaml" },
        out: { type: "string", default: "generated" },
        check: { type: "boolean", default: false },
        watch: { type: "boolean", default: false },
        "lint-config": { type: "string" },
        "no-lint": { type: "boolean", default: false },
        "no-docs": { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.check && values.watch) throw new Error("--check and --watch do not go together");
    return { ...values, spec: values.spec!, out: values.out!.replace(/\/+$/, "") };
  } catch (error) {
    throw new GeneratorError(`${(error as Error).message}\n${usage}`, ExitCode.usage);
  }
}

/** One line for a failure: the generator's own errors as they are, anything else as a bug. */
function report(error: unknown, after?: string): ExitCode | 70 {
  if (error instanceof GeneratorError) {
    console.error(`generate: ${error.message}${after ? ` (${after})` : ""}`);
    for (const line of error.details) console.error(`  ${line}`);
    return error.exitCode;
  }
  console.error(`generate: internal error: ${error instanceof Error ? error.message : String(error)} (please report this with the spec that caused it)`);
  return 70;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(report(error)),
);
