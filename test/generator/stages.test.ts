import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GeneratorError, InputChangedError } from "../../src/generator/errors.js";
import { generate } from "../../src/generator/generate.js";
import { manifest, manifestText, outputHashes } from "../../src/generator/incremental.js";
import { sha256 } from "../../src/generator/output-files.js";
import { loadSpec } from "../../src/generator/stages/load.js";
import { changedInput } from "../../src/generator/stages/changed-input.js";
import { startSchemaTypes, TypesWorker } from "../../src/generator/stages/types.js";
import { applyChanges, diffOutput } from "../../src/generator/stages/write.js";

const work = mkdtempSync(join(tmpdir(), "stages-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function specFile(name: string, text: string): string {
  writeFileSync(join(work, name), text);
  return join(work, name);
}

async function loadError(path: string, options = {}): Promise<GeneratorError> {
  return loadSpec(path, options).then(
    () => expect.fail("expected loadSpec to fail"),
    (error: GeneratorError) => error,
  );
}

describe("load", () => {
  it("bundles external $refs into one document with local refs", async () => {
    specFile("shared.yaml", "Thing:\n  type: object\n  properties:\n    id: {type: string}\n");
    const path = specFile("multi.yaml", [
      "openapi: 3.1.0",
      "info: {title: t, version: '1'}",
      "paths:",
      "  /things:",
      "    get:",
      "      responses:",
      "        '200':",
      "          description: ok",
      "          content:",
      "            application/json:",
      "              schema: {$ref: './shared.yaml#/Thing'}",
    ].join("\n"));
    const { document } = await loadSpec(path);
    expect(JSON.stringify(document)).not.toContain("shared.yaml");
    expect(document.components?.schemas?.Thing).toMatchObject({ type: "object" });
  });

  it("reports lint errors one per line as file:line:col with the rule", async () => {
    writeFileSync(join(work, "redocly.yaml"), "extends: [minimal]\nrules:\n  operation-operationId: error\n");
    const path = specFile("no-id.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok}\n");
    const error = await loadError(path);
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/no-id\.yaml:5:5 #\/paths\/~1a\/get\/operationId error operation-operationId: .*; nothing was generated$/);
    expect(error.details).toEqual([]);
    rmSync(join(work, "redocly.yaml"));
  });

  it("without a config of its own, a structure slip (3.0's nullable in 3.1) is a warning, not a stop", async () => {
    const path = specFile("warn.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: string, nullable: true}\n");
    const { warnings } = await loadSpec(path);
    expect(warnings).toEqual([expect.stringMatching(/warn\.yaml:6:23 #\/components\/schemas\/A\/nullable warn struct: /)]);
  });

  it("names an OpenAPI 3.2 document as unsupported", async () => {
    const path = specFile("v32.yaml", "openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
    const error = await loadError(path, { lint: false });
    expect(error.message).toBe(`${path}#/openapi: OpenAPI 3.2.0 is not supported; use 3.0.x or 3.1.x`);
  });
});

describe("types", () => {
  it("puts the do-not-edit header on openapi-typescript's output", async () => {
    const text = await startSchemaTypes().emit({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {} }, "spec.yaml");
    expect(text.startsWith("// Generated from spec.yaml by this project's OpenAPI generator. DO NOT EDIT.\n")).toBe(true);
    expect(text).toContain("export type paths = Record<string, never>;");
  });

  const standAlone = (title: string) => `openapi: 3.1.0\ninfo: { title: ${title}, version: "1" }\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses: { "200": { description: ok } }\n`;

  it("one worker takes job after job; a job typed from a read of the spec the main thread did not make fails as a mid-run change", async () => {
    const path = specFile("alone.yaml", standAlone("one"));
    const worker = new TypesWorker();
    try {
      for (const title of ["one", "two"]) {
        writeFileSync(path, standAlone(title));
        const job = worker.start(path);
        job.configure(true); // stands alone, default bundling: the worker types its own read
        expect(await job.emit(undefined, "alone.yaml", sha256(standAlone(title)))).toContain('"/a"');
      }
      const job = worker.start(path);
      job.configure(true);
      await expect(job.emit(undefined, "alone.yaml", sha256(standAlone("a newer save")))).rejects.toThrow(InputChangedError);
      // A job given up on does not hold up the next.
      worker.start(path).cancel();
      const next = worker.start(path);
      next.configure(true);
      expect(await next.emit(undefined, "alone.yaml", sha256(standAlone("two")))).toContain('"/a"');
    } finally {
      worker.close();
    }
  });

  it("a worker started for one job ends once it has answered, and its answer arrives; a later job gets a fresh worker", async () => {
    const path = specFile("one-job.yaml", standAlone("one"));
    const worker = new TypesWorker({ oneJob: true });
    const thread = () => (worker as unknown as { thread: { worker?: unknown } }).thread.worker;
    try {
      const job = worker.start(path);
      job.configure(true);
      expect(await job.emit(undefined, "one-job.yaml", sha256(standAlone("one")))).toContain('"/a"');
      // Its exit follows its answer: TypesWorker lets go of the thread when it hears of it.
      for (let waited = 0; thread() !== undefined && waited < 5_000; waited += 20) await new Promise((done) => setTimeout(done, 20));
      expect(thread()).toBeUndefined();
      const next = worker.start(path);
      next.configure(true);
      expect(await next.emit(undefined, "one-job.yaml", sha256(standAlone("one")))).toContain('"/a"');
    } finally {
      worker.close();
    }
  });

  it("a spec saved before the run has made its files: the run fails as a mid-run change (exit 4), and gives no files", async () => {
    const path = specFile("saved-mid-run.yaml", standAlone("one"));
    const types = startSchemaTypes(path);
    // The save lands once the worker has typed its read and the main thread has loaded its own.
    const savingMidRun = { ...types, emit: async (...args: Parameters<typeof types.emit>) => {
      const text = await types.emit(...args);
      writeFileSync(path, standAlone("two"));
      return text;
    } };
    const error = await generate({ spec: path, out: join(work, "saved-out") }, savingMidRun).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputChangedError);
    expect((error as InputChangedError).exitCode).toBe(4);
    expect((error as Error).message).toMatch(/saved-mid-run\.yaml changed while it was being generated from; nothing was written; run again$/);
  });

  it("a spec cut short after the main thread parsed it, before the worker read it: a mid-run change (exit 4), not a bad spec", async () => {
    const path = specFile("cut-short.yaml", standAlone("one"));
    const types = startSchemaTypes(path);
    const cutting = { ...types, configure: (parsed: Parameters<typeof types.configure>[0]) => {
      writeFileSync(path, standAlone("one").slice(0, 40));
      return types.configure(parsed);
    } };
    const error = await generate({ spec: path, out: join(work, "cut-out") }, cutting).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputChangedError);
    expect((error as Error).message).toMatch(/cut-short\.yaml changed while it was being generated from/);
  });

  it("a lint config that is a folder is refused in Redocly's words", async () => {
    const dir = mkdtempSync(join(work, "config-folder-"));
    const path = join(dir, "openapi.yaml");
    writeFileSync(path, standAlone("one"));
    const error = await loadSpec(path, { lintConfig: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as Error).message).toMatch(/Expected a file but received a folder/);
  });

  it("a lint config saved during the run: the run fails as a mid-run change, since the lint used the old one", async () => {
    const dir = mkdtempSync(join(work, "config-"));
    const path = join(dir, "openapi.yaml");
    writeFileSync(path, standAlone("one"));
    const config = join(dir, "redocly.yaml");
    writeFileSync(config, "extends: [minimal]\n");
    const types = startSchemaTypes(path);
    const savingMidRun = { ...types, emit: async (...args: Parameters<typeof types.emit>) => {
      const text = await types.emit(...args);
      writeFileSync(config, "extends: [recommended]\n");
      return text;
    } };
    const error = await generate({ spec: path, out: join(dir, "out") }, savingMidRun).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputChangedError);
    expect((error as Error).message).toMatch(/redocly\.yaml changed while it was being generated from/);
    // Unsaved, the same run goes through, and its manifest records the config it linted with.
    writeFileSync(config, "extends: [minimal]\n");
    const { digests } = await loadSpec(path);
    expect(digests.get(config)).toBe(sha256("extends: [minimal]\n"));
  });

  it("changedInput names a file whose bytes are no longer those read, or that is gone", () => {
    const a = specFile("a.yaml", "a: 1\r\n");
    const b = specFile("b.yaml", "b: 1\n");
    const read = new Map([[a, sha256("a: 1\r\n")], [b, sha256("b: 1\n")]]);
    expect(changedInput(read)).toBeUndefined();
    writeFileSync(a, "a: 1\n");
    expect(changedInput(read)).toBe(a);
    writeFileSync(a, "a: 1\r\n");
    writeFileSync(b, "b: 2\n");
    expect(changedInput(read)).toBe(b);
    rmSync(b);
    expect(changedInput(read)).toBe(b);
  });

  it("loadSpec hashes each file's bytes as read, CRLF included, and the manifest takes them instead of reading again", async () => {
    const path = specFile("crlf.yaml", standAlone("one").replaceAll("\n", "\r\n"));
    const { digests, files } = await loadSpec(path);
    expect(digests.get(path)).toBe(sha256(readFileSync(path)));
    expect(digests.get(path)).not.toBe(sha256(standAlone("one")));
    const options = { out: "x" };
    expect(manifest(path, files, options, {}, digests)).toEqual(manifest(path, files, options, {}));
    expect(manifest(path, files, options, {}, new Map([[path, sha256("other")]])).fingerprint).not.toBe(manifest(path, files, options, {}).fingerprint);
  });
});

describe("write", () => {
  const header = "// Generated from x.yaml by this project's OpenAPI generator. DO NOT EDIT.\n";

  /** A run's files and the manifest that names them, as generate() gives them. */
  const run = (files: { path: string; contents: string }[]) => [
    ...files,
    { path: "generate.manifest.json", contents: manifestText({ "x-generated": "x", fingerprint: files.map((f) => f.contents).join(), inputs: ["x.yaml"], outputs: outputHashes(files), built: [] }) },
  ];

  it("writes only what changed and removes only what the previous run's manifest lists", () => {
    const out = join(work, "out");
    const first = run([
      { path: "a.ts", contents: `${header}a` },
      { path: "nested/b.ts", contents: `${header}b` },
      { path: "old.ts", contents: `${header}old` },
    ]);
    expect(diffOutput(out, first)).toEqual({ changed: ["a.ts", "nested/b.ts", "old.ts", "generate.manifest.json"], orphaned: [] });
    applyChanges(out, first, diffOutput(out, first));
    expect(diffOutput(out, first)).toEqual({ changed: [], orphaned: [] });

    const second = run([first[0]!, { path: "nested/b.ts", contents: `${header}b2` }]);
    const changes = diffOutput(out, second);
    expect(changes).toEqual({ changed: ["nested/b.ts", "generate.manifest.json"], orphaned: ["old.ts"] });
    applyChanges(out, second, changes);
    expect(readFileSync(join(out, "nested/b.ts"), "utf8")).toBe(`${header}b2`);
    expect(existsSync(join(out, "old.ts"))).toBe(false);
    expect(diffOutput(out, second)).toEqual({ changed: [], orphaned: [] });
  });

  it("a file the manifest does not list, even one with our header, stops the run with nothing touched", () => {
    const out = join(work, "out-foreign");
    const files = run([{ path: "a.ts", contents: `${header}a` }]);
    applyChanges(out, files, diffOutput(out, files));
    for (const [name, text] of [["mine.ts", "// hand-written\n"], ["stray.ts", `${header}stray`]] as const) {
      writeFileSync(join(out, name), text);
      const next = run([{ path: "a.ts", contents: `${header}a2` }]);
      expect(() => diffOutput(out, next)).toThrow(GeneratorError);
      expect(() => diffOutput(out, next)).toThrow(`does not list ${name}`);
      expect(readFileSync(join(out, "a.ts"), "utf8")).toBe(`${header}a`);
      expect(readFileSync(join(out, name), "utf8")).toBe(text);
      rmSync(join(out, name));
    }
  });
});
