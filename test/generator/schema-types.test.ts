/**
 * Types are made unit by unit (a path item, a webhook, a component); watch mode keeps each
 * unit's text for the next save. The file it assembles must be openapi-typescript's, byte for
 * byte: on every real spec and fixture, and after edits whose effect reaches past the unit
 * edited (a `$ref`'d parameter, a discriminator, a repeated operationId, a deletion).
 */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../../src/generator/spec/document.js";
import { loadSpec } from "../../src/generator/stages/load.js";
import { SchemaTypesByUnit, schemaTypes, wholeSchemaTypes } from "../../src/generator/stages/schema-types.mjs";
import { realSpecs } from "../support/real-specs.js";

const fixtures = resolve("test/fixtures");
const fixtureSpecs = [...readdirSync(fixtures), ...readdirSync(join(fixtures, "repairs")).map((name) => `repairs/${name}`)]
  .filter((name) => /\.ya?ml$/.test(name) && !name.includes("cycle"))
  .map((name) => [name, join(fixtures, name)] as const);

/** The ways of typing a document, each on a copy of its own (each takes the document it types). */
const whole = (document: OpenApiDocument) => wholeSchemaTypes({ document: structuredClone(document) });
const once = (document: OpenApiDocument) => schemaTypes({ document: structuredClone(document) });
const byUnit = (units: SchemaTypesByUnit, document: OpenApiDocument) => units.text({ document: structuredClone(document) });

describe("types made unit by unit are openapi-typescript's, byte for byte", () => {
  it.each([...realSpecs.map(([name, spec]) => [name, spec] as const), ...fixtureSpecs])("%s", async (_name, spec) => {
    const { document } = await loadSpec(spec, { lint: false });
    const units = new SchemaTypesByUnit();
    const text = byUnit(units, document);
    expect(text).toBe(whole(document));
    expect(once(document)).toBe(text);
    expect(units.lastRun.typed).toBe(units.lastRun.units);
    // Typed again unchanged: every unit is kept, and the file is the same.
    expect(byUnit(units, document)).toBe(text);
    expect(units.lastRun.typed).toBe(0);
  }, 120_000);
});

const pets = (): OpenApiDocument =>
  ({
    openapi: "3.1.0",
    info: { title: "Pets", version: "1" },
    paths: {
      "/pets/{petId}": {
        get: {
          operationId: "getPet",
          parameters: [{ $ref: "#/components/parameters/PetId" }],
          responses: { "200": { description: "A pet", content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } } },
        },
      },
      "/pets": {
        post: {
          operationId: "addPet",
          requestBody: { $ref: "#/components/requestBodies/NewPet" },
          responses: { "201": { description: "Added" } },
        },
      },
      "/owners": { get: { operationId: "listOwners", responses: { "200": { description: "Owners" } } } },
    },
    webhooks: { petAdopted: { post: { operationId: "petAdopted", responses: { "200": { description: "Seen" } } } } },
    components: {
      parameters: { PetId: { name: "petId", in: "path", required: true, schema: { type: "string" } } },
      requestBodies: { NewPet: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } } },
      schemas: {
        Pet: { oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }], discriminator: { propertyName: "kind" } },
        Cat: { type: "object", required: ["kind"], properties: { kind: { type: "string" }, lives: { type: "integer" } } },
        Dog: { type: "object", required: ["kind"], properties: { kind: { type: "string" }, good: { type: "boolean" } } },
        Base: { type: "object", properties: { id: { type: "string" }, name: { type: "string" } } },
        Named: { allOf: [{ $ref: "#/components/schemas/Base" }], required: ["name"] },
      },
    },
  }) as unknown as OpenApiDocument;

type Edit = [step: string, edit: (document: any) => void, atMost: number];

const edits: Edit[] = [
  ["an operation's description", (d) => (d.paths["/owners"].get.description = "Every owner."), 1],
  ["a `$ref`'d parameter, read by the path item that uses it", (d) => (d.components.parameters.PetId.in = "query"), 2],
  ["a `$ref`'d request body made optional", (d) => (d.components.requestBodies.NewPet.required = false), 2],
  ["an allOf's `$ref`'d schema loses the required property", (d) => delete d.components.schemas.Base.properties.name, 2],
  ["the discriminator maps to new values", (d) => (d.components.schemas.Pet.discriminator.mapping = { cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" }), Infinity],
  ["an operationId repeated in an earlier path item", (d) => (d.paths["/pets"].post.operationId = "listOwners"), 2],
  ["a path item deleted", (d) => delete d.paths["/pets/{petId}"], 0],
  ["a webhook added", (d) => (d.webhooks.petLost = { post: { operationId: "petLost", responses: { "200": { description: "Seen" } } } }), 1],
  ["a schema renamed, and its `$ref`s", (d) => ((d.components.schemas.Hound = d.components.schemas.Dog), delete d.components.schemas.Dog, (d.components.schemas.Pet.oneOf[1].$ref = "#/components/schemas/Hound")), Infinity],
  ["every path deleted", (d) => (d.paths = {}), 0],
  ["a webhook written as a string (openapi-typescript types it all the same)", (d) => (d.webhooks.petFound = "later"), 1],
  ["components gone (the discriminators with them: every unit typed again)", (d) => delete d.components, 3],
];

it("after each of a series of edits, the kept units and the units typed again make openapi-typescript's file", () => {
  const document = pets();
  const units = new SchemaTypesByUnit();
  expect(byUnit(units, document)).toBe(whole(document));
  for (const [step, edit, atMost] of edits) {
    edit(document);
    expect(byUnit(units, document), step).toBe(whole(document));
    expect(units.lastRun.typed, step).toBeLessThanOrEqual(atMost);
  }
});

it("values JSON cannot tell apart are told apart (YAML's .inf and -.inf), and a webhook left empty fails as openapi-typescript does", () => {
  const document = pets() as any;
  document.components.schemas.Limit = { type: "number", const: Infinity };
  const units = new SchemaTypesByUnit();
  expect(byUnit(units, document)).toBe(whole(document));
  document.components.schemas.Limit.const = -Infinity;
  const text = byUnit(units, document);
  expect(text).toBe(whole(document));
  expect(text).toContain("Limit: -Infinity");
  document.webhooks.petAdopted = null;
  expect(() => whole(document)).toThrow();
  expect(() => once(document)).toThrow();
  expect(() => byUnit(units, document)).toThrow();
});
