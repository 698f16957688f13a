/**
 * Watch mode keeps each operation's model, and what was made of it, while its key (its path
 * item and all its `$ref`s reach) and the inputs every operation shares are unchanged. After
 * every edit below, a run with the memo must write what a cold run writes, byte for byte, and
 * must have rebuilt exactly the operations the edit can reach: no more (or the memo is
 * useless), no fewer (or the output is stale).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { StatementsPrinter } from "../../src/generator/emit/ts-morph.js";
import { generate } from "../../src/generator/generate.js";
import { OperationMemo } from "../../src/generator/model/operation-memo.js";

const work = mkdtempSync(join(tmpdir(), "operation-memo-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Parts {
  tag: string;
  server: string;
  security: string;
  cliName: string;
  description: string;
  ownerParameter: string;
  slashed: string;
  spaced: string;
  firstBody: string;
  ownersId: string;
  extraPath: string;
}

const base: Parts = {
  tag: "{ type: string, maxLength: 20 }",
  server: "https://pets.example.com",
  security: "[{ bearer: [] }]",
  cliName: "pets",
  description: "The pet shop",
  ownerParameter: "{ name: ownerId, in: path, required: true, schema: { type: string } }",
  slashed: "{ type: object, properties: { a: { type: string } } }",
  spaced: "{ type: object, properties: { b: { type: integer } } }",
  firstBody: '{ $ref: "#/components/schemas/Note" }',
  ownersId: "list-owners",
  extraPath: "",
};

const specText = (p: Parts) => `openapi: 3.1.0
info: { title: Pets, version: 1.0.0, description: ${JSON.stringify(p.description)} }
x-cli: { name: ${p.cliName} }
servers: [{ url: ${JSON.stringify(p.server)} }]
security: ${p.security}
paths:
${p.extraPath}  /notes:
    post:
      operationId: addNote
      requestBody:
        content:
          application/json:
            schema: ${p.firstBody}
      responses:
        "201": { description: Added }
  /pets/{petId}:
    get:
      operationId: getPet
      parameters:
        - { name: petId, in: path, required: true, schema: { type: string } }
      responses:
        "200":
          description: The pet
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Pet" }
  /owners/{ownerId}:
    parameters:
      - $ref: "#/components/parameters/OwnerId"
    get:
      operationId: ${p.ownersId}
      responses:
        "200":
          description: The owner
          content:
            application/json:
              schema: { $ref: "#/components/schemas/a~1b" }
  /items:
    post:
      operationId: addItem
      requestBody:
        content:
          application/json:
            schema: { $ref: "#/components/schemas/item" }
      responses:
        "200":
          description: Spaced
          content:
            application/json:
              schema: { $ref: "#/components/schemas/a%20b" }
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
  parameters:
    OwnerId: ${p.ownerParameter}
  schemas:
    Pet:
      type: object
      properties:
        name: { type: string }
        tags: { type: array, items: { $ref: "#/components/schemas/Tag" } }
    Tag: ${p.tag}
    Note: { type: object, properties: { text: { type: string } } }
    Item: { type: object, properties: { id: { type: integer } } }
    item: { type: object, properties: { sku: { type: string } } }
    a/b: ${p.slashed}
    a b: ${p.spaced}
`;

it("a run with the memo writes what a cold run writes after every edit, rebuilding only the operations the edit reaches", { timeout: 120_000 }, async () => {
  const spec = join(work, "api.yaml");
  const memo = new OperationMemo();
  const printer = new StatementsPrinter();
  const run = async (parts: Parts, warm: boolean) => {
    writeFileSync(spec, specText(parts));
    const { files } = await generate({ spec, out: join(work, "out"), lint: false, ...(warm ? { memo, printer } : {}) });
    return Object.fromEntries(files.map((file) => [file.path, file.contents]));
  };
  const steps: [string, Partial<Parts>, number][] = [
    // [what changed, the change, operations kept of the 4 (5 once a path is added)]
    ["the first run, with nothing to keep", {}, 0],
    ["a schema two $refs away from getPet (Pet -> Tag)", { tag: "{ type: string, maxLength: 30 }" }, 3],
    ["the info's description, which no operation reads", { description: "The pet shop, open late" }, 4],
    ["the server, which every operation's samples show", { server: "https://pets.example.org" }, 0],
    ["the spec's security, which every operation without its own takes", { security: "[]" }, 0],
    ["the CLI's name, in every command's examples", { cliName: "petshop" }, 0],
    ["a path-level parameter's component", { ownerParameter: "{ name: ownerId, in: path, required: true, schema: { type: string, minLength: 3 } }" }, 3],
    ["a schema whose name holds a slash (a~1b in the $ref)", { slashed: "{ type: object, properties: { a: { type: boolean } } }" }, 3],
    ["a schema whose name holds a space (a%20b in the $ref)", { spaced: "{ type: object, properties: { b: { type: number } } }" }, 3],
    // addNote now meets `Item` first: its validation const is ItemSchema, and addItem's `item` becomes ItemSchema2.
    ["the first operation's body, now a schema whose const name another's $ref had", { firstBody: '{ $ref: "#/components/schemas/Item" }' }, 3],
    ["an operation's id, a new name", { ownersId: "listOwners" }, 3],
    [
      "a path added before the others, whose operation takes an existing operation's name",
      { extraPath: "  /first:\n    get:\n      operationId: getPet\n      responses:\n        \"204\": { description: None }\n" },
      3,
    ],
  ];
  let parts = base;
  for (const [what, change, kept] of steps) {
    parts = { ...parts, ...change };
    const warm = await run(parts, true);
    expect(memo.lastRun, what).toEqual({ kept, operations: parts.extraPath ? 5 : 4 });
    expect(warm, what).toEqual(await run(parts, false));
  }
  // A run with no edit keeps every operation, and writes the same.
  const again = await run(parts, true);
  expect(memo.lastRun).toEqual({ kept: 5, operations: 5 });
  expect(again).toEqual(await run(parts, false));
  // The edits did reach the output.
  expect(again["validation.gen.js"]).toContain("ItemSchema2");
  expect(again["openapi.docs.json"]).toContain("petshop");
  expect(again["client.gen.d.ts"]).toContain("getPet2");
});

it("values JSON cannot tell apart (YAML's .inf, .nan and null), and a security scheme that is a $ref elsewhere, are not taken for unchanged", { timeout: 60_000 }, async () => {
  const spec = join(work, "values.yaml");
  const memo = new OperationMemo();
  const printer = new StatementsPrinter();
  const text = (maximum: string, example: string, scheme: string) => `openapi: 3.1.0
info: { title: T, version: 1.0.0 }
security: [{ key: [] }]
paths:
  /a:
    get:
      operationId: getA
      parameters:
        - { name: n, in: query, required: true, schema: { type: number, maximum: ${maximum} }, example: ${example} }
        - { name: key, in: query, schema: { type: string } }
      responses: { "200": { description: ok } }
  /b:
    get:
      operationId: getB
      responses: { "204": { description: none } }
components:
  securitySchemes:
    key: { $ref: "#/components/x-auth/key" }
  x-auth:
    key: ${scheme}
`;
  const run = async (contents: string, warm: boolean) => {
    writeFileSync(spec, contents);
    const { files } = await generate({ spec, out: join(work, "values-out"), lint: false, ...(warm ? { memo, printer } : {}) });
    return Object.fromEntries(files.map((file) => [file.path, file.contents]));
  };
  const apiKey = "{ type: apiKey, in: header, name: X-Key }";
  const steps: [string, string, number][] = [
    ["the first run", text(".inf", ".inf", apiKey), 0],
    ["a maximum from .inf to .nan", text(".nan", ".inf", apiKey), 1],
    ["a maximum from .nan to null", text("null", ".inf", apiKey), 1],
    ["an example from .inf to .nan", text("null", ".nan", apiKey), 1],
    ["an example from .nan to null", text("null", "null", apiKey), 1],
    // The scheme is bearer now: its flag is --token, and the `key` parameter's flag is --key again, not --key-2.
    ["the scheme the $ref leads to", text("null", "null", "{ type: http, scheme: bearer }"), 0],
  ];
  for (const [what, contents, kept] of steps) {
    const warm = await run(contents, true);
    expect(memo.lastRun, what).toEqual({ kept, operations: 2 });
    expect(warm, what).toEqual(await run(contents, false));
  }
});
