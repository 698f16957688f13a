/**
 * `npm run diff [-- OLD [NEW]] [--format text|json|markdown] [--fail-on-breaking]`: what a
 * change of the spec does to the callers of the client generated from it, as a report.
 * OLD and NEW are spec files or `git:REV:path`; by default the spec as committed
 * (`git:HEAD:openapi.yaml`) against the working copy (`openapi.yaml`).
 * Exit codes: 0 done, 1 breaking changes (with --fail-on-breaking), 2 invalid spec, 3 bad arguments.
 */
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { ExitCode, GeneratorError, printFailure } from "../src/generator/errors.js";
import type { ReportFormat } from "../src/generator/diff/report.js";

export interface DiffDefaults {
  /** The command as the user types it, for --help and messages. */
  command: string;
  /** The spec compared when none is named. */
  spec: string;
}

const repository: DiffDefaults = { command: "npm run diff --", spec: "openapi.yaml" };

const usage = ({ command, spec }: DiffDefaults) => `usage: ${command} [OLD [NEW]] [options]
  OLD, NEW              a spec file (YAML or JSON; the files it $refs are bundled in), or git:REV:path,
                        the spec as it was at a git revision (default: git:HEAD:${spec}, then ${spec})
  --format FORMAT       text (default), json, or markdown (for a pull-request comment)
  --fail-on-breaking    exit 1 when a change breaks callers of the generated client
  -h, --help            print this and exit
exit codes: 0 done, 1 breaking changes (with --fail-on-breaking), 2 invalid spec, 3 bad arguments`;

/** Runs one command line; resolves with the exit code, having printed any failure as one line. */
export function runDiff(argv: string[], defaults: DiffDefaults = repository): Promise<number> {
  return main(argv, defaults).catch((error: unknown) => printFailure("diff", error));
}

async function main(argv: string[], defaults: DiffDefaults): Promise<number> {
  const args = parseArguments(argv, defaults);
  if (args.help) {
    console.log(usage(defaults));
    return ExitCode.ok;
  }
  const { diffSpecs } = await import("../src/generator/diff/diff-specs.js");
  const { formatReport } = await import("../src/generator/diff/report.js");
  // A reader that stops early (`| head`) is no failure.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(ExitCode.ok);
    throw error;
  });
  const result = await diffSpecs(args.old, args.new);
  // Written whole before the process exits: a pipe takes a large report in several writes.
  await new Promise<void>((done) => process.stdout.write(formatReport(result, args.format), () => done()));
  return args["fail-on-breaking"] && result.summary.breaking > 0 ? ExitCode.stale : ExitCode.ok;
}

function parseArguments(argv: string[], defaults: DiffDefaults) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        format: { type: "string", default: "text" },
        "fail-on-breaking": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw usageError((error as Error).message.split("\n").map((line) => line.trim()).join(" ").replace(/\.$/, ""));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 2 && !values.help) throw usageError(`expected at most two specs (OLD NEW), not ${positionals.length}`);
  if (!["text", "json", "markdown"].includes(values.format!)) throw usageError(`--format: expected text, json or markdown, not ${JSON.stringify(values.format)}`);
  return {
    ...values,
    format: values.format as ReportFormat,
    old: positionals[0] ?? `git:HEAD:${defaults.spec}`,
    new: positionals[1] ?? defaults.spec,
  };
}

const usageError = (message: string) => new GeneratorError(`${message}; run with --help for usage`, ExitCode.usage);

// Run when started as a script (`npm run diff`), not when the package's bin imports it.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runDiff(process.argv.slice(2)).then((code) => process.exit(code));
}
