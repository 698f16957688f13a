import { describe, expect, it } from "vitest";
import type { Schema } from "../../src/runtime/schema.js";
import { validate } from "../../src/runtime/validate.js";

const rules = (schema: Schema, value: unknown, direction: "request" | "response" = "request") => validate(schema, value, "", direction).map((v) => `${v.path} ${v.rule}: ${v.message}`);

describe("validate: one keyword at a time", () => {
  it.each<{ name: string; schema: Schema; value: unknown; want: string[] }>([
    { name: "type ok", schema: { type: "string" }, value: "a", want: [] },
    { name: "type wrong", schema: { type: "string" }, value: 1, want: ["(input) type: must be string"] },
    { name: "type list", schema: { type: ["number", "null"] }, value: null, want: [] },
    { name: "integer", schema: { type: "integer" }, value: 1.5, want: ["(input) type: must be integer"] },
    { name: "NaN is no number", schema: { type: "number" }, value: Number.NaN, want: ["(input) type: must be number"] },
    { name: "array is no object", schema: { type: "object" }, value: [], want: ["(input) type: must be object"] },
    { name: "minLength counts code points", schema: { minLength: 2 }, value: "😀", want: ["(input) minLength: must be at least 2 characters"] },
    { name: "maxLength", schema: { maxLength: 2 }, value: "abc", want: ["(input) maxLength: must be at most 2 characters"] },
    { name: "a pair of surrogates is one character, a lone one too", schema: { maxLength: 2 }, value: "😀\ud800", want: [] },
    { name: "a lone surrogate still counts", schema: { maxLength: 2 }, value: "😀\udc00a", want: ["(input) maxLength: must be at most 2 characters"] },
    { name: "exact length", schema: { minLength: 40, maxLength: 40 }, value: "a".repeat(41), want: ["(input) maxLength: must be exactly 40 characters"] },
    { name: "pattern", schema: { pattern: "^[a-z]+$" }, value: "a b", want: ["(input) pattern: must match ^[a-z]+$"] },
    { name: "pattern valid only without the u flag is still checked", schema: { pattern: "^\\-$" }, value: "x", want: ["(input) pattern: must match ^\\-$"] },
    { name: "pattern that does not compile is skipped", schema: { pattern: "([" }, value: "x", want: [] },
    { name: "enum", schema: { enum: ["a", "b"] }, value: "c", want: ['(input) enum: must be one of "a", "b"'] },
    { name: "const", schema: { const: { a: 1 } }, value: { a: 1 }, want: [] },
    { name: "minimum", schema: { minimum: 1 }, value: 0, want: ["(input) minimum: must be >= 1"] },
    { name: "exclusiveMaximum", schema: { exclusiveMaximum: 5 }, value: 5, want: ["(input) exclusiveMaximum: must be < 5"] },
    { name: "multipleOf with decimals", schema: { multipleOf: 0.1 }, value: 0.3, want: [] },
    { name: "items", schema: { type: "array", items: { type: "string" }, maxItems: 1 }, value: ["a", 2], want: ["(input) maxItems: must have at most 1 items", "[1] type: must be string"] },
    { name: "uniqueItems", schema: { uniqueItems: true }, value: [{ a: 1 }, { a: 1 }], want: ["(input) uniqueItems: must not repeat items"] },
    // 2020-12 keywords (OpenAPI 3.1).
    { name: "prefixItems, then items: false (written { not: {} })", schema: { prefixItems: [{ type: "integer" }, { type: "string" }], items: { not: {} } }, value: ["a", "b", 3], want: ["[0] type: must be integer", "[2] not: is not allowed here"] },
    { name: "items covers only what follows prefixItems", schema: { prefixItems: [{ type: "integer" }], items: { type: "string" } }, value: [1, "a"], want: [] },
    { name: "contains", schema: { contains: { const: "x" } }, value: ["a"], want: ["(input) contains: must have at least 1 item matching its `contains` schema"] },
    { name: "maxContains", schema: { contains: { const: "x" }, maxContains: 1 }, value: ["x", "x"], want: ["(input) maxContains: must have at most 1 item matching its `contains` schema"] },
    { name: "minContains 0 asks for none", schema: { contains: { const: "x" }, minContains: 0 }, value: [], want: [] },
    { name: "not", schema: { type: "integer", not: { const: -1 } }, value: -1, want: ["(input) not: must not match the schema under `not`"] },
    { name: "dependentRequired", schema: { type: "object", dependentRequired: { postal: ["country"] } }, value: { postal: "1" }, want: ["country dependentRequired: is required when postal is given"] },
    { name: "dependentRequired, the field absent", schema: { dependentRequired: { postal: ["country"] } }, value: { city: "c" }, want: [] },
    { name: "if/then", schema: { if: { properties: { kind: { const: "big" } }, required: ["kind"] }, then: { required: ["size"] }, else: { properties: { size: { maximum: 10 } } } }, value: { kind: "big" }, want: ["size required: is required"] },
    { name: "if/else", schema: { if: { properties: { kind: { const: "big" } }, required: ["kind"] }, then: { required: ["size"] }, else: { properties: { size: { maximum: 10 } } } }, value: { kind: "small", size: 11 }, want: ["size maximum: must be <= 10"] },
    { name: "required", schema: { type: "object", required: ["a"] }, value: {}, want: ["a required: is required"] },
    { name: "undefined counts as absent", schema: { type: "object", required: ["a"], additionalProperties: false }, value: { a: undefined, b: undefined }, want: ["a required: is required"] },
    { name: "additionalProperties false", schema: { type: "object", properties: { a: {} }, additionalProperties: false }, value: { a: 1, b: 2 }, want: ["b additionalProperties: is not allowed"] },
    { name: "a key named like an Object.prototype member is no property", schema: { type: "object", properties: { a: {} }, additionalProperties: false }, value: JSON.parse('{"constructor": 1, "__proto__": 2}'), want: ["constructor additionalProperties: is not allowed", "__proto__ additionalProperties: is not allowed"] },
    { name: "additionalProperties schema", schema: { additionalProperties: { type: "string" } }, value: { k: 1 }, want: ["k type: must be string"] },
    { name: "propertyNames", schema: { propertyNames: { pattern: "^/" } }, value: { "/a": 1, "b c": 2 }, want: ['["b c"] propertyNames: key must match ^/'] },
    { name: "ref", schema: { ref: () => ({ type: "boolean" }) }, value: "x", want: ["(input) type: must be boolean"] },
    { name: "allOf", schema: { allOf: [{ required: ["a"] }, { required: ["b"] }] }, value: {}, want: ["a required: is required", "b required: is required"] },
  ])("$name", ({ schema, value, want }) => expect(rules(schema, value)).toEqual(want));
});

describe("validate: recursive schemas", () => {
  // As the generator emits them: `$ref`s become functions returning module-level schemas.
  const tree: Schema = { type: "object", required: ["name"], properties: { name: { type: "string" }, children: { type: "array", items: { ref: () => tree } } } };
  it("checks each level of a self-referencing schema", () =>
    expect(rules(tree, { name: "a", children: [{ name: "b", children: [{ children: [] }] }] })).toEqual(["children[0].children[0].name required: is required"]));
  it("gives the same answers on later calls, once compiled", () => {
    const value = { name: 1, children: [{ name: "b" }] };
    expect(rules(tree, value)).toEqual(["name type: must be string"]);
    expect(rules(tree, value)).toEqual(["name type: must be string"]);
  });
  const a: Schema = { ref: () => b };
  const b: Schema = { ref: () => a };
  it("a cycle of refs with no schema at its end checks nothing, and ends", () => expect(rules(a, 1)).toEqual([]));
});

describe("validate: directions", () => {
  const schema: Schema = { type: "object", required: ["id", "secret"], properties: { id: { type: "string", readOnly: true }, secret: { type: "string", writeOnly: true } } };
  it("a required readOnly field need not be sent", () => expect(rules(schema, { secret: "s" }, "request")).toEqual([]));
  it("a required writeOnly field need not come back", () => expect(rules(schema, { id: "i" }, "response")).toEqual([]));
});

describe("validate: oneOf and anyOf", () => {
  const current: Schema = { type: "object", title: "current", additionalProperties: false, properties: { sha: { type: "string", minLength: 40, maxLength: 40 } } };
  const overrides: Schema = {
    type: "object",
    title: "overrides",
    additionalProperties: false,
    required: ["overrides"],
    properties: { sha: { type: "string" }, overrides: { type: "object", additionalProperties: false, properties: { path: { type: "string", pattern: "^/" } } } },
  };
  const body: Schema = { oneOf: [current, overrides] };

  it.each([
    { name: "matches the first variant", value: { sha: "a".repeat(40) }, want: [] },
    { name: "matches the second variant", value: { overrides: { path: "/x" } }, want: [] },
    { name: "reports the variant the value fits: current", value: { sha: "short" }, want: ["sha minLength: must be exactly 40 characters"] },
    { name: "reports the variant the value fits: overrides", value: { overrides: { path: "x" } }, want: ["overrides.path pattern: must match ^/"] },
    { name: "when none fits, the one with fewest misfits", value: { extra: 1, overrides: { path: "x" } }, want: ["extra additionalProperties: is not allowed", "overrides.path pattern: must match ^/"] },
    { name: "a value of the wrong type", value: "text", want: ["(input) type: must be object"] },
  ])("$name", ({ value, want }) => expect(rules(body, value)).toEqual(want));

  it("variants nested 40 deep, none fitting, are each checked once per level: the report comes at once (twice per level would be 2^40 checks)", () => {
    let schema: Schema = { type: "string" };
    let value: unknown = 1;
    for (let depth = 0; depth < 40; depth++) {
      schema = { oneOf: [{ type: "string" }, { type: "object", additionalProperties: false, properties: { child: schema } }] };
      value = { child: value };
    }
    // Both variants misfit at their own level (a type, an object whose child misfits): the first one's report, as at any depth.
    expect(rules(schema, value)).toEqual(["(input) type: must be string"]);
  });

  it("oneOf leaves exclusivity to the server: variants told apart by an unchecked keyword (Oxide's ipv4 and ipv6 ranges) both seem to match a valid value", () => {
    // What the generator emits for `oneOf: [{ properties: { first: { format: ipv4 } } }, { ... ipv6 }]`: format is not checked.
    const range = { type: "object", required: ["first"], properties: { first: { type: "string" } } } as const;
    expect(rules({ oneOf: [range, range] }, { first: "10.0.0.1" })).toEqual([]);
    expect(rules({ oneOf: [range, range] }, { first: 10 })).toEqual(["first type: must be string"]);
  });

  it("anyOf accepts a value matching two variants", () => {
    expect(rules({ anyOf: [{ type: "string" }, { minLength: 1 }] }, "ab")).toEqual([]);
  });

  it("paths nest through objects, arrays and odd keys", () => {
    const schema: Schema = { properties: { files: { additionalProperties: { properties: { list: { items: { type: "integer" } } } } } } };
    expect(validate(schema, { files: { "a/b": { list: [1, "x"] } } }, "body", "request")).toEqual([{ path: 'body.files["a/b"].list[1]', rule: "type", message: "must be integer" }]);
  });

  it("never quotes the value in a message", () => {
    const secret = "s3cr3t-value-that-is-too-long";
    const messages = validate({ type: "object", properties: { a: { maxLength: 3, pattern: "^x" }, b: { type: "integer" } } }, { a: secret, b: secret }, "", "request");
    expect(messages).toHaveLength(3);
    for (const message of messages) expect(JSON.stringify(message)).not.toContain(secret);
  });
});
