import { describe, expect, it } from "vitest";
import { buildCliModel } from "../../src/generator/model/cli.js";
import { buildModel } from "../../src/generator/model/operations.js";
import { requestCases } from "../../src/generator/model/request-examples.js";
import type { OpenApiDocument, OperationObject } from "../../src/generator/spec/document.js";

/** A one-operation document around `operation` at `POST /things/{id}`. */
function modelOf(operation: OperationObject, extra: Partial<OpenApiDocument> = {}) {
  const document: OpenApiDocument = { openapi: "3.1.0", paths: { "/things/{id}": { post: operation } }, ...extra };
  return buildModel(document, "spec.yaml").operations[0]!;
}

const idParam = { name: "id", in: "path" as const, required: true, schema: { type: "string" } };
const jsonBody = (schema: object, required = true) => ({ required, content: { "application/json": { schema } } });

describe("buildModel", () => {
  it("reads the seed operation's essentials", () => {
    const op = modelOf({
      operationId: "startJobBuild",
      summary: "Start job build",
      deprecated: true,
      "x-required-permission": "Project > Jobs > Deployment > Deploy Build",
      parameters: [idParam],
      requestBody: jsonBody({ type: "object", properties: { sha: { type: "string" } } }, false),
      responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } } },
    });
    expect(op).toMatchObject({
      name: "startJobBuild",
      typeName: "StartJobBuild",
      method: "post",
      deprecated: true,
      requiredPermission: "Project > Jobs > Deployment > Deploy Build",
      input: "flat",
      inputOptional: false,
      body: { mediaType: "application/json", json: true, required: false, layout: "fields" },
      success: { statuses: [{ code: "200", body: true }], mediaType: "application/json", parseAs: "json" },
    });
  });

  it.each([
    { name: "body fields beside parameters", body: jsonBody({ type: "object", properties: { name: {} } }), want: { input: "flat", layout: "fields" } },
    { name: "a body field named like a parameter goes under body", body: jsonBody({ type: "object", properties: { id: {} } }), want: { input: "flat", layout: "property" } },
    { name: "an array body goes under body", body: jsonBody({ type: "array", items: {} }), want: { input: "flat", layout: "property" } },
    { name: "an optional body with required fields goes under body", body: jsonBody({ type: "object", required: ["a"], properties: { a: {} } }, false), want: { input: "flat", layout: "property" } },
  ])("$name", ({ body, want }) => {
    const op = modelOf({ parameters: [idParam], requestBody: body, responses: {} });
    expect({ input: op.input, layout: op.body?.layout }).toEqual(want);
  });

  it("groups the input when a body key would meet a parameter named body", () => {
    const op = modelOf({ parameters: [idParam, { name: "body", in: "query" }], requestBody: jsonBody({ type: "array" }), responses: {} });
    expect(op.input).toBe("grouped");
    expect(op.fields.map((f) => f.path)).toEqual(["path.id", "query.body", "body"]);
  });

  it("groups the input when two parameters share a name, and leaves cookies out", () => {
    const op = modelOf({ parameters: [idParam, { name: "id", in: "query" }, { name: "session", in: "cookie" }], responses: {} });
    expect(op.input).toBe("grouped");
    expect(op.parameters.map((p) => `${p.location}:${p.name}`)).toEqual(["path:id", "query:id"]);
  });

  it.each<{ name: string; responses: OperationObject["responses"]; want: object }>([
    { name: "204 only", responses: { "204": { description: "" } }, want: { statuses: [{ code: "204", body: false }], mediaType: undefined, parseAs: "json" } },
    { name: "2XX", responses: { "2XX": { description: "", content: { "application/json": {} } } }, want: { statuses: [{ code: "2XX", body: true }], mediaType: "application/json", parseAs: "json" } },
    { name: "default only", responses: { default: { description: "", content: { "text/plain": {} } } }, want: { statuses: [{ code: "default", body: true }], mediaType: "text/plain", parseAs: "text" } },
    { name: "binary", responses: { "200": { description: "", content: { "application/octet-stream": {} } } }, want: { statuses: [{ code: "200", body: true }], mediaType: "application/octet-stream", parseAs: "blob" } },
    { name: "event stream", responses: { "200": { description: "", content: { "text/event-stream": {} } } }, want: { statuses: [{ code: "200", body: true }], mediaType: "text/event-stream", parseAs: "stream" } },
    { name: "vendor JSON beside 204", responses: { "200": { description: "", content: { "application/vnd.github+json": {} } }, "204": { description: "" } }, want: { statuses: [{ code: "200", body: true }, { code: "204", body: false }], mediaType: "application/vnd.github+json", parseAs: "json" } },
  ])("success: $name", ({ responses, want }) => {
    expect(modelOf({ parameters: [idParam], responses }).success).toEqual(want);
  });

  it("names operations without operationId from method and path, uniquely", () => {
    const document: OpenApiDocument = {
      paths: { "/a/{id}": { get: { responses: {} }, delete: { operationId: "getAById", responses: {} } } },
    };
    expect(buildModel(document, "s").operations.map((o) => o.name)).toEqual(["getAById", "getAById2"]);
  });

  it.each([
    { servers: [{ url: "https://api.example.test/v1/" }], want: "https://api.example.test/v1/" },
    { servers: [{ url: "https://{env}.example.test", variables: { env: { default: "eu" } } }], want: "https://eu.example.test" },
    { servers: [{ url: "/relative" }], want: undefined },
    { servers: [], want: undefined },
  ])("default base URL from $servers", ({ servers, want }) => {
    expect(buildModel({ servers, paths: {} }, "s").defaultBaseUrl).toBe(want);
  });
});

describe("path-level parameters", () => {
  // Declared once on the path item, they belong to every operation under it: the client's
  // input, the CLI's flags and the samples' requests all see them.
  const document: OpenApiDocument = {
    openapi: "3.1.0",
    paths: {
      "/items/{id}": {
        parameters: [{ ...idParam, example: "abc" }],
        get: { operationId: "getItem", parameters: [{ name: "q", in: "query", schema: { type: "string" } }], responses: { "200": { description: "ok" } } },
      },
    },
  };
  const [operation] = buildModel(document, "spec.yaml").operations;

  it("are CLI flags, and in the CLI examples and the docs' requests", () => {
    expect(operation!.parameters.map((p) => p.name)).toEqual(["id", "q"]);
    const requests = requestCases(document, operation!);
    expect(requests.map((r) => [...r.params].map(([p, value]) => [p.name, value]))).toEqual([[["id", "abc"]]]);
    const [command] = buildCliModel(document, [operation!], [requests], "t").commands;
    expect(command!.flags.map((f) => f.flag)).toEqual(["id", "q"]);
    expect(command!.examples).toEqual([{ title: "GET /items/{id}", argv: ["get-item", "--id", "abc"] }]);
  });
});
