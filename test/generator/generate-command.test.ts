import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run generate -- ...args` as a user would (compiled, as package.json runs it), in the project folder. */
function generate(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["scripts/run-compiled.mjs", "scripts/generate.ts", ...args], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const work = mkdtempSync(join(tmpdir(), "generate-command-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of openapi.yaml with `edit` applied, in its own folder with the project's lint config. */
function specCopy(name: string, edit: (text: string) => string = (t) => t): string {
  const dir = join(work, name);
  cpSync("redocly.yaml", join(dir, "redocly.yaml"));
  writeFileSync(join(dir, "openapi.yaml"), edit(readFileSync("openapi.yaml", "utf8")));
  return join(dir, "openapi.yaml");
}

function expectOneCleanError(run: Run): void {
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(run.stderr.split("\n")[0]).toMatch(/^generate: /);
}

describe.concurrent("npm run generate", () => {
  it("--check passes on the committed generated/ and writes nothing", async () => {
    const run = await generate("--check");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("generated/ is up to date with openapi.yaml");
  });

  it("--check names every stale file, exits 1, and writes nothing", async () => {
    const spec = specCopy("stale");
    const out = join(work, "stale-out");
    expect((await generate("--spec", spec, "--out", out, "--no-docs")).code).toBe(0);
    writeFileSync(spec, readFileSync(spec, "utf8").replace("Start a new build for the given job.", "Start a fresh build for the given job."));
    // A file an earlier run wrote and its manifest lists, which this run no longer gives.
    const orphan = "// Generated from openapi.yaml by this project's OpenAPI generator. DO NOT EDIT.\n";
    writeFileSync(join(out, "old.gen.ts"), orphan);
    const manifest = JSON.parse(readFileSync(join(out, "generate.manifest.json"), "utf8"));
    manifest.outputs["old.gen.ts"] = createHash("sha256").update(orphan).digest("hex");
    writeFileSync(join(out, "generate.manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    const before = readFileSync(join(out, "client.gen.d.ts"), "utf8");

    const run = await generate("--spec", spec, "--out", out, "--check");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${out}/schema.d.ts`);
    expect(run.stderr).toContain(`${out}/client.gen.d.ts`);
    expect(run.stderr).toContain(`${out}/old.gen.ts (no longer generated)`);
    expect(readFileSync(join(out, "client.gen.d.ts"), "utf8")).toBe(before);

    const regenerated = await generate("--spec", spec, "--out", out);
    expect(regenerated.code).toBe(0);
    expect(regenerated.stdout).toContain("removed: old.gen.ts");
    expect(existsSync(join(out, "old.gen.ts"))).toBe(false);
    expect(readFileSync(join(out, "docs/index.html"), "utf8")).toContain("<title>Northflank API - Start job build</title>");
    expect((await generate("--spec", spec, "--out", out, "--check")).code).toBe(0);
  });

  it("stops on a lint error with Redocly's file:line:col, exit 2, nothing written", async () => {
    const spec = specCopy("lint-error", (t) => t.replace("operationId: startJobBuild", "operationId: start job build"));
    const out = join(work, "lint-error-out");
    const run = await generate("--spec", spec, "--out", out);
    expect(run.code).toBe(2);
    expectOneCleanError(run);
    expect(run.stderr).toMatch(/^generate: \S*openapi\.yaml:\d+:\d+ #\/paths\/\S+\/post\/operationId error operation-operationId-url-safe: .*; nothing was generated\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it("stops on unparseable YAML with its location, exit 2, nothing written", async () => {
    const spec = specCopy("bad-yaml", (t) => t.replace("summary: Start job build", "summary: Start job build\n   bad: indent"));
    const out = join(work, "bad-yaml-out");
    const run = await generate("--spec", spec, "--out", out);
    expect(run.code).toBe(2);
    expectOneCleanError(run);
    const line = readFileSync(spec, "utf8").split("\n").findIndex((l) => l.includes("bad: indent")) + 1;
    expect(run.stderr).toContain(`openapi.yaml:${line}:4 cannot parse: bad indentation`);
    expect(existsSync(out)).toBe(false);
  });

  it("stops on a broken $ref, exit 2", async () => {
    const spec = specCopy("bad-ref", (t) => t.replace("$ref: '#/components/schemas/CommitSha'", "$ref: '#/components/schemas/NoSuchSchema'"));
    const run = await generate("--spec", spec, "--out", join(work, "bad-ref-out"));
    expect(run.code).toBe(2);
    expectOneCleanError(run);
    expect(run.stderr).toMatch(/openapi\.yaml:\d+:\d+ #\/components\/schemas\/\S+ error no-unresolved-refs/);
  });

  it("stops on an example that breaks its schema, naming it by file, line, column and JSON pointer", async () => {
    const spec = specCopy("bad-example", (t) => t.replace("                  sha: 262ed9817b3cad5142fbceabe0c9e371e390d616\n              withOverrides:", "                  sha: 262ed9817b3cad5142fbceabe0c9e371e390d61\n              withOverrides:"));
    const run = await generate("--spec", spec, "--out", join(work, "bad-example-out"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/openapi\.yaml:\d+:\d+ #\/paths\/~1v1~1projects~1\{projectId\}~1jobs~1\{jobId\}~1build\/post\/requestBody\/content\/application~1json\/examples\/currentSettings\/value\S* error no-invalid-media-type-examples: /);
  });

  it("refuses Swagger 2.0 by name, exit 2", async () => {
    const dir = join(work, "swagger");
    cpSync("test/fixtures/pets.yaml", join(dir, "spec.yaml"));
    writeFileSync(join(dir, "spec.yaml"), 'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n');
    const run = await generate("--spec", join(dir, "spec.yaml"), "--out", join(dir, "out"), "--no-lint");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("#/openapi: OpenAPI 2.0 is not supported");
  });

  it.each([
    { args: ["--bogus"], want: "Unknown option '--bogus'" },
    { args: ["--spec", "no/such/spec.yaml"], want: "spec not found: no/such/spec.yaml" },
    { args: ["--lint-config", "no-such.yaml", "--check"], want: "lint config not found: no-such.yaml" },
  ])("bad arguments exit 3: $args", async ({ args, want }) => {
    const run = await generate(...args);
    expect(run.code).toBe(3);
    expectOneCleanError(run);
    expect(run.stderr).toContain(want);
  });
});
