/**
 * The generator as a build step: instant when nothing changed, regenerating what changed,
 * and `--watch` following the spec through good and bad edits.
 */
import { execFile, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const work = mkdtempSync(join(tmpdir(), "incremental-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function copySpec(name: string): { spec: string; out: string } {
  const dir = join(work, name);
  cpSync("openapi.yaml", join(dir, "openapi.yaml"));
  cpSync("redocly.yaml", join(dir, "redocly.yaml"));
  return { spec: join(dir, "openapi.yaml"), out: join(dir, "generated") };
}

function generate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile("node_modules/.bin/tsx", ["scripts/generate.ts", "--no-docs", ...args], (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
  });
}

describe("incremental generation", () => {
  it("writes nothing when nothing changed, and regenerates after an edit or a hand change", async () => {
    const { spec, out } = copySpec("incremental");
    expect((await generate("--spec", spec, "--out", out)).code).toBe(0);
    const client = readFileSync(join(out, "client.gen.d.ts"), "utf8");

    const again = await generate("--spec", spec, "--out", out);
    expect(again.stdout).toMatch(/is up to date with .*openapi\.yaml; nothing written/);

    writeFileSync(spec, readFileSync(spec, "utf8").replace("Start a new build for the given job.", "Start a new build of the given job."));
    const edited = await generate("--spec", spec, "--out", out);
    expect(edited.stdout).toMatch(/written: schema\.d\.ts, client\.gen\.d\.ts, cli\.gen\.js, openapi\.docs\.json, generate\.manifest\.json/);
    expect(readFileSync(join(out, "client.gen.d.ts"), "utf8")).not.toBe(client);

    writeFileSync(join(out, "client.gen.d.ts"), "// edited by hand\n");
    const repaired = await generate("--spec", spec, "--out", out);
    expect(repaired.stdout).toMatch(/written: client\.gen\.d\.ts/);
  });

  it("a redocly.yaml put beside a spec that had none is an input: the next run lints by it, not 'up to date'", async () => {
    const { spec, out } = copySpec("config-appears");
    rmSync(join(dirname(spec), "redocly.yaml"));
    expect((await generate("--spec", spec, "--out", out)).code).toBe(0);
    expect((await generate("--spec", spec, "--out", out)).stdout).toMatch(/is up to date with .*; nothing written/);
    // A rule the spec breaks, as an error.
    writeFileSync(join(dirname(spec), "redocly.yaml"), "rules:\n  required-string-property-missing-min-length: error\n");
    const linted = await generate("--spec", spec, "--out", out);
    expect(linted.stdout).not.toMatch(/up to date/);
    expect(linted.stderr).toMatch(/error required-string-property-missing-min-length/);
    expect(linted.code).toBe(2);
  });
});

describe("--watch", () => {
  it("regenerates on save, keeps the last good output on a bad edit, stops on Ctrl-C", async () => {
    const { spec, out } = copySpec("watch");
    const child = spawn("node_modules/.bin/tsx", ["scripts/generate.ts", "--no-docs", "--watch", "--spec", spec, "--out", out], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    const waitFor = async (pattern: RegExp, after: number) => {
      for (const started = Date.now(); Date.now() - started < 45_000; await new Promise((r) => setTimeout(r, 100))) if (pattern.test(output.slice(after))) return;
      throw new Error(`no ${pattern} in 45 s:\n${output}`);
    };
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      await waitFor(/watching .*openapi\.yaml/, 0);

      let mark = output.length;
      writeFileSync(spec, readFileSync(spec, "utf8").replace("ID of the project", "ID of the Northflank project"));
      await waitFor(/written: schema\.d\.ts.*\n[^]*watching/, mark);
      const good = readFileSync(join(out, "client.gen.d.ts"), "utf8");

      mark = output.length;
      writeFileSync(spec, readFileSync(spec, "utf8").replace("summary: Start job build", "summary: Start job build\n   bad: indent"));
      await waitFor(/openapi\.yaml:\d+:\d+ cannot parse: .*\(keeping the last good output\)\n[^]*watching/, mark);
      expect(readFileSync(join(out, "client.gen.d.ts"), "utf8")).toBe(good);
    } finally {
      child.kill("SIGINT");
    }
    expect(await exited).toBe(0);
    expect(output).toContain("generate --watch: stopped");
  }, 120_000);
});
