/**
 * A spec whose `$ref`s all stay within its file skips Redocly's bundle: the `$ref`s the bundler
 * would replace (those standing for literal values) are found by a walk that follows Redocly's,
 * and copied in. The result must be Redocly's bundle exactly, on every real spec and on the
 * shapes where the two could part; where the walk cannot be sure, it says so.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BaseResolver, bundle, createConfig, makeDocumentFromString } from "@redocly/openapi-core";
import { afterAll, describe, expect, it } from "vitest";
import { ExitCode, GeneratorError } from "../../src/generator/errors.js";
import { inlinedRefs } from "../../src/generator/stages/inlined-refs.js";
import { loadSpec } from "../../src/generator/stages/load.js";
import { asBundled, inlineRefs, isSelfContained } from "../../src/generator/stages/spec-source.mjs";
import { realSpecs } from "../support/real-specs.js";

const work = mkdtempSync(join(tmpdir(), "inlined-refs-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const parse = (path: string): unknown => (path.endsWith(".json") ? JSON.parse(readFileSync(path, "utf8")) : makeDocumentFromString(readFileSync(path, "utf8"), path).parsed);

/** Redocly's bundle and ours of one file, or ours undefined when the walk cannot be sure (or the spec is not self-contained). */
async function bothBundles(path: string) {
  const config = await createConfig({});
  const redocly = (await bundle({ ref: path, config, externalRefResolver: new BaseResolver(config.resolve), dereference: false })).bundle.parsed;
  const parsed = parse(path);
  // As load.ts walks them: a document JSON.parse made is not checked for objects in two places.
  const refs = isSelfContained(parsed, { literalRefs: "local" }) ? inlinedRefs(parsed, config, path, { fromJson: path.endsWith(".json") }) : undefined;
  return { redocly, ours: refs === undefined ? undefined : asBundled(inlineRefs(parsed as object, refs)), refs };
}

describe("the bundle of a self-contained spec, made without Redocly's bundler", () => {
  it.each(realSpecs.map(([name, spec]) => [name, spec] as const))("%s: Redocly's bundle, byte for byte", async (_name, spec) => {
    const { redocly, ours, refs } = await bothBundles(spec);
    // digitalocean's spec is many files: it must take Redocly's bundle. GitHub's has one literal `$ref`.
    expect(ours === undefined, "skips the bundle").toBe(spec.includes("digitalocean"));
    if (spec.endsWith("api.github.com.json")) expect(refs).toHaveLength(1);
    expect(JSON.stringify(ours ?? redocly)).toBe(JSON.stringify(redocly));
  }, 120_000);

  const spec = (extra: object) =>
    JSON.stringify({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/pets": {
          get: {
            operationId: "listPets",
            responses: {
              "200": {
                description: "ok",
                content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" }, examples: { default: { $ref: "#/components/examples/pets" } } } },
              },
            },
          },
        },
      },
      ...extra,
    });
  const components = (schemas: object, more: object = {}) => ({
    components: { schemas: { Pet: { type: "object", properties: { name: { type: "string" } } }, ...schemas }, examples: { pets: { value: [{ name: "Rex" }] }, pet: { summary: "one", value: { name: "Rex" } }, label: "a label" }, ...more },
  });

  it.each([
    ["an example map's `$ref` (an Example, left as written)", spec(components({})), 0],
    ["a schema's `example: {$ref}`", spec(components({ Cat: { type: "object", example: { $ref: "#/components/examples/pet" } } })), 1],
    ["...with keys beside it, kept over the copy's", spec(components({ Cat: { example: { $ref: "#/components/examples/pet", summary: "mine", extra: 1 } } })), 1],
    ["...pointing to a string", spec(components({ Cat: { example: { $ref: "#/components/examples/label" } } })), 1],
    ["...in a schema reached only through a `$ref`", spec({ ...components({ Cat: { $ref: "#/x-defs/Cat" } }), "x-defs": { Cat: { example: { $ref: "#/components/examples/pet" } } } }), 1],
    ["a `$ref` in an extension's value", spec({ ...components({}), "x-a": { b: { $ref: "#/components/examples/pet" } } }), 1],
    ["a `$ref` inside an enum's list (not walked, left)", spec(components({ Cat: { enum: [{ $ref: "#/components/examples/pet" }] } })), 0],
    ["a `$ref` inside an example's value (not walked, left)", spec(components({ Cat: { example: { a: { $ref: "#/components/examples/pet" } } } })), 0],
    ["a discriminator mapping to a schema component", spec(components({ Cat: { oneOf: [{ $ref: "#/components/schemas/Pet" }], discriminator: { propertyName: "name", mapping: { rex: "#/components/schemas/Pet" } } } })), 0],
    ["a literal `$ref` to a value that holds a `$ref`: Redocly's bundle", spec(components({ Cat: { example: { $ref: "#/components/schemas/Pet" } }, Dog: { example: { $ref: "#/components/schemas/Cat" } } })), undefined],
    ["a literal `$ref` to a `$ref`: Redocly's bundle", spec(components({ Cat: { example: { $ref: "#/components/examples/alias" } } }, { links: {} })).replace('"label":"a label"', '"label":"a label","alias":{"$ref":"#/components/examples/pet"}'), undefined],
    ["a discriminator mapping into a schema's insides: Redocly's bundle", spec(components({ Cat: { oneOf: [{ type: "object" }], discriminator: { propertyName: "name", mapping: { rex: "#/components/schemas/Cat/oneOf/0" } } } })), undefined],
    ["a literal `$ref` that resolves nowhere: Redocly's bundle (which reports it)", spec(components({ Cat: { example: { $ref: "#/components/examples/nowhere" } } })), undefined],
    ["a `#/` inside the pointer (Redocly reads up to it)", spec({ ...components({ Cat: { example: { $ref: "#/x-v/a#/b" } } }), "x-v": { a: "first", "a#": { b: "second" } } }), 1],
    ["a literal `$ref` pointing through another's place: Redocly's bundle", spec({ ...components({ Cat: { example: { $ref: "#/x-v/label", foo: 1 } }, Dog: { example: { $ref: "#/components/schemas/Cat/example/foo" } } }), "x-v": { label: "hello" } }), undefined],
    ["a discriminator mapping to a component that is a `$ref`: Redocly's bundle", spec(components({ Dog: { type: "object" }, Cat: { $ref: "#/components/schemas/Dog" }, Pets: { oneOf: [{ $ref: "#/components/schemas/Cat" }], discriminator: { propertyName: "name", mapping: { cat: "#/components/schemas/Cat" } } } })), undefined],
    ["a discriminator's defaultMapping: Redocly's bundle", spec(components({ Cats: { oneOf: [{ $ref: "#/components/schemas/Pet" }], discriminator: { propertyName: "name", defaultMapping: "#/components/schemas/Pet" } } })), undefined],
  ])("%s", async (_name, text, inlined) => {
    const path = join(work, `case-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, text);
    const { redocly, ours, refs } = await bothBundles(path);
    expect(refs?.length).toBe(inlined);
    if (ours !== undefined) expect(JSON.stringify(ours)).toBe(JSON.stringify(redocly));
  });

  it("a YAML alias of a literal `$ref` (one object in two places): Redocly's bundle", async () => {
    const path = join(work, "alias.yaml");
    writeFileSync(path, ["openapi: 3.1.0", "info: {title: t, version: '1'}", "paths: {}", "components:", "  schemas:", "    A: {type: string, example: &r {$ref: '#/x-v/label'}}", "    B: {type: string, example: *r}", "x-v: {label: hello}", ""].join("\n"));
    const { redocly, refs } = await bothBundles(path);
    expect(refs).toBeUndefined();
    expect(JSON.stringify(redocly)).toContain('"B":{"type":"string","example":"hello"}');
  });
});

describe("loading a spec whose version Redocly does not know", () => {
  it("stops with Redocly's one line (exit 2), not a crash", async () => {
    const path = join(work, "four.yaml");
    writeFileSync(path, "openapi: 4.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
    const failure = await loadSpec(path).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GeneratorError);
    expect((failure as GeneratorError).exitCode).toBe(ExitCode.badSpec);
    expect((failure as Error).message).toMatch(/four\.yaml.*[Uu]nsupported/);
  });
});
