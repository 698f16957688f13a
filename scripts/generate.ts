/**
 * `npm run generate [-- --spec FILE --out DIR --check --lint-config FILE --no-lint --no-docs]`
 * Lints the spec, then writes openapi-typescript's types, the typed client, the CLI and the
 * docs spec into DIR, and builds the HTML docs into DIR/docs/index.html.
 * Exit codes: 0 done, 1 stale output (--check), 2 bad spec, 3 bad arguments, 4 I/O failure.
 */
import { parseArgs } from "node:util";
import { ExitCode, GeneratorError } from "../src/generator/errors.js";
import { docsSpecFile, generate } from "../src/generator/generate.js";
import { buildDocs } from "../src/generator/stages/docs.js";
import { applyChanges, diffOutput } from "../src/generator/stages/write.js";

const usage = "usage: npm run generate -- [--spec openapi.yaml] [--out generated] [--check] [--lint-config redocly.yaml] [--no-lint] [--no-docs]";

async function main(argv: string[]): Promise<number> {
  const args = parseArguments(argv);
  const { files, model, warnings } = await generate({ spec: args.spec, out: args.out, lintConfig: args["lint-config"], lint: !args["no-lint"] });
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
  if (!args["no-docs"]) await buildDocs(`${args.out}/${docsSpecFile}`, `${args.out}/docs/index.html`);
  const seconds = process.uptime().toFixed(2);
  const count = model.operations.length;
  console.log(`generate: ${args.spec} -> ${args.out}/ (${count} operation${count === 1 ? "" : "s"}, ${changes.changed.length} file(s) written, ${files.length - changes.changed.length} unchanged, ${warnings.length} lint warning(s)${args["no-docs"] ? "" : `, docs in ${args.out}/docs/index.html`}) in ${seconds}s`);
  return ExitCode.ok;
}

function parseArguments(argv: string[]) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        spec: { type: "string", default: "openapi.yaml" },
        out: { type: "string", default: "generated" },
        check: { type: "boolean", default: false },
        "lint-config": { type: "string" },
        "no-lint": { type: "boolean", default: false },
        "no-docs": { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    return { ...values, spec: values.spec!, out: values.out!.replace(/\/+$/, "") };
  } catch (error) {
    throw new GeneratorError(`${(error as Error).message}\n${usage}`, ExitCode.usage);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof GeneratorError) {
      console.error(`generate: ${error.message}`);
      for (const line of error.details) console.error(`  ${line}`);
      process.exit(error.exitCode);
    }
    // A bug in the generator, not in the input: still one line, with a pointer to report it.
    console.error(`generate: internal error: ${error instanceof Error ? error.message : String(error)} (please report this with the spec that caused it)`);
    process.exit(70);
  },
);
