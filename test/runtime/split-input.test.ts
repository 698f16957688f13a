import { describe, expect, it } from "vitest";
import type { Operation } from "../../src/runtime/operation.js";
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
