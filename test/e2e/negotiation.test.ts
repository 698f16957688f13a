/**
 * End to end, on a real public spec: operations whose success responses offer XML and JSON
 * (the petstore lists XML first). Prism, like many servers, answers with the first type the
 * spec lists unless the request says which it accepts; the client reads JSON, so it asks for it.
 */
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generator/generate.js";
import { applyChanges, diffOutput } from "../../src/generator/stages/write.js";
import { sharedSpecs } from "../support/real-specs.js";
import { startPrism } from "../support/servers.js";

const spec = `${sharedSpecs}/swagger-petstore__openapi.yaml`;
const out = resolve("test/output/negotiation/petstore");

type Client = Record<string, (input?: unknown, options?: unknown) => Promise<unknown>>;
let createClient: (options: object) => Client;
let prism: Awaited<ReturnType<typeof startPrism>>;
/** The Accept header of every request a client sent, seen through its `fetch` option. */
const accepted: (string | null)[] = [];
const recordingFetch = (request: Request) => {
  accepted.push(request.headers.get("accept"));
  return fetch(request);
};

beforeAll(async () => {
  const generated = await generate({ spec, out });
  applyChanges(out, generated.files, diffOutput(out, generated.files));
  ({ createClient } = await import(pathToFileURL(join(out, "client.gen.js")).href));
  prism = await startPrism(spec);
}, 120_000);
afterAll(() => prism?.stop());

describe("an answer offered as XML or JSON", () => {
  it("is asked for as JSON and read as JSON: loginUser's string, getPetById's pet", async () => {
    // Straight to fetch (no fetch option), and through openapi-fetch with one.
    const options = { baseUrl: prism.baseUrl, maxRetries: 0, auth: { api_key: "petstore-key" } };
    for (const client of [createClient(options), createClient({ ...options, fetch: recordingFetch })]) {
      await expect(client.loginUser!({ username: "theUser", password: "12345" })).resolves.toEqual(expect.any(String));
      await expect(client.getPetById!({ petId: 10 })).resolves.toMatchObject({ name: expect.any(String), photoUrls: expect.any(Array) });
    }
    expect(accepted).toEqual(["application/json", "application/json"]);
  });

  it("the caller's own Accept wins: asked for XML, the answer is XML, which the JSON reader refuses as such", async () => {
    const client = createClient({ baseUrl: prism.baseUrl, maxRetries: 0, fetch: recordingFetch });
    const error = await client.loginUser!({ username: "theUser" }, { headers: { accept: "application/xml" } }).catch((caught: unknown) => caught);
    expect(accepted.at(-1)).toBe("application/xml");
    expect(error).toMatchObject({ name: "InvalidResponseError", status: 200 });
  });

  it("an operation that offers one type is sent without an Accept of the client's", async () => {
    const client = createClient({ baseUrl: prism.baseUrl, maxRetries: 0, fetch: recordingFetch });
    await client.logoutUser!().catch(() => undefined);
    expect(accepted.at(-1)).toBeNull();
  });
});
