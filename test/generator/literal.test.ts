import { describe, expect, it } from "vitest";
import { literal } from "../../src/generator/emit/literal.js";

describe("literal", () => {
  it.each([
    { given: { method: "post", params: { path: ["a", "b"] } }, want: '{ method: "post", params: { path: ["a", "b"] } }' },
    { given: { "x-y": 1, ok: true, skipped: undefined }, want: '{ "x-y": 1, ok: true }' },
    { given: {}, want: "{}" },
    { given: 'quote " and \\ back', want: '"quote \\" and \\\\ back"' },
  ])("$want", ({ given, want }) => expect(literal(given)).toBe(want));
});
