/**
 * Specs real authors write that openapi-typescript alone cannot type: schema positions holding
 * null or other non-schemas, path items that reach each other through external files, a
 * discriminator mapping by bare schema name, a repeated operationId. Each generates with a
 * warning at its JSON pointer, and the whole output type-checks; openapi-typescript, given the
 * same file, fails.
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import openapiTS from "openapi-typescript";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { GeneratorError } from "../../src/generator/errors.js";
import { generate, type Generated } from "../../src/generator/generate.js";
import { repairSpec } from "../../src/generator/spec/repairs.mjs";
import { applyChanges, diffOutput } from "../../src/generator/stages/write.js";
import { typecheckStrict } from "../support/typecheck.js";

const fixtures = "test/fixtures/repairs";
const out = resolve("test/output/repairs");
const specs = {
  nullSchemas: `${fixtures}/null-schemas.yaml`,
  circular: `${fixtures}/circular-path-items/openapi.yaml`,
  bareMapping: `${fixtures}/bare-mapping.yaml`,
  repeatedId: `${fixtures}/repeated-operation-id.yaml`,
  pathItemRefs: `${fixtures}/path-item-refs.yaml`,
};
const generated = {} as Record<keyof typeof specs, Generated>;

beforeAll(async () => {
  for (const [name, spec] of Object.entries(specs) as [keyof typeof specs, string][]) {
    const dir = join(out, name);
    generated[name] = await generate({ spec, out: dir });
    applyChanges(dir, generated[name].files, diffOutput(dir, generated[name].files));
  }
}, 120_000);

const schemaTypes = (name: keyof typeof specs) => generated[name].files.find((file) => file.path === "schema.d.ts")!.contents;

describe("specs openapi-typescript cannot type", () => {
  it("all of them generate, and their whole output type-checks under strict", () => {
    writeFileSync(join(out, "tsconfig.json"), JSON.stringify({ extends: "../../../tsconfig.json", compilerOptions: { skipLibCheck: false }, include: ["**/*.ts"], exclude: [] }));
    expect(typecheckStrict(join(out, "tsconfig.json"))).toEqual([]);
  }, 120_000);

  it.each([
    ["circular", /Maximum call stack size exceeded/],
    ["bareMapping", /Can't resolve \$ref at #\/components\/schemas\/Pet\/discriminator\/mapping\/dog/],
    ["repeatedId", /unique `operationId`/],
  ] as const)("openapi-typescript alone fails on %s", async (name, error) => {
    await expect(openapiTS(pathToFileURL(resolve(specs[name])), { silent: true })).rejects.toThrow(error);
  }, 60_000);

  it("a value that is not a schema where one must be is read as {} (or left out of allOf), with a warning at its place", () => {
    const at = (line: number, col: number, pointer: string, message: string) => `${specs.nullSchemas}:${line}:${col} ${pointer} warn generator: ${message}`;
    const any = "null is not a schema; read as {}, any value";
    expect(generated.nullSchemas.warnings).toEqual([
      at(9, 40, "#/paths/~1things/get/parameters/0/schema", any),
      at(13, 40, "#/paths/~1things/get/parameters/1/content/application~1json/schema", any),
      at(21, 24, "#/paths/~1things/get/responses/200/content/application~1json/schema/items", any),
      at(32, 40, "#/paths/~1things/post/responses/201/content/application~1json/schema", any),
      at(38, 12, "#/components/schemas/Thing/properties/a", any),
      at(39, 12, "#/components/schemas/Thing/properties/b", 'the string "a string where a schema must be" is not a schema; read as {}, any value'),
      at(40, 12, "#/components/schemas/Thing/properties/c", "the number 42 is not a schema; read as {}, any value"),
      at(41, 12, "#/components/schemas/Thing/properties/d", "an array is not a schema; read as {}, any value"),
      at(43, 29, "#/components/schemas/Thing/additionalProperties", any),
      at(46, 11, "#/components/schemas/Mixed/allOf/0", "null is not a schema; left out"),
      at(48, 12, "#/components/schemas/Empty", any),
    ]);
    expect(schemaTypes("nullSchemas")).toContain("a?: unknown;");
    expect(schemaTypes("nullSchemas")).toMatch(/Mixed: components\["schemas"\]\["Thing"\];/);
  });

  it("path items inlined into each other become $refs; a path item reached twice keeps one operationId", () => {
    expect(generated.circular.model.operations.map((o) => o.name)).toEqual(["getA", "postB", "getA2"]);
    expect(generated.circular.warnings).toEqual([
      `${specs.circular}:12:5 #/paths/~1a-again/get/operationId warn generator: operationId "getA" is also that of #/paths/~1a/get; operationIds must be unique, so this operation's function is named apart`,
    ]);
    expect(schemaTypes("circular").match(/^ {4}getA: \{/gm)).toHaveLength(1);
  });

  it("a repeated operationId is typed in its path item, and its function named apart", () => {
    expect(generated.repeatedId.model.operations.map((o) => o.name)).toEqual(["list", "list2"]);
    expect(generated.repeatedId.warnings).toHaveLength(1);
    expect(schemaTypes("repeatedId")).toMatch(/"\/teams": \{[^}]*\};\s*get: \{/);
  });

  it("a discriminator mapping by bare schema name is the $ref it means; a name no schema has is left out, with a warning", () => {
    expect(schemaTypes("bareMapping")).toMatch(/Dog: \{[\s\S]*?kind: "dog";\s*bark: boolean;/);
    expect(schemaTypes("bareMapping")).toMatch(/Cat: \{[\s\S]*?kind: "cat";\s*purrs\?: boolean;/);
    expect(generated.bareMapping.warnings).toEqual([
      `${specs.bareMapping}:24:17 #/components/schemas/Pet/discriminator/mapping/bird warn generator: "Bird" names no schema in #/components/schemas; left out of the mapping`,
    ]);
  });

  it("path items that $ref path items, in chains and through components, generate every operation", () => {
    expect(generated.pathItemRefs.model.operations.map((o) => `${o.method} ${o.path}`)).toEqual(["get /users", "get /people", "get /folks", "get /shared"]);
  });

  it("a $ref that leads back to itself stops with one line naming where, hop by hop", async () => {
    const spec = `${fixtures}/path-item-cycle.yaml`;
    const error = await generate({ spec, out: join(out, "never") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as GeneratorError).exitCode).toBe(2);
    expect((error as GeneratorError).message).toBe(`${spec}:7:5 #/paths/~1b: this $ref leads back to itself (#/paths/~1b -> #/paths/~1a -> #/paths/~1b); nothing was generated`);
  });
});

describe("repairSpec", () => {
  it("leaves a sound document as it is, and reports nothing", () => {
    const document = { openapi: "3.1.0", paths: { "/a": { get: { operationId: "a", responses: {} } } }, components: { schemas: { A: { type: "object", properties: { x: { type: "string" } }, additionalProperties: false } } } };
    const before = structuredClone(document);
    expect(repairSpec(document)).toEqual([]);
    expect(document).toEqual(before);
  });

  it("turns an object that contains itself into a $ref to its first place", () => {
    const item: Record<string, unknown> = { get: { responses: {} } };
    (item.get as Record<string, unknown>).callbacks = { cb: { "{$url}": item } };
    const document = { openapi: "3.1.0", paths: { "/a/{id}": item } };
    expect(repairSpec(document)).toEqual([]);
    expect((document.paths["/a/{id}"].get as { callbacks: unknown }).callbacks).toEqual({ cb: { "{$url}": { $ref: "#/paths/~1a~1{id}" } } });
    expect(() => JSON.stringify(document)).not.toThrow();
  });

  it("drops non-schemas from every alternative list, and the list when nothing is left; null among anyOf/oneOf is the null type", () => {
    const document = { openapi: "3.1.0", components: { schemas: { A: { oneOf: [null, 3] }, B: { anyOf: [{ type: "string" }, "x"] }, C: { allOf: [null] }, D: { anyOf: [{ $ref: "#/components/schemas/B" }, null] } } } };
    expect(repairSpec(document).map((r) => `${r.pointer} ${r.message}`)).toEqual([
      '#/components/schemas/A/oneOf/0 null is not a schema; read as {type: "null"}',
      "#/components/schemas/A/oneOf/1 the number 3 is not a schema; left out",
      "#/components/schemas/B/anyOf/1 the string \"x\" is not a schema; left out",
      "#/components/schemas/C/allOf/0 null is not a schema; left out",
      '#/components/schemas/D/anyOf/1 null is not a schema; read as {type: "null"}',
    ]);
    expect(document.components.schemas).toEqual({ A: { oneOf: [{ type: "null" }] }, B: { anyOf: [{ type: "string" }] }, C: {}, D: { anyOf: [{ $ref: "#/components/schemas/B" }, { type: "null" }] } });
  });

  it("a discriminator mapping to a reference it cannot follow says so, apart from a bare name no schema has", () => {
    const document = { openapi: "3.1.0", components: { schemas: { P: { oneOf: [], discriminator: { propertyName: "k", mapping: { a: "Missing", b: "urn:example:b" } } } } } };
    expect(repairSpec(document).map((r) => r.message)).toEqual(['"Missing" names no schema in #/components/schemas; left out of the mapping', '"urn:example:b" is not a reference this generator can follow; left out of the mapping']);
  });

  it("reaches schemas in every place: nested keywords, headers, encodings, webhooks, callbacks; each shared object once", () => {
    const shared = { type: "object", properties: { p: null } };
    const document = {
      openapi: "3.1.0",
      webhooks: { w: { post: { requestBody: { content: { "multipart/form-data": { schema: shared, encoding: { f: { headers: { X: { schema: 1 } } } } } } }, responses: {} } } },
      paths: { "/a": { get: { responses: { "200": { headers: { H: { schema: null } }, content: { "application/json": { schema: { items: { not: null, prefixItems: [null], $defs: { d: false } } } } } } }, callbacks: { c: { "{$url}": { post: { parameters: [null], requestBody: { content: { "application/json": { schema: shared } } } } } } } } } },
    };
    expect(repairSpec(document).map((r) => r.pointer)).toEqual([
      "#/paths/~1a/get/responses/200/headers/H/schema",
      "#/paths/~1a/get/responses/200/content/application~1json/schema/items/not",
      "#/paths/~1a/get/responses/200/content/application~1json/schema/items/prefixItems/0",
      "#/paths/~1a/get/callbacks/c/{$url}/post/parameters/0",
      "#/paths/~1a/get/callbacks/c/{$url}/post/requestBody/content/application~1json/schema/properties/p",
      "#/webhooks/w/post/requestBody/content/multipart~1form-data/encoding/f/headers/X/schema",
    ]);
    expect(document.paths["/a"].get.callbacks.c["{$url}"].post.parameters).toEqual([]);
  });
});
