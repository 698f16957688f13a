/** What no setting lets through: bodies the client cannot write as their media type says. */
import { describe, expect, it } from "vitest";
import { checkBodyWritable, unknownInputs } from "../../src/runtime/check-input.js";
import type { Operation, Schema } from "../../src/runtime/types.js";

// A folder of files, recursive: a file may sit at any depth.
const file: Schema = { type: "string", binary: true };
const folder: Schema = { type: "object", properties: { name: { type: "string" }, files: { type: "array", items: file }, folders: { type: "array", items: { ref: () => folder } } } };
const upload: Operation = { name: "upload", method: "post", path: "/folders", input: "grouped", parseAs: "json", schema: { body: folder } };

describe("files inside a body written as text", () => {
  it("each file is named where it sits, at any depth", () => {
    const body = { name: "root", files: ["text is fine", new Uint8Array([1])], folders: [{ name: "a", folders: [{ files: [new Blob(["x"])] }] }] };
    expect(checkBodyWritable(upload, { params: {}, body }).map((v) => v.path)).toEqual(["body.files[1]", "body.folders[0].folders[0].files[0]"]);
  });

  it("a URL-encoded form cannot carry one either; multipart can", () => {
    const body = { files: [new Blob(["x"])] };
    expect(checkBodyWritable(upload, { params: {}, body }, "application/x-www-form-urlencoded")).toHaveLength(1);
    expect(checkBodyWritable(upload, { params: {}, body }, "multipart/form-data")).toEqual([]);
  });

  it("whatever the schema says (a free-form object too), and bytes as the whole body are the caller's encoding", () => {
    const free: Operation = { ...upload, schema: { body: { type: "object" } } };
    expect(checkBodyWritable(free, { params: {}, body: { meta: { file: new Blob(["x"]) } } }).map((v) => v.path)).toEqual(["body.meta.file"]);
    expect(checkBodyWritable(upload, { params: {}, body: new Blob(["{}"]) })).toEqual([]);
  });
});

describe("input keys that go nowhere", () => {
  const list: Operation = { name: "listPets", method: "get", path: "/pets", input: "flat", params: { query: ["limit"], header: ["X-Request-Id"] }, parseAs: "json" };
  const replace: Operation = { name: "replaceTags", method: "put", path: "/tags", input: "flat", params: { query: ["dryRun"] }, body: "property", parseAs: "json" };
  const create: Operation = { name: "createPet", method: "post", path: "/pets", input: "flat", params: { query: ["limit"] }, body: "fields", parseAs: "json" };

  it("a typo in a flat input is named with what the operation takes, not dropped", () => {
    expect(unknownInputs(list, { limt: 3, "X-Request-Id": "r" })).toEqual([{ path: "limt", rule: "unknown", message: "is not an input of listPets; it takes limit, X-Request-Id" }]);
    expect(unknownInputs(replace, { dryRun: true, tags: ["a"] })).toEqual([{ path: "tags", rule: "unknown", message: "is not an input of replaceTags; it takes dryRun, body" }]);
    expect(unknownInputs(list, { limit: 3, other: undefined })).toEqual([]);
  });

  it("no input at all, or null, has no keys to judge", () => {
    expect(unknownInputs(list, null)).toEqual([]);
    expect(unknownInputs(list, undefined)).toEqual([]);
  });

  it("a grouped GET takes no body group: fetch cannot send one", () => {
    expect(unknownInputs({ ...list, input: "grouped", params: undefined }, { query: {}, body: { x: 1 } })).toEqual([{ path: "body", rule: "unknown", message: "is not an input of listPets, as fetch cannot send a body with GET; it takes path, query, header, cookie" }]);
  });

  it("where the body is the input's other fields, its schema judges them; a grouped input's keys are its groups", () => {
    expect(unknownInputs(create, { limit: 1, name: "Rex" })).toEqual([]);
    expect(unknownInputs({ ...list, input: "grouped", params: undefined }, { query: {}, querry: {} })).toEqual([{ path: "querry", rule: "unknown", message: "is not an input of listPets; it takes path, query, header, cookie" }]);
  });
});
