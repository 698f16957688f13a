import { describe, expect, it } from "vitest";
import { buildCliModel } from "../../src/generator/model/cli.js";
import { buildModel } from "../../src/generator/model/operations.js";
import { requestCases } from "../../src/generator/model/request-examples.js";
import type { OpenApiDocument, OperationObject, ParameterObject } from "../../src/generator/spec/document.js";

/** A one-operation document around `operation` at `POST /things/{id}`. */
function modelOf(operation: OperationObject, extra: Partial<OpenApiDocument> = {}) {
  const document: OpenApiDocument = { openapi: "3.1.0", paths: { "/things/{id}": { post: operation } }, ...extra };
  return buildModel(document, "spec.yaml").operations[0]!;
}

/** One `GET /op{i}` per operationId (none for undefined), in this order; `parameter` adds an `id` query parameter. */
function documentWithIds(ids: (string | undefined)[], parameter?: { example: string }): OpenApiDocument {
  const operation = (operationId: string | undefined): OperationObject => ({
    ...(operationId === undefined ? {} : { operationId }),
    ...(parameter ? { parameters: [{ name: "id", in: "query" as const, schema: { type: "string" }, ...parameter }] } : {}),
    responses: { "200": { description: "ok" } },
  });
  return { openapi: "3.1.0", paths: Object.fromEntries(ids.map((id, i) => [`/op${i}`, { get: operation(id) }])) };
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

  it("groups the input when two parameters share a name; cookies are parameters too", () => {
    const op = modelOf({ parameters: [idParam, { name: "id", in: "query" }, { name: "session", in: "cookie" }], responses: {} });
    expect(op.input).toBe("grouped");
    expect(op.parameters.map((p) => `${p.location}:${p.name}`)).toEqual(["path:id", "query:id", "cookie:session"]);
  });

  it.each<[string, Partial<ParameterObject>, object | undefined]>([
    ["query default", { in: "query" }, undefined],
    ["query form explode false", { in: "query", explode: false }, { explode: false }],
    ["query pipeDelimited", { in: "query", style: "pipeDelimited" }, { style: "pipeDelimited" }],
    ["query deepObject explode", { in: "query", style: "deepObject", explode: true }, { style: "deepObject", explode: true }],
    ["query allowReserved", { in: "query", allowReserved: true }, { allowReserved: true }],
    ["path default", { in: "path", required: true }, undefined],
    ["path matrix explode", { in: "path", required: true, style: "matrix", explode: true }, { style: "matrix", explode: true }],
    ["path label", { in: "path", required: true, style: "label" }, { style: "label" }],
    ["path allowReserved (query only)", { in: "path", required: true, allowReserved: true }, undefined],
    ["header explode", { in: "header", explode: true }, { explode: true }],
    ["cookie default", { in: "cookie" }, undefined],
    ["cookie explode false", { in: "cookie", explode: false }, { explode: false }],
    ["content JSON", { in: "query", content: { "application/json": { schema: { type: "object" } } } }, { json: true }],
    ["content text", { in: "query", content: { "text/plain": { schema: { type: "string" } } } }, undefined],
  ])("parameter style: %s", (_name, parameter, style) => {
    const op = modelOf({ parameters: [{ name: "p", ...parameter } as ParameterObject], responses: {} });
    expect(op.parameters[0]!.style).toEqual(style);
  });

  it.each<{ name: string; responses: OperationObject["responses"]; want: object }>([
    { name: "204 only", responses: { "204": { description: "" } }, want: { statuses: [{ code: "204", body: false }], mediaType: undefined, parseAs: "json" } },
    { name: "2XX", responses: { "2XX": { description: "", content: { "application/json": {} } } }, want: { statuses: [{ code: "2XX", body: true }], mediaType: "application/json", parseAs: "json" } },
    { name: "default only", responses: { default: { description: "", content: { "text/plain": {} } } }, want: { statuses: [{ code: "default", body: true }], mediaType: "text/plain", parseAs: "text" } },
    { name: "binary", responses: { "200": { description: "", content: { "application/octet-stream": {} } } }, want: { statuses: [{ code: "200", body: true }], mediaType: "application/octet-stream", parseAs: "blob" } },
    { name: "event stream", responses: { "200": { description: "", content: { "text/event-stream": {} } } }, want: { statuses: [{ code: "200", body: true }], mediaType: "text/event-stream", parseAs: "stream" } },
    { name: "any type", responses: { "200": { description: "", content: { "*/*": {} } } }, want: { statuses: [{ code: "200", body: true }], mediaType: "*/*", parseAs: "auto" } },
    { name: "XML", responses: { "200": { description: "", content: { "application/xml": {} } } }, want: { statuses: [{ code: "200", body: true }], mediaType: "application/xml", parseAs: "text" } },
    { name: "vendor JSON beside 204", responses: { "200": { description: "", content: { "application/vnd.github+json": {} } }, "204": { description: "" } }, want: { statuses: [{ code: "200", body: true }, { code: "204", body: false }], mediaType: "application/vnd.github+json", parseAs: "json" } },
  ])("success: $name", ({ responses, want }) => {
    expect(modelOf({ parameters: [idParam], responses }).success).toEqual(want);
  });

  it("names operations without operationId from method and path, uniquely", () => {
    const document: OpenApiDocument = {
      paths: { "/a/{id}": { get: { responses: {} }, delete: { operationId: "getAById", responses: {} } } },
    };
    // The operationId that is already the name keeps it, though it comes second.
    expect(buildModel(document, "s").operations.map((o) => o.name)).toEqual(["getAById2", "getAById"]);
  });

  it.each([
    { ids: ["get-user", "getUser"], want: ["getUser2", "getUser"] },
    { ids: ["getUser", "get-user"], want: ["getUser", "getUser2"] },
    { ids: ["list_pets", "listPets"], want: ["listPets2", "listPets"] },
    { ids: ["Get User", "getUser"], want: ["getUser2", "getUser"] },
    { ids: ["GetUser", "getUser"], want: ["getUser2", "getUser"] },
    { ids: ["get-user", "Get User", "getUser"], want: ["getUser2", "getUser3", "getUser"] },
    { ids: ["get-user", "getUser", "get_user"], want: ["getUser2", "getUser", "getUser3"] },
    { ids: ["get-user", "getUser", "getUser2"], want: ["getUser3", "getUser", "getUser2"] },
    { ids: [undefined, "getOp0"], want: ["getOp02", "getOp0"] },
  ])("an operationId that is already its name keeps it: $ids -> $want", ({ ids, want }) => {
    const operations = buildModel(documentWithIds(ids), "s").operations;
    expect(operations.map((o) => o.name)).toEqual(want);
    expect(operations.map((o) => o.typeName)).toEqual(want.map((name) => name.charAt(0).toUpperCase() + name.slice(1)));
  });

  it.each([
    { ids: ["then"], want: ["then_"] },
    { ids: ["constructor", "toString", "valueOf", "hasOwnProperty"], want: ["constructor_", "toString_", "valueOf_", "hasOwnProperty_"] },
    { ids: ["isPrototypeOf", "propertyIsEnumerable", "toLocaleString"], want: ["isPrototypeOf_", "propertyIsEnumerable_", "toLocaleString_"] },
    { ids: ["then", "Then", "then-"], want: ["then_", "then_2", "then_3"] },
  ])("names that Object.prototype or a thenable would claim get a _ suffix: $ids -> $want", ({ ids, want }) => {
    expect(buildModel(documentWithIds(ids), "s").operations.map((o) => o.name)).toEqual(want);
  });

  it.each([
    { ids: ["get-user", "getUser", "Get User"], want: ["get-user2", "get-user", "get-user3"] },
    { ids: ["valueOf", "valueOF"], want: ["value-of", "value-of2"] },
    { ids: ["createCLIENT", "createClient"], want: ["create-client", "create-client-2"] },
    { ids: ["toString", "toSTRING", "to-string"], want: ["to-string", "to-string2", "to-string-3"] },
  ])("CLI commands stay unique, and their examples use them: $ids -> $want", ({ ids, want }) => {
    const document = documentWithIds(ids, { example: "x" });
    const operations = buildModel(document, "s").operations;
    const { commands } = buildCliModel(document, operations, operations.map((o) => requestCases(document, o)), "t");
    expect(commands.map((c) => c.name)).toEqual(want);
    expect(commands.map((c) => c.examples[0]?.argv[0])).toEqual(want);
    expect(commands.map((c) => c.operation)).toEqual(operations.map((o) => o.name));
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

describe("CLI commands and flags from real specs' shapes", () => {
  const ok = { "200": { description: "ok" } };
  const document: OpenApiDocument = {
    openapi: "3.0.3",
    paths: {
      // Oxide's spec has a `logout` operation: the engine's own `logout` keeps its name.
      "/v1/logout": { post: { operationId: "logout", responses: ok } },
      "/v1/login": { post: { operationId: "login", responses: ok } },
      // FastAPI writes an optional value as `anyOf: [{type: X}, {type: "null"}]`.
      "/logs": { get: { operationId: "logs", parameters: [{ name: "stream", in: "query", schema: { anyOf: [{ type: "boolean" }, { type: "null" }] } as never }, { name: "ids", in: "query", schema: { anyOf: [{ type: "array", items: { type: "integer" } }, { type: "null" }] } as never }], responses: ok } },
      // A body that is not an object of fields goes under `body`: --body must put it there.
      "/marks": { put: { operationId: "putMark", requestBody: jsonBody({ type: "string", enum: ["X", "O"] }), responses: ok } },
      "/free": { post: { operationId: "postFree", "x-cli-command": ["logout", "free post"], requestBody: { required: true, content: { "application/json": {} } }, responses: ok } as OperationObject },
      // Accented names: flags drop the accents, as operation names do; they are not cut out.
      "/accents": { get: { operationId: "1st-créer_objet", parameters: [{ name: "x-ümlaut", in: "header", schema: { type: "string" } }, { name: "naïve", in: "query", schema: { type: "string" } }, { name: "größe", in: "query", schema: { type: "integer" } }], responses: ok } },
    },
  };
  const { operations } = buildModel(document, "spec.yaml");
  const commands = buildCliModel(document, operations, operations.map(() => []), "t").commands;

  it("an operation named like an engine command is renamed, not shadowed", () => {
    expect(commands.map((c) => c.name).slice(0, 5)).toEqual(["logout-2", "login-2", "logs", "put-mark", "post-free"]);
    expect(commands[4]!.aliases).toEqual(["free post"]);
  });

  it("accented names keep their letters in flags, without the accents", () => {
    expect(commands[5]!.flags.map((f) => f.flag)).toEqual(["x-umlaut", "naive", "grosse"]);
  });

  it("a nullable value written as anyOf with null gets the flag of the value's own type", () => {
    expect(commands[2]!.flags.map((f) => [f.flag, f.kind, "type" in f ? f.type : undefined])).toEqual([
      ["stream", "value", "boolean"],
      ["ids", "list", "integer"],
    ]);
  });

  it("a body that is not an object of fields is marked to go under `body`", () => {
    expect(commands[3]).toMatchObject({ hasBody: true, bodyInProperty: true });
    // No schema at all: still a body, given whole by --body.
    expect(commands[4]).toMatchObject({ hasBody: true, bodyInProperty: true });
    expect(commands[2]!.bodyInProperty).toBeUndefined();
  });
});
