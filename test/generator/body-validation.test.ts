/**
 * Every request body is checked before sending, whatever its media type, and the descriptor
 * tells the runtime when an empty success body breaks the output type.
 */
import { describe, expect, it } from "vitest";
import { emitValidation } from "../../src/generator/emit/validation.js";
import { buildModel } from "../../src/generator/model/operations.js";
import type { OpenApiDocument, OperationObject, SchemaObject } from "../../src/generator/spec/document.js";

function emitted(operation: OperationObject): string {
  const document: OpenApiDocument = { openapi: "3.1.0", paths: { "/things": { post: operation } } };
  return emitValidation(document, buildModel(document, "spec.yaml"), "runtime").module;
}

const form = { type: "object", required: ["name"], properties: { name: { type: "string", maxLength: 5 }, file: { type: "string", format: "binary" }, photo: { contentMediaType: "image/png" } } } as SchemaObject;
const ok = { "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } } };

describe("body schemas for every media type", () => {
  it.each(["multipart/form-data", "application/x-www-form-urlencoded", "text/plain", "application/octet-stream"])("%s: the body schema is in the input schema", (mediaType) => {
    const schema = mediaType.startsWith("text") ? { type: "string", maxLength: 9 } : form;
    const text = emitted({ operationId: "send", requestBody: { required: true, content: { [mediaType]: { schema } } }, responses: ok });
    expect(text).toMatch(/export const sendInput = \{ body: \{ type: "(object|string)"/);
    expect(text).toContain("maxLength: ");
  });

  it("file fields are marked binary, in 3.0 and 3.1 spelling; a base64 string is not a file", () => {
    const text = emitted({ operationId: "send", requestBody: { content: { "multipart/form-data": { schema: { ...form, properties: { ...form.properties, encoded: { type: "string", contentMediaType: "image/png", contentEncoding: "base64" } as SchemaObject } } } } }, responses: ok });
    expect(text).toContain('file: { type: "string", binary: true }');
    expect(text).toContain("photo: { binary: true }");
    expect(text).toContain('encoded: { type: "string" }');
  });
});

describe("nullable", () => {
  it("beside a type, null joins the type; beside a $ref, an allOf or a oneOf, null is one more alternative (as the spec's authors mean it)", () => {
    const schema = { type: "object", properties: { plain: { type: "string", nullable: true }, ref: { $ref: "#/components/schemas/Name", nullable: true }, all: { allOf: [{ $ref: "#/components/schemas/Name" }], nullable: true } } } as SchemaObject;
    const text = emitted({ operationId: "send", requestBody: { content: { "application/json": { schema } } }, responses: ok });
    expect(text).toContain('plain: { type: ["string", "null"] }');
    expect(text).toContain('ref: { anyOf: [{ ref: () => NameSchema }, { type: "null" }] }');
    expect(text).toContain('all: { anyOf: [{ allOf: [{ ref: () => NameSchema }] }, { type: "null" }] }');
  });

  it("a readOnly or writeOnly nullable field keeps the mark on top, where requests and responses look for it", () => {
    const schema = { type: "object", required: ["owner"], properties: { owner: { allOf: [{ $ref: "#/components/schemas/Name" }], nullable: true, readOnly: true } } } as SchemaObject;
    const text = emitted({ operationId: "send", requestBody: { content: { "application/json": { schema } } }, responses: ok });
    expect(text).toContain('owner: { anyOf: [{ allOf: [{ ref: () => NameSchema }], readOnly: true }, { type: "null" }], readOnly: true }');
  });
});

describe("whether a success promises a body", () => {
  it.each([
    ["a JSON 200", ok, true],
    ["a 200 and a 204", { ...ok, "204": { description: "none" } }, false],
    ["a 204 only", { "204": { description: "none" } }, false],
    ["no 2xx", { "400": { description: "bad" } }, false],
  ])("%s", (_name, responses, promises) => {
    const text = emitted({ operationId: "send", responses });
    expect(text.includes("promisesBody: true")).toBe(promises);
  });
});

describe("2020-12 keywords (OpenAPI 3.1)", () => {
  it("prefixItems, contains, not, if/then/else and dependentRequired reach the runtime; the schema false becomes { not: {} }", () => {
    const schema = {
      type: "object",
      properties: { point: { type: "array", prefixItems: [{ type: "integer" }], items: false }, tags: { type: "array", contains: { const: "x" }, maxContains: 2 }, n: { not: { const: -1 } } },
      if: { required: ["kind"] },
      then: { required: ["size"] },
      dependentRequired: { postal: ["country"] },
    } as unknown as SchemaObject;
    const text = emitted({ operationId: "send", requestBody: { content: { "application/json": { schema } } }, responses: ok });
    expect(text).toContain('point: { type: "array", items: { not: {} }, prefixItems: [{ type: "integer" }] }');
    expect(text).toContain('tags: { type: "array", contains: { const: "x" }, maxContains: 2 }');
    expect(text).toContain("n: { not: { const: -1 } }");
    expect(text).toContain('if: { required: ["kind"] }, then: { required: ["size"] }, dependentRequired: { postal: ["country"] }');
  });
});

describe("not, if and maxContains only over what the client decides in full", () => {
  it("are left to the server where the client's pass could be wrong: format, oneOf, a $ref, a pattern that does not compile", () => {
    const schema = {
      type: "object",
      properties: {
        contact: { type: "string", not: { format: "email" } },
        kind: { not: { oneOf: [{ const: "a" }, { const: "b" }] } },
        ref: { not: { $ref: "#/components/schemas/Name" } },
        odd: { type: "string", not: { pattern: "(?<!a)b(?i)c" } },
        tags: { type: "array", contains: { format: "uuid" }, maxContains: 1 },
        fine: { not: { const: -1 } },
      },
      if: { properties: { contact: { format: "uri" } }, required: ["contact"] },
      then: { required: ["note"] },
    } as unknown as SchemaObject;
    const text = emitted({ operationId: "send", requestBody: { content: { "application/json": { schema } } }, responses: ok });
    expect(text).toContain('contact: { type: "string" }, kind: {}, ref: {}, odd: { type: "string" }, tags: { type: "array", contains: {} }, fine: { not: { const: -1 } }');
    expect(text).not.toContain("then:");
  });
});
