import { describe, expect, it } from "vitest";
import { bodyFieldDocs, describeConstraints } from "../../src/generator/model/field-docs.js";
import type { OpenApiDocument, SchemaObject } from "../../src/generator/spec/document.js";

const document: OpenApiDocument = {
  components: {
    schemas: {
      Sha: { type: "string", minLength: 40, maxLength: 40, description: "Commit sha" },
      Node: { type: "object", properties: { name: { type: "string" }, child: { $ref: "#/components/schemas/Node" } } },
    },
  },
};

describe("describeConstraints", () => {
  it.each<{ given: SchemaObject; want: string[] }>([
    { given: { $ref: "#/components/schemas/Sha" } as SchemaObject, want: ["string", "length 40"] },
    { given: { type: "string", minLength: 1, maxLength: 10, pattern: "^a$" }, want: ["string", "length 1..10", "pattern ^a$"] },
    { given: { type: "integer", minimum: 1, maximum: 100, default: 20 }, want: ["integer", ">= 1", "<= 100", "default 20"] },
    { given: { type: "number", minimum: 0, exclusiveMinimum: true }, want: ["number", "> 0"] },
    { given: { type: "number", exclusiveMaximum: 5 }, want: ["number", "< 5"] },
    { given: { type: "string", nullable: true, format: "date-time" }, want: ["string | null (date-time)"] },
    { given: { type: ["integer", "null"] }, want: ["integer | null"] },
    { given: { type: "array", items: { type: "string" }, minItems: 1 }, want: ["array of string", "items >= 1"] },
    { given: { type: "object", additionalProperties: { type: "string" }, propertyNames: { pattern: "^/" } }, want: ["map of string", "keys match ^/"] },
    { given: { type: "string", enum: ["a", "b"] }, want: ["string", 'one of "a", "b"'] },
    { given: { type: "string", writeOnly: true, "x-sensitive": true, contentEncoding: "base64" } as SchemaObject, want: ["string", "base64", "sensitive"] },
    { given: { $ref: "#/components/schemas/Missing" } as SchemaObject, want: [] },
  ])("$want", ({ given, want }) => expect(describeConstraints(document, given)).toEqual(want));
});

describe("bodyFieldDocs", () => {
  it("requires a oneOf field only when every variant requires it", () => {
    const schema: SchemaObject = {
      oneOf: [
        { type: "object", properties: { sha: { $ref: "#/components/schemas/Sha" } } },
        { type: "object", required: ["sha", "overrides"], properties: { sha: { type: "string" }, overrides: { type: "object", properties: { x: { type: "string" } } } } },
      ],
    };
    expect(bodyFieldDocs(document, schema).map((f) => [f.path, f.required])).toEqual([
      ["sha", false],
      ["overrides", false],
      ["overrides.x", false],
    ]);
  });

  it("walks maps, arrays and allOf, and stops at a schema's own cycle", () => {
    const schema: SchemaObject = {
      allOf: [{ type: "object", required: ["files"], properties: { files: { type: "object", additionalProperties: { type: "object", properties: { data: { type: "string" } } } } } }],
      properties: { tree: { $ref: "#/components/schemas/Node" }, tags: { type: "array", items: { type: "object", properties: { key: { type: "string" } } } } },
    };
    expect(bodyFieldDocs(document, schema).map((f) => `${f.path}${f.required ? "!" : ""}`)).toEqual([
      "files!",
      "files.*.data",
      "tree",
      "tree.name",
      "tree.child",
      "tags",
      "tags[].key",
    ]);
  });
});
