/**
 * Watch mode keeps openapi-typescript's worker and the loaded modules between runs. What it
 * writes after any series of saves must be what a cold `npm run generate` writes from the
 * same files, byte for byte: edits in a `$ref`'d file, a renamed component, a deleted
 * operation, a new `$ref`'d file, a `$ref`'d file renamed and the old one deleted, a save in
 * two writes that may land mid-run, a spec that comes to stand alone (typed by the worker
 * from its own read).
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";

const work = mkdtempSync(join(tmpdir(), "watch-warm-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const spec = join(work, "api.yaml");
const warm = join(work, "warm");
const cold = join(work, "cold");

const mainSpec = (schema: string, file: string, extraPath = "", inline?: string) => `openapi: 3.1.0
info:
  title: Pets
  version: 1.0.0
servers:
  - url: https://pets.example.com
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      summary: Get a pet
      parameters:
        - { name: petId, in: path, required: true, schema: { type: string } }
      responses:
        "200":
          description: The pet
          content:
            application/json:
              schema: { $ref: "#/components/schemas/${schema}" }
  /pets:
    post:
      operationId: addPet
      summary: Add a pet
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: "#/components/schemas/${schema}" }
      responses:
        "201": { description: Added }
${extraPath}components:
  schemas:
    ${schema}:
${inline ?? `      $ref: "./${file}"\n`}`;

const petFile = (description: string) => `type: object
description: ${description}
required: [name]
properties:
  name: { type: string }
  age: { type: integer, minimum: 0 }
`;

const ownerPath = `  /owners:
    get:
      operationId: listOwners
      summary: List owners
      responses:
        "200":
          description: Owners
          content:
            application/json:
              schema: { $ref: "./owner.yaml" }
`;

/** Every file under `dir`, path -> bytes as text. */
function files(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [join(entry.parentPath, entry.name).slice(dir.length + 1), readFileSync(join(entry.parentPath, entry.name), "latin1")]),
  );
}

/** `npm run generate -- --no-docs --spec <specFile> ...args` in a process of its own: the cold path. */
function coldRun(specFile: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) =>
    execFile(process.execPath, ["scripts/run-compiled.mjs", "scripts/generate.ts", "--no-docs", "--spec", specFile, ...args], { timeout: 60_000 }, (error, stdout, stderr) => done({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr })),
  );
}

/** A folder of a test's own, with the Pets spec (api.yaml, its schema in pet.yaml); `out` for the output. */
function petFolder(name: string): { dir: string; spec: string; out: string } {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "pet.yaml"), petFile("A pet"));
  writeFileSync(join(dir, "api.yaml"), mainSpec("Pet", "pet.yaml"));
  return { dir, spec: join(dir, "api.yaml"), out: join(dir, "out") };
}

/**
 * `generate --watch ...args` in a process of its own, all it prints (stdout and stderr) handed
 * to `print`; `detached`: a process group of its own, as a terminal's foreground job.
 */
function startWatch(args: string[], print: (text: string) => void, detached = false) {
  const child = spawn(process.execPath, ["scripts/run-compiled.mjs", "scripts/generate.ts", "--watch", ...args], { stdio: ["ignore", "pipe", "pipe"], detached });
  for (const stream of [child.stdout, child.stderr]) stream.setEncoding("utf8").on("data", print);
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  return { child, exited };
}

/** The manifest's fingerprint covers the --out given, which differs between the two folders; all else must match. */
const withoutFingerprint = (text: string) => text.replace(/"fingerprint": "[0-9a-f]+"/, '"fingerprint": "(differs by --out)"');

/**
 * A cold run of the Pets spec whose schema is a `$ref` over http, to a server on 127.0.0.1
 * answering `served.first`; then `generate --watch` on the same folder once the server answers
 * `served.then` (undefined: never). `during` sees the watch process's output as it comes; then
 * a Ctrl-C must stop it. Resolves with all it printed, and the files the cold run wrote.
 */
async function watchPetsOverHttp(name: string, served: { first: string; then: string | undefined }, during: (output: () => string, out: string) => Promise<void>) {
  let answer: string | undefined = served.first;
  const server = createServer((_request, response) => void (answer !== undefined && response.writeHead(200, { "Content-Type": "application/yaml" }).end(answer)));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { spec, out } = petFolder(name);
  writeFileSync(spec, mainSpec("Pet", "", "", `      $ref: "http://127.0.0.1:${(server.address() as AddressInfo).port}/pet.yaml"\n`));
  let output = "";
  let child: ChildProcess | undefined;
  try {
    expect((await coldRun(spec, "--out", out)).code).toBe(0);
    const before = files(out);
    answer = served.then;
    const started = startWatch(["--no-docs", "--spec", spec, "--out", out], (text) => (output += text));
    child = started.child;
    await during(() => output, out);
    child.kill("SIGINT");
    // Bounded: a stop that waited on a server that never answers would wait for fetch to give up (300 s).
    expect(await Promise.race([started.exited, new Promise((r) => setTimeout(() => r("still running 30 s after Ctrl-C"), 30_000))])).toBe(0);
    expect(output.split("\n").filter(Boolean).at(-1)).toBe("generate --watch: stopped");
    return { output, before, out };
  } finally {
    child?.kill("SIGKILL");
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
}

/** Waits until `text()` matches `pattern`; fails after 45 s. */
async function until(text: () => string, pattern: RegExp): Promise<void> {
  for (const since = Date.now(); !pattern.test(text()); await new Promise((r) => setTimeout(r, 25))) if (Date.now() - since > 45_000) throw new Error(`no ${pattern} in 45 s:\n${text()}`);
}

it("after a series of edits, renames and deletions, watch mode's output is byte-identical to a cold run's", { timeout: 180_000 }, async () => {
  mkdirSync(work, { recursive: true });
  writeFileSync(spec, mainSpec("Pet", "pet.yaml"));
  writeFileSync(join(work, "pet.yaml"), petFile("A pet"));
  let output = "";
  const { child, exited } = startWatch(["--no-docs", "--spec", spec, "--out", warm], (text) => (output += text));
  const runs = () => output.split("\n").filter((line) => /^generate: .* in [\d.]+s$/.test(line)).length;
  /** Waits for a new successful run, then for the watcher to be quiet (a step of several writes may run more than once). */
  const settled = async (before: number) => {
    for (const started = Date.now(); runs() <= before || !output.trimEnd().endsWith("(Ctrl-C to stop)"); await new Promise((r) => setTimeout(r, 50))) {
      if (Date.now() - started > 45_000) throw new Error(`no run in 45 s:\n${output}`);
    }
    for (let length = -1; length !== output.length; await new Promise((r) => setTimeout(r, 400))) length = output.length;
  };
  const steps: [string, () => void | Promise<void>][] = [
    ["a description edited in the $ref'd file", () => writeFileSync(join(work, "pet.yaml"), petFile("A pet, as the shelter knows it"))],
    ["a component renamed", () => writeFileSync(spec, mainSpec("Animal", "pet.yaml"))],
    [
      "an operation added, its schema in a new $ref'd file",
      () => {
        writeFileSync(join(work, "owner.yaml"), "type: array\nitems: { type: string }\n");
        writeFileSync(spec, mainSpec("Animal", "pet.yaml", ownerPath));
      },
    ],
    ["a field added to the new file", () => writeFileSync(join(work, "owner.yaml"), "type: array\nitems: { type: object, properties: { name: { type: string } } }\n")],
    [
      "the $ref'd file renamed, the old name gone",
      () => {
        renameSync(join(work, "pet.yaml"), join(work, "animal.yaml"));
        writeFileSync(spec, mainSpec("Animal", "animal.yaml", ownerPath));
      },
    ],
    ["an operation deleted", () => writeFileSync(spec, mainSpec("Animal", "animal.yaml"))],
    ["a field removed from the renamed file", () => writeFileSync(join(work, "animal.yaml"), petFile("A pet, as the shelter knows it").replace("  age: { type: integer, minimum: 0 }\n", ""))],
    [
      "a save in two writes, the second after the debounce (it may land during the first's run)",
      async () => {
        writeFileSync(spec, mainSpec("Animal", "animal.yaml", ownerPath));
        await new Promise((r) => setTimeout(r, 70));
        writeFileSync(spec, mainSpec("Animal", "animal.yaml").replace("summary: Get a pet", "summary: Get one pet"));
      },
    ],
    ["the spec made to stand alone (the schema written in)", () => writeFileSync(spec, mainSpec("Animal", "animal.yaml", "", petFile("A pet written in").replace(/^/gm, "      ")).replace("summary: Get a pet", "summary: Get one pet"))],
  ];
  try {
    await settled(-1);
    for (const [step, edit] of steps) {
      const before = runs();
      edit();
      await settled(before);
      // A cold run's output beside it, compared file by file...
      rmSync(cold, { recursive: true, force: true });
      expect((await coldRun(spec, "--out", cold)).code, step).toBe(0);
      const warmFiles = files(warm);
      expect(Object.keys(warmFiles).sort(), step).toEqual(Object.keys(files(cold)).sort());
      for (const [path, bytes] of Object.entries(files(cold))) expect(withoutFingerprint(warmFiles[path]!), `${step}: ${path}`).toBe(withoutFingerprint(bytes));
      // ...and a cold run's check of the watched folder itself, manifest and all...
      const check = await coldRun(spec, "--out", warm, "--check", "--base", "none");
      expect(check.stdout + check.stderr, step).toMatch(/generate --check: .* is up to date with/);
      expect(check.code, step).toBe(0);
      // ...and its manifest hashes the inputs as they are: a cold run there has nothing to do.
      const again = await coldRun(spec, "--out", warm);
      expect(again.stdout, step).toMatch(/is up to date with .*; nothing written/);
    }
    // The steps did change the output: the last one has neither the age field nor listOwners.
    const client = readFileSync(join(warm, "client.gen.d.ts"), "utf8");
    expect(client).toContain("getPet");
    expect(client).not.toContain("listOwners");
    expect(readFileSync(join(warm, "schema.d.ts"), "utf8")).toContain("A pet written in");
  } finally {
    child.kill("SIGINT");
  }
  expect(await exited).toBe(0);
  expect(output).toContain("generate --watch: stopped");
  expect(output).not.toMatch(/keeping the last good output/);
});

it("started on a folder already up to date, watch mode writes nothing, warms up in memory, and its first save reuses what the edit does not reach", { timeout: 120_000 }, async () => {
  const { dir, spec: upToDate, out } = petFolder("up-to-date");
  expect((await coldRun(upToDate, "--out", out)).code).toBe(0);
  const before = files(out);
  const mtimes = () => Object.keys(before).map((path) => statSync(join(out, path)).mtimeMs);
  const writtenAt = mtimes();
  let output = "";
  const { child, exited } = startWatch(["--no-docs", "--spec", upToDate, "--out", out], (text) => (output += text));
  try {
    await until(() => output, /^generate --watch: warmed up: .* nothing written \([\d.]+s\)$/m);
    expect(output).toMatch(/is up to date with .*api\.yaml; nothing written/);
    // Nothing touched: the same bytes, the same modification times.
    expect(files(out)).toEqual(before);
    expect(mtimes()).toEqual(writtenAt);
    // One operation may now answer 409: the other operation's model comes from the warm-up.
    writeFileSync(upToDate, mainSpec("Pet", "pet.yaml").replace('"201": { description: Added }', '"201": { description: Added }\n        "409": { description: Taken }'));
    await until(() => output, /^generate: .* in [\d.]+s$/m);
    expect(output).toMatch(/^generate: .*api\.yaml -> .* \(2 operations, 1 reused from the last run; written: schema\.d\.ts, openapi\.docs\.json, generate\.manifest\.json;/m);
    // The change is told against what the folder held, as a cold run tells it.
    await until(() => output, /since the last run/);
    expect(output).toMatch(/^generate: 0 breaking, 0 non-breaking, 1 info change\(s\) since the last run/m);
    // And what it wrote is what a cold run writes.
    const cold = join(dir, "cold");
    expect((await coldRun(upToDate, "--out", cold)).code).toBe(0);
    const warmFiles = files(out);
    for (const [path, bytes] of Object.entries(files(cold))) expect(withoutFingerprint(warmFiles[path]!), path).toBe(withoutFingerprint(bytes));
  } finally {
    child.kill("SIGINT");
  }
  expect(await exited).toBe(0);
  expect(output).not.toMatch(/keeping the last good output/);
});

it("Ctrl-C during the warm-up stops at once: the warm-up, which writes nothing, is left behind and says nothing", { timeout: 120_000 }, async () => {
  // The $ref answers the cold run, then never again: the warm-up cannot end by itself.
  const { output, before, out } = await watchPetsOverHttp("interrupted-warm-up", { first: petFile("A pet"), then: undefined }, (output) => until(output, /^generate --watch: watching/m));
  expect(output).not.toMatch(/warmed up|while warming up/);
  expect(files(out)).toEqual(before);
});

it("a warm-up that makes other files than the folder holds (a $ref over http now answers otherwise) says so, and a run writes them", { timeout: 120_000 }, async () => {
  const { output } = await watchPetsOverHttp("over-http", { first: petFile("A pet"), then: petFile("A pet, as the server now tells it") }, async (output, out) => {
    await until(output, /^generate: .* written: .* in [\d.]+s$/m);
    expect(readFileSync(join(out, "schema.d.ts"), "utf8")).toContain("A pet, as the server now tells it");
  });
  expect(output).toMatch(/is up to date with .*; nothing written/);
  expect(output).toMatch(/^generate --watch: .*out\/ is out of date with .*api\.yaml after all \(an input changed as watch mode started, or one read over http\); running again$/m);
  expect(output).not.toMatch(/warmed up/);
});

it("a warm-up that fails (a $ref over http now answers with broken YAML) is told in one line, and writes nothing", { timeout: 120_000 }, async () => {
  const { output, before, out } = await watchPetsOverHttp("warm-up-fails", { first: petFile("A pet"), then: "type: object\nproperties: [unclosed\n" }, (output) => until(output, /while warming up/));
  expect(output).toMatch(/^generate: http:\/\/127\.0\.0\.1:\d+\/pet\.yaml:3:1 cannot parse: .* \(found while warming up; nothing written, the next save runs the whole chain\)$/m);
  expect(output).not.toMatch(/warmed up|Error:|    at /);
  expect(files(out)).toEqual(before);
});

it("with the HTML docs on, a save is written before its docs are built; saves during a build get one more build, of the last save", { timeout: 120_000 }, async () => {
  const { dir, spec: docsSpec, out } = petFolder("docs");
  let output = "";
  const { child, exited } = startWatch(["--spec", docsSpec, "--out", out], (text) => (output += text));
  const count = (pattern: RegExp) => output.split("\n").filter((line) => pattern.test(line)).length;
  const until = async (done: () => boolean) => {
    for (const started = Date.now(); !done(); await new Promise((r) => setTimeout(r, 25))) if (Date.now() - started > 60_000) throw new Error(`waited 60 s:\n${output}`);
  };
  const written = /^generate: .* docs being built into .* in [\d.]+s$/;
  const built = /^generate --watch: docs built in /;
  try {
    await until(() => count(built) === 1);
    writeFileSync(join(dir, "pet.yaml"), petFile("A pet, first save"));
    await until(() => count(written) === 2);
    // The run is done with its files before Redocly has built the page.
    expect(count(built)).toBe(1);
    expect(readFileSync(join(out, "openapi.docs.json"), "utf8")).toContain("A pet, first save");
    writeFileSync(join(dir, "pet.yaml"), petFile("A pet, second save"));
    await until(() => count(written) === 3);
    await until(() => count(built) === 2);
    await new Promise((r) => setTimeout(r, 1500)); // no stray build after
    expect(count(built)).toBe(2);
    expect(readFileSync(join(out, "docs/index.html"), "utf8")).toContain("A pet, second save");
  } finally {
    child.kill("SIGINT");
  }
  expect(await exited).toBe(0);
  expect(output).not.toMatch(/keeping the last/);
});

it("watch mode lints beside the build, and reports as a cold run does: the same warnings, the same errors, the last good output kept", { timeout: 120_000 }, async () => {
  const dir = join(work, "lint");
  mkdirSync(dir, { recursive: true });
  const lintSpec = join(dir, "api.yaml");
  const out = join(dir, "out");
  const good = mainSpec("Pet", "pet.yaml", "", petFile("A pet").replace(/^/gm, "      "));
  writeFileSync(lintSpec, good);
  let output = "";
  const { child, exited } = startWatch(["--no-docs", "--spec", lintSpec, "--out", out], (text) => (output += text));
  const watching = () => output.split("\n").filter((line) => line.startsWith("generate --watch: watching")).length;
  const ran = async (before: number) => {
    for (const started = Date.now(); watching() <= before; await new Promise((r) => setTimeout(r, 25))) if (Date.now() - started > 45_000) throw new Error(`no run in 45 s:\n${output}`);
  };
  /** The lines a run printed, from a save to the watcher's next "watching". */
  const saved = async (text: string) => {
    const before = watching();
    const from = output.length;
    writeFileSync(lintSpec, text);
    await ran(before);
    return output.slice(from).split("\n").filter((line) => line !== "" && !line.startsWith("generate --watch: watching"));
  };
  const cold = (text: string) => {
    writeFileSync(join(dir, "cold.yaml"), text);
    return new Promise<string[]>((done) =>
      execFile(process.execPath, ["scripts/run-compiled.mjs", "scripts/generate.ts", "--no-docs", "--spec", join(dir, "cold.yaml"), "--out", join(dir, "cold-out")], { timeout: 60_000 }, (_error, stdout, stderr) => done(`${stderr}${stdout}`.split("\n"))),
    );
  };
  // A run's lines in the cold run's words: its spec named as the cold one, the watcher's failure as the one-shot's.
  const asCold = (lines: string[]) => lines.map((line) => line.replaceAll("api.yaml", "cold.yaml").replace(" (keeping the last good output)", ""));
  try {
    await ran(0);
    // 3.0's nullable in a 3.1 spec: the lint's warning, located in the spec.
    const warns = good.replace("  age: { type: integer, minimum: 0 }", "  age: { type: integer, minimum: 0, nullable: true }");
    const warned = asCold(await saved(warns)).filter((line) => line.includes(" warn "));
    expect(warned).toEqual([expect.stringMatching(/cold\.yaml:\d+:\d+ #\/components\/schemas\/Pet\/properties\/age\/nullable warn struct: /)]);
    expect(warned).toEqual((await cold(warns)).filter((line) => line.includes(" warn ")));
    const written = readFileSync(join(out, "schema.d.ts"), "utf8");
    // A $ref to nowhere: the lint's error, and the output as the last good run left it.
    const broken = warns.replace('schema: { $ref: "#/components/schemas/Pet" }', 'schema: { $ref: "#/components/schemas/Missing" }');
    const failed = asCold(await saved(broken)).filter((line) => line.includes(" error "));
    expect(failed).toEqual([expect.stringMatching(/^generate: \/.*\/cold\.yaml:\d+:\d+ #\/paths\/.* error no-unresolved-refs: Can't resolve \$ref; nothing was generated$/)]);
    expect(failed).toEqual((await cold(broken)).filter((line) => line.includes(" error ")));
    expect(readFileSync(join(out, "schema.d.ts"), "utf8")).toBe(written);
    // Mended, it generates again, and says what changed since the last run that wrote: age is no longer
    // nullable, which breaks a caller of addPet that sends null and not one that reads getPet's answer.
    const mended = await saved(good);
    expect(mended).toContainEqual(expect.stringMatching(/^generate: .* 0 warning\(s\)\) in [\d.]+s$/));
    expect(mended).toContainEqual(expect.stringMatching(/^generate: 1 breaking, 1 non-breaking, 0 info change\(s\) since the last run/));
  } finally {
    child.kill("SIGINT");
  }
  expect(await exited).toBe(0);
});

it("Ctrl-C during a run stops once the run is done: no watcher opens after it, another Ctrl-C waits too, and the workers end with the process", { timeout: 120_000 }, async () => {
  const dir = join(work, "interrupted");
  mkdirSync(dir, { recursive: true });
  // GitHub's spec: its first run takes seconds, so the Ctrl-C lands in it.
  const spec = join(dir, "github.json");
  copyFileSync("node_modules/@octokit/openapi/generated/api.github.com.json", spec);
  let output = "";
  const { child, exited } = startWatch(["--no-docs", "--spec", spec, "--out", join(dir, "out")], (text) => (output += text));
  // Well after watch mode listens for it (at once), well before a run of 4-5 s ends.
  await new Promise((r) => setTimeout(r, 2500));
  const atInterrupt = output;
  child.kill("SIGINT");
  // A second Ctrl-C while it stops is told to wait: not Node's default, which kills it mid-write.
  await new Promise((r) => setTimeout(r, 300));
  const secondInRun = child.exitCode === null && !/^generate: /m.test(output);
  child.kill("SIGINT");
  expect(await exited).toBe(0);
  // It had not finished its first run: the Ctrl-C came during it.
  expect(atInterrupt).not.toMatch(/^generate: /m);
  const lines = output.split("\n").filter(Boolean);
  expect(lines.at(-1)).toBe("generate --watch: stopped");
  if (secondInRun) expect(lines).toContain("generate --watch: stopping once the run and the docs build under way are done");
  expect(lines.filter((line) => line.startsWith("generate --watch: watching"))).toEqual([]);
  // The run it was in finished: its files are whole, and say they are.
  expect(lines).toContainEqual(expect.stringMatching(/^generate: .*github\.json -> .* \(1223 operations; written: /));
  expect(existsSync(join(dir, "out/generate.manifest.json"))).toBe(true);
});

it("a terminal's Ctrl-C during a docs build, which stops Redocly too, is told as such, and watch mode stops cleanly", { timeout: 120_000 }, async () => {
  const { spec, out } = petFolder("interrupted-docs");
  // A process group of its own, as a terminal's foreground job: its Ctrl-C goes to Redocly too.
  let output = "";
  const { child, exited } = startWatch(["--spec", spec, "--out", out], (text) => (output += text), true);
  for (const started = Date.now(); !/docs being built into/.test(output); await new Promise((r) => setTimeout(r, 25))) if (Date.now() - started > 60_000) throw new Error(`no run in 60 s:\n${output}`);
  // Redocly takes seconds to build the page: the Ctrl-C lands in it.
  await new Promise((r) => setTimeout(r, 300));
  const built = /docs built in/.test(output);
  process.kill(-child.pid!, "SIGINT");
  expect(await exited).toBe(0);
  const lines = output.split("\n").filter(Boolean);
  expect(lines.at(-1)).toBe("generate --watch: stopped");
  expect(output).not.toMatch(/Command failed/);
  if (!built) expect(lines).toContainEqual(expect.stringMatching(/^generate: cannot build the docs from .*openapi\.docs\.json: Redocly was stopped by SIGINT \(keeping the last docs\)$/));
});
