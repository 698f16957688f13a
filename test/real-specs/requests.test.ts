/**
 * Every request right on the wire, for every operation of every real spec (GitHub's sampled):
 * a valid input synthesized from the operation's schemas (openapi-sampler, checked with Ajv)
 * is sent by the generated client and by the generated CLI to Prism serving that spec, through
 * a recorder on 127.0.0.1. Each request must be accepted by Prism and be, byte for byte where
 * it matters, what the specification prescribes (wire-oracle.ts: Prism does not check header
 * styles, label and matrix paths, or form encodings); the CLI must send what the client sends.
 * Inputs the sampler cannot make valid are counted and listed; where Prism cannot read a valid
 * request, each case is named with Prism's words. Figures per spec go to the test output and
 * to test/output/requests/report.md (BENCHMARKS.md takes them from there).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { Program } from "../../src/cli/program.js";
import { runCli } from "../../src/cli/main.js";
import { clientInput } from "../../src/generator/emit/code-samples.js";
import { generate } from "../../src/generator/generate.js";
import { specOperation } from "../../src/generator/model/operations.js";
import type { OperationModel } from "../../src/generator/model/types.js";
import { docsSpecFile } from "../../src/generator/output-files.js";
import { resolve as deref, type OpenApiDocument, type ParameterObject, type RequestBodyObject } from "../../src/generator/spec/document.js";
import { applyChanges, diffOutput } from "../../src/generator/stages/write.js";
import { cliArgv } from "../support/cli-argv.js";
import { forJudgingRequests, startRecordedPrism, type Exchange } from "../support/recorded-prism.js";
import { realSpecs } from "../support/real-specs.js";
import { RequestSchemas } from "../support/request-schemas.js";
import { sampleRequest } from "../support/sample-request.js";
import { differences, prescribedRequest, seenRequest, type Credentials, type WireRequest } from "../support/wire-oracle.js";

const out = resolve("test/output/requests");

/** Each spec with operations, and every how-many-th operation to send (GitHub's 1,223 are sampled). */
const specs = realSpecs.filter(([, , operations]) => operations > 0).map(([name, path]) => [name, path, name === "github" ? 8 : 1] as const);

const token = "sweep-token";
const basic = { username: "sweep-user", password: "sweep-password" };

/** One request's fate: sent as prescribed and accepted, or why not. */
type Outcome =
  | { kind: "accepted" }
  | { kind: "prism-limit"; reason: string }
  | { kind: "fault"; reason: string };

interface SpecReport {
  name: string;
  operations: number;
  sent: number;
  unsampleable: string[];
  client: Record<Outcome["kind"], number>;
  cli: Record<Outcome["kind"], number>;
  /** Requests that differ from what the specification prescribes (the CLI's: from the client's). */
  wireMismatches: number;
  prismLimits: string[];
  faults: string[];
}

const reports: SpecReport[] = [];

afterAll(() => {
  if (reports.length === 0) return;
  mkdirSync(out, { recursive: true });
  const table = reportTable(reports);
  writeFileSync(join(out, "report.md"), table);
  console.log(`\n${table}`);
});

describe.each(specs)("%s: sampled requests on the wire", (name, spec, every) => {
  it("are sent as the specification prescribes, by the client and the CLI alike, and Prism accepts them", async () => {
    const dir = join(out, name);
    const generated = await generate({ spec, out: dir });
    applyChanges(dir, generated.files, diffOutput(dir, generated.files));
    const document = JSON.parse(readFileSync(join(dir, docsSpecFile), "utf8")) as OpenApiDocument;
    const { createClient } = (await import(pathToFileURL(join(dir, "client.gen.js")).href)) as { createClient: (options: object) => Record<string, (input: unknown) => Promise<unknown>> };
    const { program } = (await import(pathToFileURL(join(dir, "cli.gen.js")).href)) as { program: Program<unknown> };
    // The CLI's files and config folder, beside the output folder (the generator refuses files it did not write).
    const files = join(out, "files", name);
    rmSync(files, { recursive: true, force: true });
    mkdirSync(files, { recursive: true });

    const schemes = generated.model.securitySchemes;
    const auth = Object.fromEntries(schemes.filter((s) => s.scheme.type !== "bearer").map((s) => [s.name, s.scheme.type === "basic" ? basic : `sweep-key-${s.name}`]));
    const credentials: Credentials = { token, auth };
    const schemas = new RequestSchemas(document);
    const judged = join(files, "prism.json");
    writeFileSync(judged, JSON.stringify(forJudgingRequests(document)));
    const prism = await startRecordedPrism(judged);
    const report: SpecReport = { name, operations: 0, sent: 0, unsampleable: [], client: { accepted: 0, "prism-limit": 0, fault: 0 }, cli: { accepted: 0, "prism-limit": 0, fault: 0 }, wireMismatches: 0, prismLimits: [], faults: [] };
    try {
      const client = createClient({ baseUrl: prism.baseUrl, token, auth, maxRetries: 0, timeout: 30_000 });
      const env = cliEnv(program, prism.baseUrl, files);
      // The CLI has one command per operation, in the same order.
      const operations = generated.model.operations.map((operation, i) => ({ operation, command: program.commands[i]! })).filter((_, i) => i % every === 0);
      report.operations = operations.length;
      for (const { operation, command } of operations) {
        const label = `${operation.name} (${operation.method.toUpperCase()} ${operation.path})`;
        const sampled = sampleRequest(document, operation, schemas);
        if (sampled.invalid.length > 0) {
          report.unsampleable.push(`${label}: ${sampled.invalid.slice(0, 2).join("; ")}`);
          continue;
        }
        report.sent++;
        const prescribed = prescribedRequest(document, operation, sampled.case, encodingOf(document, operation), credentials);

        // The client.
        let exchange = await sent(prism.exchanges, () => client[operation.name]!(clientInput(operation, sampled.case)));
        let clientWire: WireRequest | undefined;
        let outcome: Outcome;
        if (!exchange.request) outcome = { kind: "fault", reason: `nothing sent: ${exchange.error}` };
        else {
          clientWire = await seenRequest(exchange.request.request, prescribed);
          outcome = judge(document, operation, exchange.request, differences(prescribed, clientWire));
        }
        tally(report, "client", label, outcome);

        // The CLI, given the same request as flags and --body.
        const args = cliArgv(command, operation, sampled.case, files);
        if (args.missing.length > 0) {
          tally(report, "cli", label, { kind: "fault", reason: `no flag for ${args.missing.join(", ")}` });
          continue;
        }
        const printed: string[] = [];
        const io = { stdout: () => undefined, stderr: (text: string) => void printed.push(text), readStdin: () => "", env };
        exchange = await sent(prism.exchanges, () => runCli(program, [...args.argv, "--output", "json", "--retries", "0"], io));
        if (!exchange.request) outcome = { kind: "fault", reason: `nothing sent (exit ${exchange.result}): ${printed.join(" ").trim()}` };
        else {
          const cliWire = await seenRequest(exchange.request.request, prescribed);
          const againstClient = clientWire ? differences(clientWire, cliWire).map((line) => `CLI vs client ${line}`) : [];
          outcome = judge(document, operation, exchange.request, [...differences(prescribed, cliWire), ...againstClient]);
        }
        tally(report, "cli", label, outcome);
      }
    } finally {
      await prism.stop();
      reports.push(report);
    }
    // Enough of the spec is exercised for the figures to mean something.
    expect(report.sent, `${report.unsampleable.length} unsampleable:\n${report.unsampleable.join("\n")}`).toBeGreaterThanOrEqual(Math.ceil(report.operations * 0.8));
    expect(report.faults).toEqual([]);
    // What Prism cannot read is excused case by case: it must stay the exception, or Prism checks nothing.
    expect(report.prismLimits.length, report.prismLimits.join("\n")).toBeLessThanOrEqual(Math.max(2, Math.floor((report.sent * 2) / 100)));
  }, 900_000);
});

/** Runs `send` and returns the one request it made (Prism's verdict with it), or what it failed with before sending. */
async function sent<T>(exchanges: Exchange[], send: () => Promise<T>): Promise<{ request?: Exchange; error?: string; result?: T }> {
  const before = exchanges.length;
  let error: string | undefined;
  let result: T | undefined;
  try {
    result = await send();
  } catch (caught) {
    error = caught instanceof Error ? `${caught.name}: ${caught.message}` : String(caught);
  }
  const made = exchanges.slice(before);
  if (made.length > 1) return { error: `${made.length} requests for one call` };
  return { request: made[0], error, result };
}

/**
 * Accepted: Prism took it and it is as prescribed. A rejection is Prism's limit only where the
 * request is as prescribed and every complaint is about a part Prism is known not to read
 * (a non-default parameter style, a structured header or cookie, a parameter whose text fits
 * more than one of its `oneOf` variants, a form or multipart body); any other rejection, and
 * any difference from the prescription, is the generated code's fault.
 */
function judge(document: OpenApiDocument, operation: OperationModel, { verdict }: Exchange, wire: string[]): Outcome {
  if (wire.length > 0) return { kind: "fault", reason: wire.join("; ") };
  if (verdict.kind === "accepted") return { kind: "accepted" };
  if (verdict.kind === "crashed") return { kind: "prism-limit", reason: verdict.reason };
  const unread = verdict.reasons.filter((reason) => !prismCannotRead(document, operation, reason));
  if (unread.length === 0) return { kind: "prism-limit", reason: `Prism ${verdict.status}: ${verdict.reasons.join("; ")}` };
  return { kind: "fault", reason: `Prism ${verdict.status}: ${unread.join("; ")}` };
}

/**
 * Whether a Prism complaint (`request.query.ids.1: ...`) is Prism failing to read a value it
 * was sent as the specification prescribes: a type it did not parse out of the text ("must be
 * array", "must be object"), or an ambiguous `oneOf` ("42" fits both of `[integer, string]`),
 * and only in a part Prism does not deserialize as the specification says: a form or
 * multipart body, a parameter in other than its location's default style and explode, a
 * `content` parameter, an array or object outside the query. Any other complaint counts.
 */
function prismCannotRead(document: OpenApiDocument, operation: OperationModel, reason: string): boolean {
  if (!/must be (array|object|integer|number|boolean|null)\b|must match exactly one schema in oneOf/.test(reason)) return false;
  const [, where, name] = /^request\.(\w+)\.?([^.:]*)/.exec(reason) ?? [];
  if (where === "body") return /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(operation.body?.mediaType ?? "");
  const { pathItem, operation: spec } = specOperation(document, operation);
  const parameters = [...(pathItem.parameters ?? []), ...(spec.parameters ?? [])].map((p) => deref<ParameterObject>(document, p)!);
  const parameter = parameters.find((p) => p.in === where && p.name.toLowerCase() === name?.toLowerCase());
  if (!parameter) return false;
  const schema = deref<{ type?: unknown; oneOf?: unknown }>(document, parameter.schema as never);
  if (schema?.oneOf !== undefined && /oneOf/.test(reason)) return true;
  const structured = schema?.type === "array" || schema?.type === "object";
  const style = parameter.style ?? defaultStyles[parameter.in];
  const unusual = style !== defaultStyles[parameter.in] || (parameter.explode ?? style === "form") !== (style === "form");
  return parameter.content !== undefined || unusual || (structured && parameter.in !== "query");
}

const defaultStyles = { path: "simple", query: "form", header: "simple", cookie: "form" } as const;

function tally(report: SpecReport, who: "client" | "cli", label: string, outcome: Outcome): void {
  report[who][outcome.kind]++;
  if (outcome.kind === "prism-limit") report.prismLimits.push(`${who} ${label}: ${outcome.reason}`);
  if (outcome.kind === "fault") {
    report.faults.push(`${who} ${label}: ${outcome.reason}`);
    if (/prescribed/.test(outcome.reason)) report.wireMismatches++;
  }
}

function encodingOf(document: OpenApiDocument, operation: OperationModel) {
  const requestBody = deref<RequestBodyObject>(document, specOperation(document, operation).operation.requestBody);
  return operation.body ? requestBody?.content?.[operation.body.mediaType]?.encoding : undefined;
}

/** The CLI's environment: the token, every other scheme's credential, the base URL, and a config folder of its own. */
function cliEnv(program: Program<unknown>, baseUrl: string, dir: string): Record<string, string> {
  const env: Record<string, string> = { XDG_CONFIG_HOME: join(dir, "config"), HOME: dir, [`${program.envPrefix}_TOKEN`]: token, [`${program.envPrefix}_URL`]: baseUrl };
  for (const option of program.auth ?? []) {
    if (option.kind === "basic") env[option.env] = `${basic.username}:${basic.password}`;
    else if (option.kind === "key") env[option.env] = `sweep-key-${option.scheme}`;
  }
  return env;
}

function reportTable(all: SpecReport[]): string {
  const rows = all.map((r) =>
    [r.name, r.operations, r.sent, r.unsampleable.length, `${r.client.accepted} / ${r.client["prism-limit"]} / ${r.client.fault}`, `${r.cli.accepted} / ${r.cli["prism-limit"]} / ${r.cli.fault}`, r.wireMismatches].join(" | "),
  );
  const lists = all.flatMap((r) => [
    ...r.unsampleable.map((line) => `- ${r.name}, not sampled: ${line}`),
    ...r.prismLimits.map((line) => `- ${r.name}, Prism cannot read: ${line}`),
    ...r.faults.map((line) => `- ${r.name}, FAULT: ${line}`),
  ]);
  return [
    "| spec | operations | sent | sampler could not make valid | client: accepted / Prism cannot read / fault | CLI: accepted / Prism cannot read / fault | not as prescribed |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row} |`),
    "",
    ...lists,
    "",
  ].join("\n");
}
