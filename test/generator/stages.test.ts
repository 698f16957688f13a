import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GeneratorError } from "../../src/generator/errors.js";
import { manifestText, outputHashes } from "../../src/generator/incremental.js";
import { loadSpec } from "../../src/generator/stages/load.js";
import { startSchemaTypes } from "../../src/generator/stages/types.js";
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
