import { describe, expect, it } from "vitest";
import type { Operation } from "../../src/runtime/operation.js";
import { parseJsonTextParameters } from "../../src/runtime/check-input.js";
import type { Schema } from "../../src/runtime/schema.js";
import { splitInput } from "../../src/runtime/split-input.js";

const base = { name: "op", method: "post", path: "/p/{id}", parseAs: "json" } as const;

describe("splitInput", () => {
  it.each<{ name: string; operation: Operation; input: object; want: ReturnType<typeof splitInput> }>([
    {
      name: "flat: parameters by location, the rest is the body",
      operation: { ...base, input: "flat", params: { path: ["id"], query: ["limit"], header: ["X-Trace"] }, body: "fields" },
      input: { id: "a", limit: 5, "X-Trace": "t", sha: "s", overrides: { x: 1 } },
      want: { params: { path: { id: "a" }, query: { limit: 5 }, header: { "X-Trace": "t" } }, body: { sha: "s", overrides: { x: 1 } } },
    },
    {
      name: "flat: no body fields still sends an empty object",
      operation: { ...base, input: "flat", params: { path: ["id"] }, body: "fields" },
      input: { id: "a" },
      want: { params: { path: { id: "a" } }, body: {} },
    },
    {
      name: "flat: undefined parameters are left out",
      operation: { ...base, input: "flat", params: { path: ["id"], query: ["limit"] } },
      input: { id: "a", limit: undefined },
      want: { params: { path: { id: "a" }, query: {} } },
    },
    {
      name: "flat: body under its key",
      operation: { ...base, input: "flat", params: { path: ["id"] }, body: "property" },
      input: { id: "a", body: [1, 2] },
      want: { params: { path: { id: "a" } }, body: [1, 2] },
    },
    {
      name: "grouped",
      operation: { ...base, input: "grouped" },
      input: { path: { id: "a" }, query: { id: "b" }, body: { id: "c" } },
      want: { params: { path: { id: "a" }, query: { id: "b" }, header: undefined }, body: { id: "c" } },
    },
  ])("$name", ({ operation, input, want }) => expect(splitInput(operation, input)).toEqual(want));
});

describe("parseJsonTextParameters: a content: application/json parameter given as JSON text", () => {
  const object: Schema = { type: "object", properties: { a: { type: "integer" } } };
  const operation = (schema: Schema): Operation => ({
    name: "list",
    method: "get",
    path: "/items",
    input: "flat",
    params: { query: ["filter"] },
    styles: { query: { filter: { json: true } } },
    parseAs: "json",
    schema: { params: { query: { properties: { filter: schema }, required: [] } } },
  });

  it.each<[string, Schema, unknown]>([
    ["an object schema", object, { a: 1 }],
    ["a $ref to one", { ref: () => object }, { a: 1 }],
    ["allOf of one", { allOf: [{ ref: () => object }] }, { a: 1 }],
    ["oneOf of objects", { oneOf: [object, { type: "array" }] }, { a: 1 }],
    ["a string schema: the string is the value", { type: "string" }, '{"a":1}'],
    ["a schema that takes strings too", { anyOf: [{ type: "string" }, object] }, '{"a":1}'],
  ])("%s", (_what, schema, want) => {
    const caller = { filter: '{"a":1}' };
    const parts = splitInput(operation(schema), caller);
    expect(parseJsonTextParameters(operation(schema), parts, true)).toEqual([]);
    expect(parts.params.query).toEqual({ filter: want });
    expect(caller.filter).toBe('{"a":1}');
  });

  it("text that is not JSON is a violation, or with validation off stays the string", () => {
    const parts = splitInput(operation(object), { filter: "a=1" });
    expect(parseJsonTextParameters(operation(object), parts, true)).toEqual([{ path: "filter", rule: "json", message: "must be JSON text (the parameter's content is application/json)" }]);
    expect(parseJsonTextParameters(operation(object), parts, false)).toEqual([]);
    expect(parts.params.query).toEqual({ filter: "a=1" });
  });
});
