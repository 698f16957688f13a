/**
 * Watch mode lints in a worker while the main thread builds (lint-in-worker.ts). What a run
 * reports must not depend on where the lint ran: the same warnings, the same errors in the
 * same words, the lint's errors before anything met meanwhile, and a file the worker read
 * other than as the main thread read it is a mid-run change.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { GeneratorError, InputChangedError } from "../../src/generator/errors.js";
import { LintWorker, type LintedElsewhere } from "../../src/generator/stages/lint-in-worker.js";
import { loadSpec, loadSpecWhileLinting, type LoadOptions } from "../../src/generator/stages/load.js";

const work = mkdtempSync(join(tmpdir(), "lint-worker-"));
const worker = new LintWorker();
afterAll(() => {
  worker.close();
  rmSync(work, { recursive: true, force: true });
});

function specFile(name: string, text: string): string {
  writeFileSync(join(work, name), text);
  return join(work, name);
}

/** What loadSpec gives or throws, as data: the warnings and document, or the error's words and exit code. */
async function outcome(path: string, options: LoadOptions = {}) {
  try {
    const { warnings, document, files, digests } = await loadSpec(path, options);
    // In the order each resolver met them, which differs with where the lint ran: the manifest sorts them.
    return { warnings, document, files: [...files].sort(), digests: new Map([...digests].sort()) };
  } catch (error) {
    if (!(error instanceof GeneratorError)) throw error;
    return { error: error.message, details: error.details, exitCode: error.exitCode, kind: error.constructor.name };
  }
}

const header = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n";
const getA = (schema: string) => `paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: ${schema}\n`;

/** A spec in a folder of its own whose response schema is `$ref`'d from pet.yaml beside it. */
function specWithPet(prefix: string): { path: string; pet: string } {
  const dir = mkdtempSync(join(work, prefix));
  const path = join(dir, "api.yaml");
  const pet = join(dir, "pet.yaml");
  writeFileSync(path, `${header}${getA("{$ref: './pet.yaml'}")}`);
  writeFileSync(pet, "type: object\n");
  return { path, pet };
}

it("the worker's lint finds what the main thread's finds: warnings, errors in the same words, under a config or without one", { timeout: 60_000 }, async () => {
  specFile("shared.yaml", "Thing:\n  type: object\n  nullable: true\n  properties:\n    id: {type: string}\n");
  const cases = [
    // A structure slip: a warning, and a repair of the generator's at another place.
    specFile("warns.yaml", `${header}${getA("{$ref: '#/components/schemas/A'}")}components:\n  schemas:\n    A: {type: string, nullable: true}\n    B: null\n`),
    // A $ref'd file, bundled: its warning is located in it.
    specFile("multi.yaml", `${header}${getA("{$ref: './shared.yaml#/Thing'}")}`),
    // A $ref to nowhere: the lint's error, though bundling fails on it too.
    specFile("unresolved.yaml", `${header}${getA("{$ref: './missing.yaml'}")}`),
    specFile("local-unresolved.yaml", `${header}${getA("{$ref: '#/components/schemas/Missing'}")}components: {schemas: {}}\n`),
    // A file that does not parse.
    specFile("broken.yaml", `${header}paths:\n  /a: {get: [\n`),
  ];
  for (const path of cases) expect(await outcome(path, { lintElsewhere: worker.lint }), path).toEqual(await outcome(path));
  // Under a config of the spec's own: its rules' errors, each one, in the same order.
  const dir = mkdtempSync(join(work, "config-"));
  writeFileSync(join(dir, "redocly.yaml"), "extends: [minimal]\nrules:\n  operation-operationId: error\n");
  const strict = join(dir, "strict.yaml");
  writeFileSync(strict, `${header}paths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok}\n  /b:\n    get:\n      responses:\n        '200': {description: ok}\n`);
  const here = await outcome(strict);
  expect(here).toMatchObject({ exitCode: 2, error: expect.stringMatching(/strict\.yaml:5:5 #\/paths\/~1a\/get\/operationId error operation-operationId: .*\(and 1 more lint error\(s\)\); nothing was generated$/) });
  expect(await outcome(strict, { lintElsewhere: worker.lint })).toEqual(here);
});

it("on real specs the same: OpenAI's warnings, DigitalOcean's 2,850 $ref'd files, the Redocly starter's own config and its error", { timeout: 120_000 }, async () => {
  const specs = join(import.meta.dirname, "../../../shared/specs");
  const openai = await outcome(join(specs, "openai__openapi.yaml"));
  expect(openai.warnings?.length).toBeGreaterThan(100);
  expect(await outcome(join(specs, "openai__openapi.yaml"), { lintElsewhere: worker.lint })).toEqual(openai);
  const digitalocean = await outcome(join(specs, "digitalocean__specification/DigitalOcean-public.v2.yaml"));
  expect(digitalocean.files?.length).toBeGreaterThan(2000);
  expect(await outcome(join(specs, "digitalocean__specification/DigitalOcean-public.v2.yaml"), { lintElsewhere: worker.lint })).toEqual(digitalocean);
  const starter = await outcome(join(specs, "redocly-openapi-starter__openapi/openapi.yaml"));
  expect(starter).toMatchObject({ exitCode: 2, error: expect.stringContaining("paths/menu.yaml:30:9") });
  expect(await outcome(join(specs, "redocly-openapi-starter__openapi/openapi.yaml"), { lintElsewhere: worker.lint })).toEqual(starter);
});

it("the lint's errors come before an error met while it ran, as in a run that linted first", async () => {
  // Lint refuses the $ref; the main thread, which bundles meanwhile, stops on it too, in its own words.
  const path = specFile("both.yaml", `${header}${getA("{$ref: './nowhere.yaml#/X'}")}`);
  const loading = loadSpecWhileLinting(path, { lintElsewhere: worker.lint });
  const error = await loading.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GeneratorError);
  expect((error as Error).message).toMatch(/both\.yaml:\d+:\d+ #\/paths\/~1a\/get\/responses\/200\/content\/application~1json\/schema error no-unresolved-refs: /);
  // An error of the caller's while the lint runs waits for the lint, and is thrown when the lint has none.
  const clean = await loadSpecWhileLinting(specFile("clean.yaml", `${header}${getA("{type: string}")}`), { lintElsewhere: worker.lint });
  await expect(clean.failed(new Error("the caller's own"))).rejects.toThrow("the caller's own");
  // A spec bundling takes but its config's lint refuses: the lint's error, not the caller's.
  const dir = mkdtempSync(join(work, "dirty-"));
  writeFileSync(join(dir, "dirty.yaml"), `${header}${getA("{type: string}")}`);
  writeFileSync(join(dir, "redocly.yaml"), "extends: [minimal]\nrules:\n  operation-summary: error\n");
  const dirty = await loadSpecWhileLinting(join(dir, "dirty.yaml"), { lintElsewhere: worker.lint });
  await expect(dirty.failed(new Error("the caller's own"))).rejects.toThrow(/dirty\.yaml:5:5 #\/paths\/~1a\/get\/summary error operation-summary: /);
  await expect(dirty.checked()).rejects.toThrow(/operation-summary/);
});

it("a lint the worker cannot finish is run on the main thread, and worded as there", { timeout: 60_000 }, async () => {
  // Redocly throws on a $ref that leads back to itself; load.ts names the circle.
  const path = specFile("circle.yaml", `${header}${getA("{$ref: '#/components/schemas/A'}")}components:\n  schemas:\n    A: {$ref: '#/components/schemas/A'}\n`);
  const here = await outcome(path);
  expect(here).toMatchObject({ exitCode: 2, error: expect.stringContaining("leads back to itself") });
  let answered: unknown;
  const watching = (spec: string, config: string | undefined) => worker.lint(spec, config).then((answer) => (answered = answer));
  expect(await outcome(path, { lintElsewhere: watching })).toEqual(here);
  expect(answered).toEqual({ failed: expect.stringContaining("circular") });
  // A worker that dies answers the job it had; the next job gets a fresh worker.
  const dying = new LintWorker();
  const pending = dying.lint(path, undefined);
  dying.close();
  // A job given before the old worker's exit is heard goes to the new one, and is its to answer.
  const clean = specFile("after.yaml", `${header}${getA("{type: string}")}`);
  const next = dying.lint(clean, undefined);
  expect(await pending).toEqual({ failed: expect.stringMatching(/^the lint worker stopped/) });
  expect(await next).toEqual({ findings: [], digests: [[clean, expect.stringMatching(/^[0-9a-f]{64}$/)]] });
  dying.close();
});

it("a spec saved after the main thread read it, before the worker did, is a mid-run change, not a lint verdict", async () => {
  const path = specFile("saved.yaml", `${header}${getA("{type: string}")}`);
  // The lint is asked for before this thread reads the spec: the save waits for that read.
  let hasRead = () => {};
  const read = new Promise<void>((done) => (hasRead = done));
  const readFile = async (file: string) => {
    const text = readFileSync(file, "utf8");
    hasRead();
    return text;
  };
  const savedMeanwhile = async (spec: string, config: string | undefined) => {
    await read;
    // A save that breaks the spec: the worker would report an error the main thread never read.
    writeFileSync(spec, `${readFileSync(spec, "utf8")}components:\n  schemas:\n    A: {$ref: '#/components/schemas/Missing'}\n`);
    return worker.lint(spec, config);
  };
  const loading = await loadSpecWhileLinting(path, { lintElsewhere: savedMeanwhile, readFile });
  const error = await loading.checked().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputChangedError);
  expect((error as Error).message).toMatch(/saved\.yaml changed while it was being generated from/);
});

it("a $ref'd file saved after the worker read it, before this thread did, is a mid-run change, though the worker answered first", async () => {
  const { path, pet } = specWithPet("late-");
  // The worker's answer, on the files as they are now...
  const answer = await worker.lint(path, undefined);
  // ...and this thread's read of pet.yaml finds a save made after that answer came.
  const readFile = async (file: string) => {
    if (file === pet) {
      await new Promise((done) => setTimeout(done, 50));
      writeFileSync(pet, "type: object\nrequired: [name]\n");
    }
    return readFileSync(file, "utf8");
  };
  const loading = await loadSpecWhileLinting(path, { lintElsewhere: async () => answer, readFile });
  const error = await loading.checked().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputChangedError);
  expect((error as Error).message).toMatch(/pet\.yaml changed while it was being generated from/);
});

it("a lint the worker could not finish is run here on the files as read, not on the documents bundling and the repairs changed", async () => {
  // Under `recommended`, `struct` is an error: a schema written as null stops a cold run; the repairs would make it {}.
  const dir = mkdtempSync(join(work, "repaired-"));
  writeFileSync(join(dir, "redocly.yaml"), "extends: [recommended]\n");
  const path = join(dir, "api.yaml");
  writeFileSync(path, `${header}servers: [{url: 'https://a.example'}]\nsecurity: []\n${getA("{$ref: '#/components/schemas/B'}").replace("      operationId: getA\n", "      operationId: getA\n      summary: A\n      description: A.\n")}components:\n  schemas:\n    B: null\n`);
  const cold = await outcome(path);
  expect(cold).toMatchObject({ exitCode: 2, error: expect.stringMatching(/#\/components\/schemas\/B error struct: /) });
  const workerStopped = async (): Promise<LintedElsewhere> => ({ failed: "the lint worker stopped: it exited" });
  expect(await outcome(path, { lintElsewhere: workerStopped })).toEqual(cold);
});

it("under a plugin's preprocessors the lint stays on the main thread: they change the documents a cold run's bundle then takes", async () => {
  const dir = mkdtempSync(join(work, "preprocessed-"));
  // Not idempotent: run once by the lint and once by the bundle on the same documents, as in a cold run, it adds two marks.
  writeFileSync(join(dir, "plugin.cjs"), "module.exports = () => ({ id: 'mark', preprocessors: { oas3: { suffix: () => ({ Info: { leave(info) { info.description = (info.description || '') + '!'; } } }) } } });\n");
  writeFileSync(join(dir, "redocly.yaml"), "plugins:\n  - ./plugin.cjs\npreprocessors:\n  mark/suffix: on\nrules:\n  struct: warn\n  no-unresolved-refs: error\n");
  const path = join(dir, "api.yaml");
  writeFileSync(path, `openapi: 3.1.0\ninfo: {title: t, version: '1', description: Hello}\n${getA("{type: string}")}`);
  let asked = 0;
  const counted = (spec: string, configPath: string | undefined) => (asked++, worker.lint(spec, configPath));
  const cold = await outcome(path);
  expect(cold).toMatchObject({ document: { info: { description: "Hello!!" } } });
  expect(await outcome(path, { lintElsewhere: counted })).toEqual(cold);
  expect(asked).toBe(0);
});

it("a $ref'd file gone while the worker read it (a save by delete and create), back before this thread read it, is a mid-run change, not an unresolved $ref", async () => {
  const { path, pet } = specWithPet("gone-");
  renameSync(pet, `${pet}.saving`);
  const answer = await worker.lint(path, undefined);
  renameSync(`${pet}.saving`, pet);
  expect(answer).toMatchObject({ findings: [expect.objectContaining({ severity: "error", message: expect.stringContaining("Can't resolve $ref") })] });
  const loading = await loadSpecWhileLinting(path, { lintElsewhere: async () => answer });
  const error = await loading.checked().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputChangedError);
  expect((error as Error).message).toMatch(/pet\.yaml changed while it was being generated from/);
  // Gone for both threads, it is the lint's error, as in a cold run.
  rmSync(pet);
  const cold = await outcome(path);
  expect(cold).toMatchObject({ exitCode: 2, error: expect.stringMatching(/no-unresolved-refs/) });
  expect(await outcome(path, { lintElsewhere: worker.lint })).toEqual(cold);
});

it("a spec gone when the lint that stands in for the worker's reads it, after this thread read it, is a mid-run change, not that lint's error", async () => {
  const path = specFile("vanishing.yaml", `${header}${getA("{type: string}")}`);
  let reads = 0;
  // This thread's read finds the spec; the main-thread lint after the worker failed finds it gone.
  const readFile = async (file: string) => {
    if (file === path && ++reads > 1) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${file}'`), { code: "ENOENT" });
    return readFileSync(file, "utf8");
  };
  const workerStopped = async (): Promise<LintedElsewhere> => ({ failed: "the lint worker stopped: it exited" });
  const loading = await loadSpecWhileLinting(path, { lintElsewhere: workerStopped, readFile });
  const error = await loading.checked().catch((e: unknown) => e);
  expect(reads).toBe(2);
  expect(error).toBeInstanceOf(InputChangedError);
  expect((error as Error).message).toMatch(/vanishing\.yaml changed while it was being generated from/);
});
