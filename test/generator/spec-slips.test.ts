/**
 * A small spec through the whole of generate(), its output written, imported and type-checked:
 * operationIds that would shadow Object.prototype or make the client a thenable, and path
 * template parameters the spec forgot to declare.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { generate, type Generated } from "../../src/generator/generate.js";
import { typecheckStrict } from "../support/typecheck.js";

const dir = resolve("test/output/spec-slips");
const out = join(dir, "out");
const ok = '{"200": {description: ok, content: {application/json: {schema: {type: object}}}}}';
const spec = `openapi: 3.1.0
info: {title: Slips, version: "1"}
servers: [{url: "https://api.example.test"}]
paths:
  /things/{id}:
    get:
      operationId: then
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: ${ok}
  /users/{id}:
    get:
      operationId: get-user
      responses: ${ok}
  /people/{id}:
    get:
      operationId: getUser
      parameters: [{$ref: "#/components/parameters/Id"}]
      responses: ${ok}
  /orgs/{org}/members/{id}:
    parameters: [{name: org, in: path, required: true, schema: {type: string}}]
    delete:
      operationId: constructor
      parameters: [{name: q, in: query, schema: {type: string}}]
      responses: ${ok}
  /a/{x}/b/{y}:
    get:
      operationId: toString
      responses: ${ok}
    post:
      operationId: valueOf
      parameters: [{name: x, in: path, required: true, schema: {type: string}}]
      responses: ${ok}
  /health:
    get:
      operationId: hasOwnProperty
      responses: ${ok}
components:
  parameters:
    Id: {name: id, in: path, required: true, schema: {type: string}}
`;

let generated: Generated;
type Client = Record<string, (input?: unknown) => Promise<unknown>>;
let client: Client;
const sent: string[] = [];

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(dir, "slips.yaml"), spec);
  generated = await generate({ spec: join(dir, "slips.yaml"), out });
  for (const file of generated.files) writeFileSync(join(out, file.path), file.contents);
  const module = (await import(/* @vite-ignore */ pathToFileURL(join(out, "client.gen.js")).href)) as { createClient: (options: object) => Client };
  const fetch = async (request: Request) => (sent.push(`${request.method} ${request.url}`), new Response("{}", { status: 200, headers: { "Content-Type": "application/json" } }));
  client = module.createClient({ fetch, retry: { limit: 0 } });
});

describe("names a client cannot have", () => {
  it("get a _ suffix; an operationId that is already its name keeps it", () => {
    expect(generated.model.operations.map((o) => o.name)).toEqual(["then_", "getUser2", "getUser", "constructor_", "toString_", "valueOf_", "hasOwnProperty_"]);
  });

  it("leave the client a plain object: awaiting it gives the client, not a call of `then`", async () => {
    expect(await client).toBe(client);
    expect(await Promise.resolve(client)).toBe(client);
    expect(Object.hasOwn(client, "then")).toBe(false);
    expect(String(client)).toBe("[object Object]");
    expect(Object.hasOwn(client, "constructor") || Object.hasOwn(client, "hasOwnProperty")).toBe(false);
    await client.then_!({ id: "7" });
    expect(sent.at(-1)).toBe("GET https://api.example.test/things/7");
  });
});

describe("a path parameter the spec forgot to declare", () => {
  it("is a warning naming the operation and the parameter", () => {
    expect(generated.warnings.map((w) => w.replace(/^.*?slips\.yaml:\d+:\d+ /, ""))).toEqual([
      "#/paths/~1users~1{id}/get warn generator: GET /users/{id} (get-user) does not declare its path parameter id; it is generated as a required string",
      "#/paths/~1orgs~1{org}~1members~1{id}/delete warn generator: DELETE /orgs/{org}/members/{id} (constructor) does not declare its path parameter id; it is generated as a required string",
      "#/paths/~1a~1{x}~1b~1{y}/get warn generator: GET /a/{x}/b/{y} (toString) does not declare its path parameter x; it is generated as a required string",
      "#/paths/~1a~1{x}~1b~1{y}/get warn generator: GET /a/{x}/b/{y} (toString) does not declare its path parameter y; it is generated as a required string",
      "#/paths/~1a~1{x}~1b~1{y}/post warn generator: POST /a/{x}/b/{y} (valueOf) does not declare its path parameter y; it is generated as a required string",
    ]);
  });

  it("is a required path parameter of the model, the validation and the CLI", () => {
    const operations = Object.fromEntries(generated.model.operations.map((o) => [o.name, o]));
    expect(operations.getUser2!.parameters).toEqual([{ name: "id", location: "path", required: true }]);
    expect(operations.constructor_!.parameters.map((p) => `${p.location}:${p.name}`)).toEqual(["path:org", "query:q", "path:id"]);
    expect(operations.toString_!.validation.params.path).toEqual({ properties: { x: { type: "string" }, y: { type: "string" } }, required: ["x", "y"] });
    const cli = generated.files.find((f) => f.path === "cli.gen.js")!.contents;
    expect(cli).toMatch(/name: "get-user2",[\s\S]*?flag: "id",\s*target: \["id"\],\s*required: true/);
  });

  it("fills the template when called, and is refused when missing", async () => {
    await client.getUser2!({ id: "x 1" });
    await client.constructor_!({ org: "o", id: "m", q: "z" });
    await client.toString_!({ x: "1", y: "2" });
    expect(sent.slice(-3)).toEqual(["GET https://api.example.test/users/x%201", "DELETE https://api.example.test/orgs/o/members/m?q=z", "GET https://api.example.test/a/1/b/2"]);
    await expect(client.getUser2!({})).rejects.toMatchObject({ name: "ValidationError" });
    expect(sent).toHaveLength(4);
  });

  it.each([
    { name: "a spec that stands alone, which the types worker parses itself", external: false },
    { name: "a spec with an external $ref, whose bundle the worker is sent", external: true },
  ])("is in openapi-typescript's types for $name", async ({ external }) => {
    const path = join(dir, external ? "bundled.yaml" : "slips.yaml");
    writeFileSync(join(dir, "shared.yaml"), "Thing: {type: object}\n");
    if (external) writeFileSync(path, spec.replace("schema: {type: object}", "schema: {$ref: './shared.yaml#/Thing'}"));
    const { files } = external ? await generate({ spec: path, out }) : generated;
    const types = files.find((f) => f.path === "schema.d.ts")!.contents;
    expect(types.includes("Thing: ")).toBe(external);
    expect(types).toMatch(/"get-user": \{\s*parameters: \{\s*query\?: never;\s*header\?: never;\s*path: \{\s*id: string;/);
  });

  it("is in the types: a call with it type-checks, one without does not, and the client awaits to itself", () => {
    writeFileSync(
      join(out, "probe.ts"),
      [
        'import { createClient, type Client } from "./client.gen.js";',
        "const client = createClient();",
        'export const calls = [client.getUser2({ id: "x" }), client.constructor_({ org: "o", id: "m" }), client.toString_({ x: "1", y: "2" }), client.valueOf_({ x: "1", y: "2" })];',
        "// @ts-expect-error id is required",
        "void client.getUser2({});",
        "// @ts-expect-error y is required",
        'void client.valueOf_({ x: "1" });',
        "export const same = async (): Promise<Client> => await client;",
        "",
      ].join("\n"),
    );
    writeFileSync(join(out, "tsconfig.json"), JSON.stringify({ extends: "../../../../tsconfig.json", include: ["*.ts"], exclude: [] }));
    expect(typecheckStrict(join(out, "tsconfig.json"))).toEqual([]);
  });
});
