/**
 * The spec's own examples as executable tests, for whatever spec generated/ came from:
 * every example is valid against its schema; every request example, sent by the generated
 * client and by the generated CLI, is accepted by the spec-validating server (Prism) on
 * 127.0.0.1; every response example, served back, comes out of the client intact.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { program } from "../../generated/cli.gen.js";
import { createClient, isApiError } from "../../src/index.js";
import { docsSpecFile } from "../../src/generator/output-files.js";
import { startPrism } from "../support/servers.js";
import { clientInput } from "../../src/generator/emit/code-samples.js";
import { requestCases } from "../../src/generator/model/request-examples.js";
import { buildModel } from "../../src/generator/model/operations.js";
import { collectExamples, type Example } from "./collect.js";

const document = JSON.parse(readFileSync(`generated/${docsSpecFile}`, "utf8"));
const examples = collectExamples(document);
const operations = buildModel(document, "openapi.yaml").operations;
/** The client input of each request example of each operation, as the docs' samples build it. */
const requests = operations.flatMap((operation) =>
  requestCases(document, operation).map((c) => ({ operation, title: c.title, input: clientInput(operation, c) })),
);
const token = "example-test-token";

let prism: Awaited<ReturnType<typeof startPrism>>;
beforeAll(async () => {
  // The bundled spec generated/ came from: the same checks hold for whatever spec that is.
  prism = await startPrism(`generated/${docsSpecFile}`);
});
afterAll(() => prism?.stop());

describe("every example in the spec", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: "spec", components: document.components }, "spec");
  // Schemas reach components through local refs: resolve them against the whole spec.
  const validate = (example: Pick<Example, "schema" | "value">) => ajv.compile(rebase(example.schema))(example.value);

  it("there are examples of every kind", () => {
    expect(new Set(examples.map((e) => e.kind))).toEqual(new Set(["parameter", "request", "response"]));
  });

  it.each(examples.map((e) => [e.pointer, e] as const))("%s is valid against its schema", (_pointer, example) => {
    expect(validate(example), JSON.stringify(ajv.errors)).toBe(true);
  });

  it("an example that breaks its schema is caught, and named by its JSON pointer", () => {
    const broken = examples.find((e) => e.kind === "request")!;
    expect(validate({ ...broken, value: { ...(broken.value as object), sha: "too-short" } })).toBe(false);
    expect(broken.pointer).toMatch(/^#\/paths\/.+\/requestBody\/content\/application~1json\/examples\/\w+\/value$/);
  });
});

describe("request examples sent to the spec-validating server", () => {
  it.each(requests.map((r) => [`${r.operation.name}: ${r.title}`, r] as const))("%s, by the generated client", async (_title, request) => {
    const client = createClient({ baseUrl: prism.baseUrl, token }) as unknown as Record<string, (input: object) => Promise<unknown>>;
    // Resolving at all means a 2xx: Prism answers a request that breaks the spec with 4xx.
    await client[request.operation.name]!(request.input);
  });

  it.each(program.commands.flatMap((c) => c.examples.map((e) => [e.title, e.argv] as const)))("%s, by the generated CLI", async (_title, argv) => {
    const { stdout } = await promisify(execFile)(process.execPath, ["bin/nfbuild.js", ...argv, "--output", "json"], {
      env: { PATH: process.env.PATH, [`${program.envPrefix}_TOKEN`]: token, [`${program.envPrefix}_URL`]: prism.baseUrl },
    });
    expect(() => JSON.parse(stdout)).not.toThrow();
  });
});

describe("response examples served back", () => {
  const responses = examples.filter((e) => e.kind === "response");
  let served: { status: number; body: unknown } = { status: 200, body: {} };
  let baseUrl = "";
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(served.status, { "Content-Type": "application/json" }).end(JSON.stringify(served.body)));
  });
  beforeAll(async () => {
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it.each(responses.map((e) => [e.pointer, e] as const))("%s comes out of the client intact", async (_pointer, example) => {
    served = { status: Number(example.status), body: example.value };
    const client = createClient({ baseUrl, token, validateResponses: true, maxRetries: 0 }) as unknown as Record<string, (input: object) => Promise<unknown>>;
    const request = requests.find((r) => r.operation.path === example.path && r.operation.method === example.method)!;
    const call = client[request.operation.name]!(request.input);
    if (served.status < 300) await expect(call).resolves.toEqual(example.value);
    else {
      const error = await call.catch((e: unknown) => e);
      expect(isApiError(error)).toBe(true);
      expect(error).toMatchObject({ status: served.status, body: example.value });
    }
  });
});

/** A schema that `$ref`s `#/components/...` locally, pointed at the spec added to Ajv. */
function rebase(schema: unknown): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', '"$ref":"spec#/')) as object;
}
