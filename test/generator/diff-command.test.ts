/**
 * `npm run diff` as a user runs it, and the diff in the build step: the report's three forms,
 * `git:REV:path` versions of a multi-file spec, one-line errors with distinct exit codes, two
 * real releases of GitHub's spec (checked against a hand-check of their breaking changes), and
 * `generate` saying what changed since its last run, its `--check` refusing breaking changes
 * unless released as such.
 */
import { execFile, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/generator/diff/report.js";
import { sharedSpecs } from "../support/real-specs.js";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run diff -- ...args` (or `generate`), compiled as package.json runs it; in `cwd`, through tsx. */
function run(script: "diff" | "generate", args: string[], cwd?: string): Promise<Run> {
  const command = cwd === undefined ? ["scripts/run-compiled.mjs", `scripts/${script}.ts`] : ["--import", import.meta.resolve("tsx"), resolve(`scripts/${script}.ts`)];
  return new Promise((done) => {
    execFile(process.execPath, [...command, ...args], { cwd, timeout: 50_000, killSignal: "SIGKILL", maxBuffer: 64 * 2 ** 20 }, (error, stdout, stderr) => done({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr }));
  });
}

const work = mkdtempSync(join(tmpdir(), "diff-command-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const broken = join(work, "broken.yaml");
writeFileSync(broken, "openapi: 3.1.0\ninfo:\n  title: t\n version: '1'\npaths: {}\n");

/** A git repository in `work` holding `files`, committed. */
function repository(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" });
  git("init", "-q");
  git("add", ".");
  git("-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-q", "-m", "spec");
  return dir;
}

const petstore = `${sharedSpecs}/swagger-petstore__openapi.yaml`;
/** The petstore with the Order status "delivered" no longer allowed: breaking for callers that send it. */
const withoutDelivered = (text: string) => {
  const edited = text.replace(/\n +- delivered\n/, "\n");
  if (edited === text) throw new Error("the petstore no longer lists the order status delivered");
  return edited;
};
const github = { old: "node_modules/@octokit/openapi-22/generated/api.github.com.json", new: "node_modules/@octokit/openapi/generated/api.github.com.json" };

describe("npm run diff", () => {
  const edited = join(work, "petstore-edited.yaml");
  writeFileSync(edited, withoutDelivered(readFileSync(petstore, "utf8")));

  it("text: a summary line, then each change under its operation with severity, side, sentence and place", async () => {
    const result = await run("diff", [petstore, edited]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout.split("\n")[0]).toBe(`${petstore} -> ${edited}: 1 breaking, 2 non-breaking, 0 info; suggested version bump: major`);
    expect(result.stdout).toContain("POST /store/order (placeOrder)\n  breaking     request   request body field `status` no longer accepts \"delivered\"\n");
  });

  it("json: the documented shape, every change with its pointers", async () => {
    const result = await run("diff", [petstore, edited, "--format", "json"]);
    const report = JSON.parse(result.stdout) as Report;
    expect(Object.keys(report)).toEqual(["base", "head", "summary", "suggestedBump", "changes"]);
    expect(report.summary).toEqual({ breaking: 1, nonBreaking: 2, info: 0 });
    expect(report.changes[0]).toEqual({
      severity: "breaking",
      side: "request",
      kind: "request-enum-value-removed",
      operation: "POST /store/order",
      function: "placeOrder",
      pointer: "#/components/schemas/Order/properties/status/enum",
      location: expect.stringMatching(/petstore-edited\.yaml:\d+:\d+$/),
      message: 'request body field `status` no longer accepts "delivered"',
    });
  });

  it("markdown: a table fit for a pull-request comment", async () => {
    const result = await run("diff", [petstore, edited, "--format", "markdown"]);
    expect(result.stdout).toMatch(/^### API changes: 1 breaking, 2 non-breaking, 0 info\n/);
    expect(result.stdout).toContain("| 🔴 breaking | `POST /store/order` (`placeOrder`) | request body field `status` no longer accepts \"delivered\" |");
  });

  it("--fail-on-breaking exits 1 on a breaking change, 0 without one", async () => {
    expect((await run("diff", [petstore, edited, "--fail-on-breaking"])).code).toBe(1);
    expect((await run("diff", [petstore, petstore, "--fail-on-breaking"])).code).toBe(0);
  });

  it("git:REV:path reads a multi-file spec as it was, $ref'd files too", async () => {
    const dir = repository("multi", {
      "api/openapi.yaml": "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /things:\n    get:\n      operationId: listThings\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: './thing.yaml'}\n",
      "api/thing.yaml": "type: object\nrequired: [id]\nproperties:\n  id: {type: string}\n  size: {type: integer}\n",
    });
    writeFileSync(join(dir, "api/thing.yaml"), "type: object\nproperties:\n  id: {type: string}\n");
    const result = await run("diff", ["git:HEAD:api/openapi.yaml", "api/openapi.yaml", "--format", "json"], dir);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.changes.map((c) => [c.severity, c.kind, c.message])).toEqual([
      ["breaking", "response-property-made-optional", "200 response field `id` may now be absent"],
      ["breaking", "response-property-removed", "200 response field `size` was removed"],
    ]);
  });

  it.each([
    [["--format", "xml"], 3, /^diff: --format: expected text, json or markdown, not "xml"; run with --help for usage$/],
    [["--nope"], 3, /^diff: Unknown option '--nope'/],
    [["a.yaml", "b.yaml", "c.yaml"], 3, /^diff: expected at most two specs \(OLD NEW\), not 3/],
    [["missing.yaml", "openapi.yaml"], 3, /^diff: spec not found: .*missing\.yaml$/],
    [["git:no-such-rev:openapi.yaml", "openapi.yaml"], 3, /^diff: git:no-such-rev:openapi\.yaml: no-such-rev is not a revision of a git repository holding /],
    [[broken, "openapi.yaml"], 2, /^diff: .*broken\.yaml:4:2 cannot parse: bad indentation/],
  ])("bad input %j: one line, exit %i", async (args, code, message) => {
    const result = await run("diff", args);
    expect(result.code).toBe(code);
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stdout).toBe("");
  });

  it("--help says what it does and does nothing else", async () => {
    const result = await run("diff", ["--help", "missing.yaml"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(/^usage: npm run diff -- \[OLD \[NEW\]\] \[options\]/);
  });
});

describe("two real releases of GitHub's spec (@octokit/openapi 22.0.0 -> 23.0.2)", () => {
  let report: Report;
  const find = (operation: string, kind?: string) => report.changes.filter((c) => c.operation === operation && (kind === undefined || c.kind === kind));

  it("diff whole (the time is in BENCHMARKS.md)", async () => {
    const result = await run("diff", [github.old, github.new, "--format", "json"]);
    expect(result.code).toBe(0);
    report = JSON.parse(result.stdout) as Report;
    expect(report.summary.breaking).toBeGreaterThan(200);
    expect(report.suggestedBump).toBe("major");
  }, 60_000);

  // 24 of its breaking changes were checked by hand against both specs (test/fixtures/github-hand-check.json):
  // what was right stays reported as breaking; what was wrong is no longer breaking; pointers one key off now point at the key.
  const { checks } = JSON.parse(readFileSync("test/fixtures/github-hand-check.json", "utf8")) as { checks: { n: number; operation: string; kind: string; pointer?: string; basePointer?: string; reported: string; verdict: string }[] };

  it.each(checks.map((check) => [check.n, check.verdict, check] as const))("hand-check %i (%s) still holds", (_n, verdict, check) => {
    const same = find(check.operation, check.kind).filter((c) => c.severity === "breaking" && (check.basePointer ? c.basePointer === check.basePointer : true));
    if (verdict === "correct") expect(same).toContainEqual(expect.objectContaining({ ...(check.pointer ? { pointer: check.pointer } : {}), message: check.reported }));
    else if (verdict === "pointer-off") expect(same.map((c) => c.pointer)).toContain(check.pointer!.replace(/\/type$/, "/nullable"));
    else expect(same.filter((c) => c.pointer === check.pointer)).toEqual([]);
  });

  it("names a renamed media type's replacement, and finds no break in the rewrites it used to misread", () => {
    expect(find("GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}", "response-media-type-removed")[0]?.message).toBe("the 200 response no longer comes as application/json+sarif (now as application/sarif+json)");
    expect(find("GET /organizations/{org}/settings/billing/budgets").filter((c) => c.severity === "breaking")).toEqual([]);
    expect(find("POST /repos/{owner}/{repo}/issues/{issue_number}/labels").filter((c) => c.severity === "breaking")).toEqual([]);
    expect(find("GET /repos/{owner}/{repo}/actions/jobs/{job_id}", "request-number-format-changed")[0]?.severity).toBe("info");
  });
});

describe("the diff in the build step", () => {
  const project = () => {
    const dir = repository(`project-${Math.random().toString(36).slice(2)}`, { "api.yaml": readFileSync(petstore, "utf8") });
    return dir;
  };
  const removeDelivered = (dir: string) => writeFileSync(join(dir, "api.yaml"), withoutDelivered(readFileSync(join(dir, "api.yaml"), "utf8")));

  it("generate says what the change since its last run does to callers", async () => {
    const dir = project();
    expect((await run("generate", ["--spec", "api.yaml", "--out", "out", "--no-docs"], dir)).code).toBe(0);
    removeDelivered(dir);
    const second = await run("generate", ["--spec", "api.yaml", "--out", "out", "--no-docs"], dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("generate: 1 breaking, 2 non-breaking, 0 info change(s) since the last run; `npm run diff` lists the changes since the last commit\n");
  }, 60_000);

  it("--check refuses a breaking change against git:HEAD, naming it and both ways to release it; an acknowledgement or a new major lets it pass", async () => {
    const dir = project();
    removeDelivered(dir);
    await run("generate", ["--spec", "api.yaml", "--out", "out", "--no-docs"], dir);
    const refused = await run("generate", ["--spec", "api.yaml", "--out", "out", "--no-docs", "--check"], dir);
    expect(refused.code).toBe(5);
    const lines = refused.stderr.split("\n");
    expect(lines[0]).toBe("generate: 1 breaking change(s) against git:HEAD:api.yaml (1 breaking, 2 non-breaking, 0 info; suggested version bump: major)");
    expect(lines[1]).toMatch(/^ {2}POST \/store\/order: request body field `status` no longer accepts "delivered" \(api\.yaml:\d+:\d+\)$/);
    expect(lines[2]).toBe("  to release them, raise the major of info.version in api.yaml, or acknowledge each in openapi.changes.json:");
    const acknowledged = JSON.parse(lines.slice(3).join("\n")) as { acknowledged: object[] };
    expect(acknowledged.acknowledged).toHaveLength(1);

    writeFileSync(join(dir, "openapi.changes.json"), JSON.stringify(acknowledged));
    const passed = await run("generate", ["--spec", "api.yaml", "--out", "out", "--no-docs", "--check"], dir);
    expect(passed.code).toBe(0);
    expect(passed.stdout).toContain("; each acknowledged; suggested version bump: major");

    rmSync(join(dir, "openapi.changes.json"));
    writeFileSync(join(dir, "api.yaml"), readFileSync(join(dir, "api.yaml"), "utf8").replace(/^ {2}version: .*$/m, "  version: 2.0.0"));
    await run("generate", ["--spec", "api.yaml", "--out", "out", "--no-docs"], dir);
    expect((await run("generate", ["--spec", "api.yaml", "--out", "out", "--no-docs", "--check"], dir)).stdout).toContain("info.version's major was raised");
  }, 120_000);

  it("an acknowledgement covers the one change it names; a base that cannot be loaded stops; 0.x takes a minor as the breaking release, `latest` counts for nothing", async () => {
    const dir = project();
    removeDelivered(dir);
    const check = (...extra: string[]) => run("generate", ["--spec", "api.yaml", "--out", "out", "--no-docs", "--check", ...extra], dir);
    await run("generate", ["--spec", "api.yaml", "--out", "out", "--no-docs"], dir);
    // Written for another field of the same schema: it does not cover this one.
    writeFileSync(join(dir, "openapi.changes.json"), JSON.stringify({ acknowledged: [{ operation: "POST /store/order", kind: "request-enum-value-removed", pointer: "#/components/schemas/Order/properties/status/enum", message: 'request body field `status` no longer accepts "placed"' }] }));
    expect((await check()).code).toBe(5);
    writeFileSync(join(dir, "openapi.changes.json"), JSON.stringify({ acknowledged: [{ kind: "request-enum-value-removed" }] }));
    expect((await check()).stderr).toMatch(/^generate: openapi\.changes\.json: expected \{"acknowledged": \[\{"kind": \.\.\., "message": \.\.\./);
    rmSync(join(dir, "openapi.changes.json"));
    const typo = await check("--base", "git:mian:api.yaml");
    expect([typo.code, typo.stderr.trim()]).toEqual([3, `generate: git:mian:api.yaml: mian is not a revision of a git repository holding ${join(dir, "api.yaml")}`]);
    const version = (value: string) => writeFileSync(join(dir, "api.yaml"), readFileSync(join(dir, "api.yaml"), "utf8").replace(/^ {2}version: .*$/m, `  version: ${value}`));
    for (const [value, code] of [["latest", 5], ["1.0.28", 5]] as const) {
      version(value);
      await run("generate", ["--spec", "api.yaml", "--out", "out", "--no-docs"], dir);
      expect((await check()).code, value).toBe(code);
    }
  }, 120_000);

  it("--check --base none leaves breaking changes alone; outside git it says it cannot check them", async () => {
    const dir = project();
    removeDelivered(dir);
    await run("generate", ["--spec", "api.yaml", "--out", "out", "--no-docs"], dir);
    expect((await run("generate", ["--spec", "api.yaml", "--out", "out", "--no-docs", "--check", "--base", "none"], dir)).code).toBe(0);
    const outside = join(work, "no-git");
    mkdirSync(outside);
    cpSync(join(dir, "api.yaml"), join(outside, "api.yaml"));
    await run("generate", ["--spec", "api.yaml", "--out", "out", "--no-docs"], outside);
    const result = await run("generate", ["--spec", "api.yaml", "--out", "out", "--no-docs", "--check"], outside);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain("generate --check: no git:HEAD:api.yaml to compare with; breaking changes not checked");
  }, 120_000);
});
