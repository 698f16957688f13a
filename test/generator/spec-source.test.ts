import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BaseResolver, bundle, createConfig, isMappingRef as redoclyIsMappingRef } from "@redocly/openapi-core";
import { afterAll, describe, expect, it } from "vitest";
import { loadSpec } from "../../src/generator/stages/load.js";
import { isMappingRef } from "../../src/generator/spec/mapping-ref.mjs";
import { isSelfContained, parseJsonSpec, readSpecText, type InlinedRef } from "../../src/generator/stages/spec-source.mjs";
import { startSchemaTypes } from "../../src/generator/stages/types.js";

const work = mkdtempSync(join(tmpdir(), "spec-source-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function specFile(name: string, text: string): string {
  writeFileSync(join(work, name), text);
  return join(work, name);
}

/** Redocly's own bundle of a file, with no config: what skipping the bundle must equal. */
async function redoclyBundle(path: string): Promise<unknown> {
  const config = await createConfig({});
  return (await bundle({ ref: path, config, externalRefResolver: new BaseResolver(config.resolve), dereference: false })).bundle.parsed;
}

const standAlone = [
  "openapi: 3.1.0",
  "info: {title: t, version: '1'}",
  "paths:",
  "  /pets/{id}:",
  "    get:",
  "      operationId: getPet",
  "      parameters: [{name: id, in: path, required: true, schema: {type: string}}]",
  "      responses:",
  "        '200':",
  "          description: ok",
  "          content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}",
  "components:",
  "  schemas:",
  "    Pet: {type: object, properties: {name: {type: string}, parent: {$ref: '#/components/schemas/Pet'}}}",
].join("\n");

describe("isSelfContained", () => {
  it.each([
    ["local $refs only", { paths: { a: { $ref: "#/x" } } }, true],
    ["a $ref to another file", { a: { $ref: "other.yaml#/X" } }, false],
    ["a $ref inside an example (bundling inlines it)", { a: { example: { $ref: "#/x" } } }, false],
    ["a $ref inside a schema's examples array", { examples: [{ $ref: "#/x" }] }, false],
    ["a $ref inside an extension", { "x-a": { b: { $ref: "#/c" } } }, false],
    ["media-type examples that $ref components", { examples: { a: { $ref: "#/components/examples/a" } } }, true],
    ["an example with externalValue", { examples: { a: { externalValue: "a.json" } } }, false],
    ["a discriminator mapping within the file", { x: { discriminator: { propertyName: "t", mapping: { a: "#/components/schemas/A" } } } }, true],
    ["a discriminator mapping to another file", { x: { discriminator: { propertyName: "t", mapping: { a: "./a.yaml" } } } }, false],
  ])("%s: %s", (_name, document, expected) => {
    expect(isSelfContained(document)).toBe(expected);
  });
});

describe("isMappingRef, Redocly's copied so the types worker need not load Redocly", () => {
  it("says what Redocly's says, for every kind of mapping value", () => {
    const values = ["Dog", "#/components/schemas/Dog", "./dog.yaml", "../dog.yaml", "schemas/dog", "dog.yaml", "dog.YML", "dog.json", "http://x/dog", "https://x/dog", "file:///dog", "data:x", "dog#frag", "", 3, undefined, null];
    for (const value of values) expect(isMappingRef(value), String(value)).toBe(redoclyIsMappingRef(value as string));
  });
});

describe("parsing", () => {
  it("reads .json with JSON.parse and falls back to YAML for text JSON.parse refuses", async () => {
    expect(parseJsonSpec('{"openapi": "3.1.0"}', "a.json")).toEqual({ openapi: "3.1.0" });
    expect(parseJsonSpec("openapi: 3.1.0", "a.json")).toBeUndefined();
    expect(parseJsonSpec('{"openapi": "3.1.0"}', "a.yaml")).toBeUndefined();
    expect((await readSpecText(specFile("yaml-in.json", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"))).parsed).toEqual({ openapi: "3.1.0", info: { title: "t", version: "1" } });
  });
});

describe("skipping the bundle of a spec that stands alone", () => {
  it("gives exactly Redocly's bundle, in YAML and in JSON", async () => {
    for (const path of [specFile("alone.yaml", standAlone), specFile("alone.json", JSON.stringify((await readSpecText(specFile("alone-src.yaml", standAlone))).parsed))]) {
      const loaded = await loadSpec(path);
      expect(loaded.bundled).toBe(false);
      expect(loaded.document).toEqual(await redoclyBundle(path));
      expect(loaded.document.components).toBeDefined();
    }
  });

  const literalRef = () => specFile("literal-ref.yaml", `${standAlone}\n  examples:\n    pet: {value: {name: Rex}}\n`.replace("{type: object, properties:", "{type: object, example: {$ref: '#/components/examples/pet'}, properties:"));

  it("inlines an example's $ref to a component as Redocly's bundle does, without bundling", async () => {
    const path = literalRef();
    const loaded = await loadSpec(path);
    expect(loaded.bundled).toBe(false);
    expect(loaded.document).toEqual(await redoclyBundle(path));
    expect(JSON.stringify(loaded.document.components?.schemas?.Pet)).not.toContain("$ref\":\"#/components/examples");
  });

  it("bundles when a $ref leaves the file", async () => {
    writeFileSync(join(work, "pet.yaml"), "type: object\nproperties: {name: {type: string}}\n");
    const path = specFile("external-ref.yaml", standAlone.replace("{type: object, properties: {name: {type: string}, parent: {$ref: '#/components/schemas/Pet'}}}", "{$ref: './pet.yaml'}"));
    const loaded = await loadSpec(path);
    expect(loaded.bundled).toBe(true);
    expect(loaded.document).toEqual(await redoclyBundle(path));
  });

  it("bundles when the lint config has a decorator, which then applies", async () => {
    const dir = join(work, "decorated");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "redocly.yaml"), "extends: [minimal]\ndecorators:\n  remove-x-internal: on\n");
    writeFileSync(join(dir, "openapi.yaml"), standAlone.replace("operationId: getPet", "operationId: getPet\n      x-internal: true"));
    const loaded = await loadSpec(join(dir, "openapi.yaml"));
    expect(loaded.bundled).toBe(true);
    expect(loaded.document.paths?.["/pets/{id}"]?.get).toBeUndefined();
  });

  it.each([
    ["with no literal $ref", () => specFile("types.yaml", standAlone), 'parent?: components["schemas"]["Pet"]'],
    ["with an example's $ref, inlined by both threads", literalRef, '*       "value": {\n         *         "name": "Rex"'],
  ])("types the worker makes from its own parse equal those from the main thread's document, %s", async (_name, make, expected) => {
    const path = make();
    let inlined: readonly InlinedRef[] = [];
    const { document } = await loadSpec(path, {}, (_alone, refs) => (inlined = refs));
    const early = startSchemaTypes(path);
    early.configure(true, inlined);
    const own = await early.emit(undefined, "types.yaml");
    const sent = startSchemaTypes(path);
    sent.configure(false);
    expect(await sent.emit(document, "types.yaml")).toBe(own);
    expect(own).toContain(expected);
  });
});
