/**
 * End to end: the generated client against Prism on 127.0.0.1, which validates every
 * request against openapi.yaml (a request that breaks the spec gets a 4xx and an
 * `sl-violations` header naming the broken rules).
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError, createClient, ValidationError } from "../../src/index.js";
import { startPrism } from "../support/servers.js";

const spec = parse(readFileSync("openapi.yaml", "utf8"));
const operation = spec.paths["/v1/projects/{projectId}/jobs/{jobId}/build"].post;
const requestExamples = operation.requestBody.content["application/json"].examples as Record<string, { value: object }>;
const responseExample = operation.responses["200"].content["application/json"].examples.buildStarted.value;
const ids = { projectId: "default-project", jobId: "example-job" };

let prism: Awaited<ReturnType<typeof startPrism>>;
/** Every response Prism sent, seen through the client's `fetch` option: still real HTTP. */
const responses: Response[] = [];
const recordingFetch = async (request: Request) => {
  const response = await fetch(request);
  responses.push(response.clone());
  return response;
};

beforeAll(async () => {
  prism = await startPrism("openapi.yaml");
});
afterAll(() => prism?.stop());

describe("generated client against the spec-validating server", () => {
  it.each(Object.keys(requestExamples))("the seed example %s is accepted", async (name) => {
    const client = createClient({ baseUrl: prism.baseUrl, token: "test-token", fetch: recordingFetch });
    const result = await client.startJobBuild({ ...ids, ...requestExamples[name]!.value });
    expect(result).toEqual(responseExample);
    expect(responses.at(-1)!.status).toBe(200);
    expect(responses.at(-1)!.headers.get("sl-violations")).toBeNull();
  });

  it("a body that breaks the spec is refused by the client before sending", async () => {
    const client = createClient({ baseUrl: prism.baseUrl, token: "test-token", fetch: recordingFetch });
    const sent = responses.length;
    const error = await client.startJobBuild({ ...ids, sha: "262ed9817b3cad5142fbceabe0c9e371e390d61" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(responses.length).toBe(sent);
  });

  // With the client's validation off, the same bodies reach the server, which must refuse them.
  it("a body that breaks the spec is rejected by the server", async () => {
    const client = createClient({ baseUrl: prism.baseUrl, token: "test-token", fetch: recordingFetch, validate: false });
    const error = await client.startJobBuild({ ...ids, sha: "262ed9817b3cad5142fbceabe0c9e371e390d61" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect(responses.at(-1)!.headers.get("sl-violations")).toContain("must NOT have fewer than 40 characters");
  });

  it("a relative Dockerfile path is rejected by the server", async () => {
    const client = createClient({ baseUrl: prism.baseUrl, token: "test-token", fetch: recordingFetch, validate: false });
    const error = await client.startJobBuild({ ...ids, overrides: { docker: { dockerFilePath: "Dockerfile" } } }).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(400);
    expect(responses.at(-1)!.headers.get("sl-violations")).toContain("dockerFilePath must match pattern");
  });

  it("a request without a token is refused with 401", async () => {
    const client = createClient({ baseUrl: prism.baseUrl, fetch: recordingFetch });
    const error = await client.startJobBuild(ids).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AuthenticationError", status: 401, message: "POST /v1/projects/default-project/jobs/example-job/build failed: 401 Unauthorized: Unauthorized" });
  });
});
