/**
 * The packed package, installed into a project of its own and used there as a team would:
 * imported from plain Node (ESM and require), type-checked under the strictest settings with
 * both module resolutions, linted as a package, and its generator run on a public spec, with
 * the output type-checked and called against Prism serving that spec.
 */
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installedConsumer, workFolder, type Consumer } from "../support/consumer.js";
import { answerConsumer, consumerScript, expectedResults } from "../support/consumer-script.js";
import { startPrism, startServer } from "../support/servers.js";

const run = promisify(execFile);
const server = await startServer(answerConsumer);
afterAll(() => server.close());

let consumer: Consumer;
beforeAll(async () => {
  consumer = await installedConsumer();
}, 240_000);

describe("plain Node", () => {
  it("an ESM script calls a server on 127.0.0.1: a build, a typed error, a validation error", async () => {
    const dir = workFolder(consumer, "esm");
    writeFileSync(join(dir, "call.mjs"), consumerScript(server.baseUrl));
    const { stdout } = await run(process.execPath, ["call.mjs"], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual(expectedResults);
  });

  it("require() from CommonJS works on this Node (>= 20.19), every entry point", async () => {
    const dir = workFolder(consumer, "cjs");
    writeFileSync(
      join(dir, "call.cjs"),
      `const kit = require("northflank-build-kit"); const runtime = require("northflank-build-kit/runtime"); const cli = require("northflank-build-kit/cli");
console.log(JSON.stringify([typeof kit.createClient, typeof runtime.createTransport, typeof cli.runCli, typeof kit.NotFoundError]));`,
    );
    const { stdout, stderr } = await run(process.execPath, ["call.cjs"], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual(["function", "function", "function", "function"]);
    expect(stderr).not.toMatch(/error/i);
  });

  it("the bins run compiled JavaScript: nfbuild --help and a dry run, no loader", async () => {
    const bin = join(consumer.dir, "node_modules/.bin");
    const help = await run(join(bin, "nfbuild"), ["--help"], { cwd: consumer.dir });
    expect(help.stdout).toContain("start-job-build");
    const dry = await run(join(bin, "nfbuild"), ["start-job-build", "--project-id", "p", "--job-id", "j", "--dry-run", "--base-url", server.baseUrl], { cwd: consumer.dir, env: { PATH: process.env.PATH, NORTHFLANK_API_TOKEN: "consumer-token" } });
    expect(dry.stdout.split("\n")[0]).toBe(`POST ${server.baseUrl}/v1/projects/p/jobs/j/build`);
    expect(dry.stdout).not.toContain("consumer-token");
    const installed = JSON.parse(readFileSync(join(consumer.dir, "node_modules/northflank-build-kit/package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(Object.keys(installed.dependencies)).not.toContain("tsx");
  });
});

const strictest = { target: "ES2022", lib: ["ES2023", "DOM"], types: [], strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, verbatimModuleSyntax: true, skipLibCheck: false, noEmit: true };

/** A consumer's TypeScript: every public entry, and lines that must stay errors. */
const consumerTypes = `
import { createClient, isApiError, isRateLimitError, NotFoundError, type StartJobBuildInput, type StartJobBuildOutput } from "northflank-build-kit";
import { createTransport, type ClientOptions } from "northflank-build-kit/runtime";
import { runCli, type Program } from "northflank-build-kit/cli";

const options: ClientOptions = { baseUrl: "http://127.0.0.1:1", token: "t", timeout: 1000 };
const client = createClient(options);
const input: StartJobBuildInput = { projectId: "p", jobId: "j", sha: "262ed9817b3cad5142fbceabe0c9e371e390d616" };
export async function start(): Promise<string> {
  try {
    const output: StartJobBuildOutput = await client.startJobBuild(input, { timeout: 500 });
    return output.data.id;
  } catch (error) {
    if (error instanceof NotFoundError) return String(error.status);
    if (isRateLimitError(error)) return String(error.retryAfter);
    return isApiError(error) ? error.message : "other";
  }
}
export const engine: [typeof createTransport, typeof runCli, Program<unknown> | undefined] = [createTransport, runCli, undefined];

// @ts-expect-error jobId is required
void client.startJobBuild({ projectId: "p" });
// @ts-expect-error sha is a string
void client.startJobBuild({ projectId: "p", jobId: "j", sha: 262 });
// @ts-expect-error no such field
void client.startJobBuild({ projectId: "p", jobId: "j", shaa: "x" });
// @ts-expect-error exactOptionalPropertyTypes: an optional field is not undefined
void client.startJobBuild({ projectId: "p", jobId: "j", sha: undefined });
// @ts-expect-error the output has no such field
void client.startJobBuild(input).then((output) => output.data.nope);
`;

describe("TypeScript consumers", () => {
  it.each([
    { resolution: "nodenext", module: "NodeNext" },
    { resolution: "bundler", module: "ESNext" },
  ])("strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess, skipLibCheck off, moduleResolution $resolution: no errors, bad input refused", async ({ resolution, module }) => {
    const dir = workFolder(consumer, `types-${resolution}`);
    writeFileSync(join(dir, "use.ts"), consumerTypes);
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...strictest, module, moduleResolution: resolution }, files: ["use.ts"] }));
    const result = await run(process.execPath, [join(consumer.dir, "node_modules/typescript/bin/tsc"), "-p", "."], { cwd: dir }).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    expect(result.stdout).toBe("");
  });

  it("a refusal that stopped working would fail the check: an unused @ts-expect-error is an error", async () => {
    const dir = workFolder(consumer, "types-probe");
    writeFileSync(join(dir, "use.ts"), `import { createClient } from "northflank-build-kit";\n// @ts-expect-error\nvoid createClient({ baseUrl: "http://127.0.0.1:1" });\n`);
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...strictest, module: "NodeNext", moduleResolution: "nodenext" }, files: ["use.ts"] }));
    const result = await run(process.execPath, [join(consumer.dir, "node_modules/typescript/bin/tsc"), "-p", "."], { cwd: dir }).then(
      () => "",
      (error: { stdout: string }) => error.stdout,
    );
    expect(result).toContain("TS2578"); // Unused '@ts-expect-error' directive.
  });
});

describe("package lint", () => {
  it("publint finds nothing", async () => {
    const { stdout } = await run(process.execPath, [join(import.meta.dirname, "../../node_modules/publint/src/cli.js"), join(consumer.dir, "node_modules/northflank-build-kit"), "--strict"]);
    expect(stdout).toContain("All good!");
  });

  it("are-the-types-wrong finds nothing for an ESM-only package", async () => {
    const attw = join(import.meta.dirname, "../../node_modules/@arethetypeswrong/cli/dist/index.js");
    const { stdout } = await run(process.execPath, [attw, consumer.tarball, "--profile", "esm-only", "--format", "json"], { maxBuffer: 16 * 1024 * 1024 });
    const report = JSON.parse(stdout) as { analysis: { problems: { kind: string; resolutionKind: string }[] } };
    const problems = report.analysis.problems.filter((problem) => !["node10", "node16-cjs"].includes(problem.resolutionKind));
    expect(problems).toEqual([]);
  });
});

describe("the generator command in another project", () => {
  const spec = join(import.meta.dirname, "../../../shared/specs/redocly-museum__openapi.yaml");

  it("writes a client that imports the runtime by package name, type-checks there, and calls Prism", async () => {
    const dir = workFolder(consumer, "generated-museum");
    const generated = await run(join(consumer.dir, "node_modules/.bin/build-kit-generate"), ["--spec", spec, "--out", "src/api"], { cwd: dir });
    expect(generated.stdout).toMatch(/^generate: .* -> src\/api\/ \(8 operations; written: /);
    const client = readFileSync(join(dir, "src/api/client.gen.js"), "utf8");
    expect(client).toContain('from "northflank-build-kit/runtime"');
    expect(client).not.toMatch(/from "\.\.?\/.*src\/runtime/);

    writeFileSync(join(dir, "use.ts"), `import { createClient } from "./src/api/client.gen.js";\nexport const hours = (baseUrl: string) => createClient({ baseUrl }).getMuseumHours({});\n// @ts-expect-error no such operation\nvoid createClient({ baseUrl: "http://x" }).getMuseumHourz;\n`);
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...strictest, module: "NodeNext", moduleResolution: "nodenext" }, include: ["use.ts", "src"] }));
    const checked = await run(process.execPath, [join(consumer.dir, "node_modules/typescript/bin/tsc"), "-p", "."], { cwd: dir }).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    expect(checked.stdout).toBe("");

    const prism = await startPrism(spec);
    try {
      writeFileSync(join(dir, "call.mjs"), `import { createClient } from "./src/api/client.gen.js";\n// The spec asks for HTTP basic auth, which Prism checks is present.\nconst hours = await createClient({ baseUrl: ${JSON.stringify(prism.baseUrl)}, headers: { authorization: "Basic " + btoa("visitor:secret") } }).getMuseumHours({});\nconsole.log(JSON.stringify(hours));\n`);
      const { stdout } = await run(process.execPath, ["call.mjs"], { cwd: dir });
      const hours = JSON.parse(stdout) as { date: string; timeOpen: string }[];
      expect(hours.length).toBeGreaterThan(0);
      expect(hours[0]).toMatchObject({ date: expect.any(String), timeOpen: expect.any(String) });
    } finally {
      await prism.stop();
    }
  }, 120_000);

  it("diff says what an edit of the spec does to callers, from the installed package", async () => {
    const dir = workFolder(consumer, "diff-museum");
    // A ticket's eventId, optional until now, becomes required: breaking for callers that buy tickets.
    const edited = readFileSync(spec, "utf8").replace("        - ticketType\n        - ticketDate\n", "        - ticketType\n        - ticketDate\n        - eventId\n");
    writeFileSync(join(dir, "museum.yaml"), edited);
    const result = await run(join(consumer.dir, "node_modules/.bin/build-kit-generate"), ["diff", spec, "museum.yaml", "--format", "json"], { cwd: dir });
    const report = JSON.parse(result.stdout) as { summary: { breaking: number }; changes: { kind: string; operation?: string }[] };
    expect(report.summary.breaking).toBeGreaterThan(0);
    expect(report.changes).toContainEqual(expect.objectContaining({ kind: "request-property-made-required", operation: "POST /tickets" }));
  }, 60_000);
});
