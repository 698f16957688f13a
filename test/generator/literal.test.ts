import { describe, expect, it } from "vitest";
import { Code, literal, prettyLiteral } from "../../src/generator/emit/literal.js";

describe("literal", () => {
  it.each([
    { given: { method: "post", params: { path: ["a", "b"] } }, want: '{ method: "post", params: { path: ["a", "b"] } }' },
    { given: { "x-y": 1, ok: true, skipped: undefined }, want: '{ "x-y": 1, ok: true }' },
    { given: {}, want: "{}" },
    { given: [], want: "[]" },
    { given: [1, undefined, new Code("f()")], want: "[1, undefined, f()]" },
    { given: [new Code(""), 1], want: "[, 1]" },
    { given: 'quote " and \\ back', want: '"quote \\" and \\\\ back"' },
  ])("$want", ({ given, want }) => expect(literal(given)).toBe(want));
});

describe("prettyLiteral", () => {
  it("keeps a value on one line while it fits the width, exactly to the last character", () => {
    // { a: "xxxxxx" } is 15 characters.
    expect(prettyLiteral({ a: "xxxxxx" }, "", 15)).toBe('{ a: "xxxxxx" }');
    expect(prettyLiteral({ a: "xxxxxx" }, "", 14)).toBe('{\n  a: "xxxxxx",\n}');
    // ["aaa", "bbb"] is 14; an indent counts against the width.
    expect(prettyLiteral(["aaa", "bbb"], "", 14)).toBe('["aaa", "bbb"]');
    expect(prettyLiteral(["aaa", "bbb"], "  ", 15)).toBe('[\n    "aaa",\n    "bbb",\n  ]');
  });

  it("breaks only the levels that do not fit, each at its own indent", () => {
    const value = { name: "start-job-build", flags: [{ flag: "project-id", required: true }, { flag: "sha", required: false }], call: new Code("(c) => c.go()") };
    expect(prettyLiteral(value, "", 50)).toBe(
      ["{", '  name: "start-job-build",', "  flags: [", '    { flag: "project-id", required: true },', '    { flag: "sha", required: false },', "  ],", "  call: (c) => c.go(),", "}"].join("\n"),
    );
  });

  it("prints the same text as literal when everything fits", () => {
    const value = { a: [1, 2, { b: "c" }], "d-e": null };
    expect(prettyLiteral(value, "", 1000)).toBe(literal(value));
  });
});
