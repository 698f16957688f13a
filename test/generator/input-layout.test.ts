import { describe, expect, it } from "vitest";
import { objectShape } from "../../src/generator/model/input-layout.js";
import type { OpenApiDocument, SchemaObject } from "../../src/generator/spec/document.js";

const document: OpenApiDocument = {
  components: { schemas: { Loop: { type: "object", properties: { a: { type: "string" } }, allOf: [{ $ref: "#/components/schemas/Loop" }] } } },
};

describe("objectShape", () => {
  it.each<{ name: string; given: SchemaObject; want: { names: string[]; acceptsEmpty: boolean } | undefined }>([
    { name: "plain object", given: { type: "object", properties: { a: {}, b: {} }, required: ["a"] }, want: { names: ["a", "b"], acceptsEmpty: false } },
    { name: "oneOf with an all-optional variant", given: { oneOf: [{ type: "object", properties: { sha: {} } }, { type: "object", required: ["o"], properties: { sha: {}, o: {} } }] }, want: { names: ["sha", "o"], acceptsEmpty: true } },
    { name: "allOf adds requirements", given: { allOf: [{ type: "object", properties: { a: {} } }, { type: "object", required: ["b"], properties: { b: {} } }] }, want: { names: ["a", "b"], acceptsEmpty: false } },
    { name: "map", given: { type: "object", additionalProperties: { type: "string" } }, want: undefined },
    { name: "object with an index signature", given: { type: "object", properties: { a: {} }, additionalProperties: true }, want: undefined },
    { name: "array", given: { type: "array", items: {} }, want: undefined },
    { name: "nullable object", given: { type: "object", nullable: true, properties: { a: {} } }, want: undefined },
    { name: "3.1 nullable object", given: { type: ["object", "null"], properties: { a: {} } }, want: undefined },
    { name: "oneOf with a string", given: { oneOf: [{ type: "object", properties: { a: {} } }, { type: "string" }] }, want: undefined },
    { name: "no properties", given: { type: "object" }, want: undefined },
    { name: "cycle", given: { $ref: "#/components/schemas/Loop" } as SchemaObject, want: undefined },
  ])("$name", ({ given, want }) => {
    const shape = objectShape(document, given);
    expect(shape && { names: [...shape.names], acceptsEmpty: shape.acceptsEmpty }).toEqual(want);
  });
});
