import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run generate -- ...args` as a user would (compiled, as package.json runs it), in the project folder. */
function generate(...args: string[]): Promise<Run> {
  return generateWith({}, ...args);
}

/**
 * The same, with a different environment, in another folder (run-compiled keeps its compile
 * under the working folder, so there the script runs through tsx), or killed after `timeout` ms
 * (by default before the test's own timeout, so no run outlives its test).
 */
function generateWith({ cwd, env, timeout = 50_000 }: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number }, ...args: string[]): Promise<Run> {
  const command = cwd === undefined ? ["scripts/run-compiled.mjs", "scripts/generate.ts"] : ["--import", import.meta.resolve("tsx"), resolve("scripts/generate.ts")];
  return new Promise((done) => {
    execFile(process.execPath, [...command, ...args], { cwd, env: { ...process.env, ...env }, timeout, killSignal: "SIGKILL" }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr }); // killed: no code
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

/** A folder of `work` holding these files (path -> text). */
function folderWith(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Every file under `dir` with its text, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), "utf8")]));
}

const tinySpec = (info: string) => `openapi: 3.1.0\ninfo:\n${info}\npaths: {}\n`;

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
  }, 180_000); // four runs of the generator, one with the docs, on a shared machine

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

  it.each([
    { name: "bad indentation", file: "spec.yaml", text: tinySpec('  title: t\n version: "1"'), want: "spec.yaml:4:2 cannot parse: bad indentation of a mapping entry" },
    { name: "an unclosed quote", file: "spec.yaml", text: tinySpec('  title: t\n  version: "1'), want: "spec.yaml:5:1 cannot parse: deficient indentation" },
    { name: "tab indentation", file: "spec.yaml", text: tinySpec('\ttitle: t\n\tversion: "1"'), want: "spec.yaml:3:1 cannot parse: tab characters must not be used in indentation" },
    { name: "a duplicate key", file: "spec.yaml", text: tinySpec('  title: t\n  title: u\n  version: "1"'), want: "spec.yaml:4:3 cannot parse: duplicated mapping key" },
    { name: "JSON cut short", file: "spec.json", text: '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {\n', want: "spec.json:2:1 cannot parse: unexpected end of the stream within a flow collection" },
    { name: "bad indentation in a $ref'd file", file: "spec.yaml", text: `${tinySpec('  title: t\n  version: "1"')}components:\n  schemas:\n    A: {$ref: "./shared.yaml#/A"}\n`, shared: "A:\n  type: object\n   bad: x\n", want: "shared.yaml:3:7 cannot parse: bad indentation of a mapping entry" },
  ])("unparseable YAML is one line, file:line:col cannot parse: reason, exit 2: $name", async ({ name, file, text, shared, want }) => {
    const dir = folderWith(`yaml-${name.replace(/\W+/g, "-")}`, { [file]: text, ...(shared ? { "shared.yaml": shared } : {}) });
    const run = await generate("--spec", join(dir, file), "--out", join(dir, "out"), "--no-docs");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`generate: ${join(dir, want)}\n`);
    expect(existsSync(join(dir, "out"))).toBe(false);
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
    { name: "an empty file", text: "", want: "not an OpenAPI document: the file is empty" },
    { name: "a YAML list", text: "- a\n- b\n", want: "not an OpenAPI document: its top level is a list or a single value, not a mapping of fields" },
    { name: "a mapping without openapi", text: "foo: bar\n", want: "not an OpenAPI document: its top level has no `openapi: 3.0.x` or `3.1.x`" },
  ])("$name is not an OpenAPI document, said so in one line, exit 2", async ({ name, text, want }) => {
    const dir = folderWith(`not-openapi-${name.replace(/\W+/g, "-")}`, { "spec.yaml": text });
    const run = await generate("--spec", join(dir, "spec.yaml"), "--out", join(dir, "out"), "--no-docs");
    expect(run).toMatchObject({ code: 2, stderr: `generate: ${join(dir, "spec.yaml")}: ${want}\n` });
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it.each([
    { args: ["--bogus"], want: "Unknown option '--bogus'" },
    { args: ["--spec", "no/such/spec.yaml"], want: "spec not found: no/such/spec.yaml" },
    { args: ["--lint-config", "no-such.yaml", "--check"], want: "lint config not found: no-such.yaml" },
    { args: ["--base", "git:HEAD:openapi.yaml"], want: "--base goes only with --check" },
    { args: ["--spec", "openapi.yaml", "--out", "a", "--spec=test/fixtures/pets.yaml"], want: "--spec is given more than once; run with --help for usage" },
  ])("bad arguments exit 3: $args", async ({ args, want }) => {
    const run = await generate(...args);
    expect(run.code).toBe(3);
    expectOneCleanError(run);
    expect(run.stderr).toContain(want);
  });

  it.each([["--help"], ["--out", "/", "--help"], ["--spec", "no/such.yaml", "--out", "OUT", "-h"], ["--check", "--watch", "--out", "OUT", "--no-docs", "--help"]])("%j prints the usage, exits 0 and writes nothing", async (...args) => {
    const out = join(work, `help-${args.join("").replace(/\W+/g, "")}`);
    const run = await generate(...args.map((a) => (a === "OUT" ? out : a)));
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(/^usage: .*\n[\s\S]*--out DIR[\s\S]*-h, --help[\s\S]*exit codes: /);
    expect(existsSync(out)).toBe(false);
  });

  // Each run sits in a folder of its own, home too, so "touches nothing" can be checked (and the real home is never at stake).
  it.each([
    { name: "/", out: "/", cwd: "", want: "refusing --out /: it is the filesystem root" },
    { name: "empty", out: "", cwd: "", want: "--out is empty" },
    { name: ".", out: ".", cwd: "", want: "refusing --out .: it is the current folder" },
    { name: ".. from a subfolder", out: "..", cwd: "sub", want: "refusing --out ..: it is a folder that holds the current folder" },
    { name: "$HOME", out: "HOME", cwd: "sub", want: "it is your home folder" },
  ])("refuses --out $name (exit 3) with one line, and touches nothing", async ({ name, out, cwd, want }) => {
    const dir = folderWith(`unsafe-${name.replace(/\W+/g, "-")}`, { "sub/keep.txt": "mine", "keep.txt": "mine" });
    const before = snapshot(dir);
    const home = out === "HOME" ? dir : folderWith("unsafe-elsewhere", {});
    const run = await generateWith({ cwd: join(dir, cwd), env: { HOME: home } }, "--out", out === "HOME" ? dir : out, "--no-docs");
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^generate: [^\n]+\n$/);
    expect(run.stderr).toContain(want);
    expect(snapshot(dir)).toEqual(before);
  });

  it("refuses --out at a regular file (exit 4) with one line, and leaves the file as it was", async () => {
    const dir = folderWith("out-is-a-file", { "file.txt": "mine" });
    const run = await generate("--spec", "test/fixtures/pets.yaml", "--out", join(dir, "file.txt"), "--no-docs");
    expect(run.code).toBe(4);
    expect(run.stderr).toBe(`generate: --out ${join(dir, "file.txt")} is a file, not a folder\n`);
    expect(readFileSync(join(dir, "file.txt"), "utf8")).toBe("mine");
  });

  it("stops at once (exit 4) with one line on an --out under /proc that mkdir cannot make", { timeout: 40_000 }, async () => {
    // Killed if it spins (recursive mkdir loops there): then it has no exit code.
    const run = await generateWith({ timeout: 30_000 }, "--spec", "test/fixtures/pets.yaml", "--out", "/proc/self/x/y", "--no-docs");
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/^generate: cannot create the folder \/proc\/self\/x\/y: [^\n]+\n$/);
  });

  it("will not write into a folder that holds another run's output (exit 4), and leaves that output as it was", async () => {
    const clients = join(work, "clients");
    expect((await generate("--spec", "test/fixtures/pets.yaml", "--out", join(clients, "b"), "--no-docs")).code).toBe(0);
    const before = snapshot(clients);
    const run = await generate("--spec", "test/fixtures/pets.yaml", "--out", clients, "--no-docs");
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/^generate: refusing to write into [^\n]*clients\/: it is not empty and has no generate\.manifest\.json of this generator \(it holds b\/cli\.gen\.d\.ts, [^\n]*\n$/);
    expect(snapshot(clients)).toEqual(before);
  });

  it("--out spelled another way is the same run: --check passes on it, and a run writes nothing", async () => {
    const dir = folderWith("spellings", {});
    expect((await generate("--spec", "test/fixtures/pets.yaml", "--out", join(dir, "out"), "--no-docs")).code).toBe(0);
    for (const out of [`${dir}/./out`, `${dir}/out/`, join(dir, "..", "spellings", "out")]) {
      const check = await generate("--spec", "test/fixtures/pets.yaml", "--out", out, "--check", "--base", "none");
      expect(check, out).toMatchObject({ code: 0, stderr: "" });
      expect((await generate("--spec", "test/fixtures/pets.yaml", "--out", out, "--no-docs")).stdout, out).toContain("is up to date with");
    }
  });

  it("a new version in the project's package.json is a change: the next run writes it (User-Agent, CLI version), and --check agrees", async () => {
    const dir = folderWith("versioned", { "package.json": JSON.stringify({ name: "acme-api", version: "1.0.0", type: "module" }), "pets.yaml": readFileSync("test/fixtures/pets.yaml", "utf8") });
    const run = (...args: string[]) => generateWith({ cwd: dir }, "--spec", "pets.yaml", "--out", "out", "--no-docs", ...args);
    expect((await run()).code).toBe(0);
    expect(readFileSync(join(dir, "out", "client.gen.js"), "utf8")).toContain('userAgent: "acme-api/1.0.0"');
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "acme-api", version: "2.0.0", type: "module" }));
    expect((await run("--check", "--base", "none")).code).toBe(1);
    const second = await run();
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/written: [^;]*client\.gen\.js/);
    expect(readFileSync(join(dir, "out", "client.gen.js"), "utf8")).toContain('userAgent: "acme-api/2.0.0"');
    expect(await run("--check", "--base", "none")).toMatchObject({ code: 0, stderr: "" });
  });

  it("will not write through a symbolic link in a generated file's place (exit 4): the file it points at stays as it was", async () => {
    const dir = folderWith("symlinked", { "victim.txt": "mine" });
    const out = join(dir, "out");
    expect((await generate("--spec", "test/fixtures/pets.yaml", "--out", out, "--no-docs")).code).toBe(0);
    rmSync(join(out, "client.gen.js"));
    symlinkSync(join(dir, "victim.txt"), join(out, "client.gen.js"));
    const run = await generate("--spec", "test/fixtures/collisions.yaml", "--out", out, "--no-docs");
    expect(run.code).toBe(4);
    expect(run.stderr).toBe(`generate: refusing to write into ${out}/: client.gen.js is a symbolic link, and writing it would overwrite what it points at; remove the link\n`);
    expect(readFileSync(join(dir, "victim.txt"), "utf8")).toBe("mine");
    expect(readlinkSync(join(out, "client.gen.js"))).toBe(join(dir, "victim.txt"));
  });

  it("refuses an --out inside another run's output folder (exit 3), which that run would then refuse; nothing is written", async () => {
    const outer = join(work, "outer");
    expect((await generate("--spec", "test/fixtures/pets.yaml", "--out", outer, "--no-docs")).code).toBe(0);
    const before = snapshot(outer);
    const run = await generate("--spec", "test/fixtures/pets.yaml", "--out", join(outer, "inner"), "--no-docs");
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^generate: refusing --out [^\n]*outer\/inner: it is inside [^\n]*outer\/, the output folder of another run \(it holds that run's generate\.manifest\.json\); choose a folder of its own, such as generated\n$/);
    expect(existsSync(join(outer, "inner"))).toBe(false);
    expect(snapshot(outer)).toEqual(before);
    expect((await generate("--spec", "test/fixtures/pets.yaml", "--out", outer, "--no-docs")).code).toBe(0);
  });

  it("--watch regenerates after the spec is deleted and written back, and stops on Ctrl-C", { timeout: 90_000 }, async () => {
    const dir = folderWith("watch", { "pets.yaml": readFileSync("test/fixtures/pets.yaml", "utf8") });
    const spec = join(dir, "pets.yaml");
    const out = join(dir, "out");
    const child = spawn(process.execPath, ["scripts/run-compiled.mjs", "scripts/generate.ts", "--watch", "--no-docs", "--spec", spec, "--out", out]);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
    /** Resolves once stdout shows `text` `times` times; fails after 30 s. */
    const printed = async (text: string, times = 1) => {
      for (const started = Date.now(); stdout.split(text).length - 1 < times; await new Promise((r) => setTimeout(r, 50))) {
        if (Date.now() - started > 30_000) throw new Error(`no ${JSON.stringify(text)} x${times} in:\n${stdout}\n${stderr}`);
      }
    };
    try {
      await printed("generate --watch: watching");
      expect(readFileSync(join(out, "client.gen.d.ts"), "utf8")).toContain("List pets");
      rmSync(spec);
      await printed("spec not found");
      writeFileSync(spec, readFileSync("test/fixtures/pets.yaml", "utf8").replace("summary: List pets", "summary: List every pet"));
      await printed("generate --watch: watching", 2);
      expect(readFileSync(join(out, "client.gen.d.ts"), "utf8")).toContain("List every pet");
      child.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(stdout).toContain("generate --watch: stopped");
      expect(stderr).toBe("");
    } finally {
      child.kill("SIGKILL");
    }
  });
});

describe("a consumer project whose .js files are CommonJS", () => {
  it("is told the output is ES modules and what to set, once per run; an ES module project is told nothing", async () => {
    // Unset, Node 20.19+ detects ES module syntax: only an explicit "commonjs" is warned of.
    for (const [type, warned] of [["commonjs", true], ["module", false], [undefined, false]] as const) {
      const project = folderWith(`scope-${type ?? "unset"}`, { "package.json": JSON.stringify({ name: "consumer", type }) });
      const run = await generate("--spec", "openapi.yaml", "--out", join(project, "api"), "--no-docs");
      expect(run.code).toBe(0);
      const lines = run.stderr.split("\n").filter((line) => line.includes("holds ES modules"));
      expect(lines).toHaveLength(warned ? 1 : 0);
      if (warned) expect(lines[0]).toBe(`generate: warning: ${join(project, "api")}/ holds ES modules, but ${join(project, "package.json")} says "type": "commonjs", so Node will not load them: set "type": "module" there`);
    }
  }, 120_000);
});
