import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError, createClient, isApiError, isValidationError, NotFoundError, ValidationError } from "../../src/index.js";
import { sendJson, startServer } from "../support/servers.js";

const token = "nf-secret-token-5f2c";
const sha = "262ed9817b3cad5142fbceabe0c9e371e390d616";
const build = { data: { id: "joyous-view-6290", status: "PENDING", concluded: false } };

/** Answers by path: a few canned failures, otherwise 200 with `build`. */
const server = await startServer((request, response) => {
  if (request.url.includes("/jobs/missing/")) return sendJson(response, 404, { error: { status: 404, message: "job not found", id: "not-found" } });
  if (request.url.includes("/jobs/echo/")) return sendJson(response, 400, { error: { status: 400, message: `bad token ${request.headers.authorization}` } });
  if (request.url.includes("/jobs/html/")) {
    response.writeHead(502, { "Content-Type": "text/html" });
    return response.end("<html><body>Bad gateway</body></html>");
  }
  sendJson(response, 200, build);
});
afterAll(() => server.close());

const client = createClient({ baseUrl: server.baseUrl, token });
let requestsBefore = 0;
beforeAll(() => {
  requestsBefore = server.requests.length;
});

/** Every way an error could show a secret: message, JSON, inspect, and its enumerable properties. */
function everyRendering(error: unknown): string {
  return [String(error), (error as Error).stack, JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })].join("\n");
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected a rejection"),
    (error: unknown) => error,
  );
}

describe("the generated client over a real socket", () => {
  it("sends the path, bearer token, JSON content type and the body fields", async () => {
    const result = await client.startJobBuild({ projectId: "p", jobId: "j", sha });
    expect(result).toEqual(build);
    const seen = server.requests.at(-1)!;
    expect(seen.method).toBe("POST");
    expect(seen.url).toBe("/v1/projects/p/jobs/j/build");
    expect(seen.headers.authorization).toBe(`Bearer ${token}`);
    expect(seen.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(seen.body)).toEqual({ sha });
  });

  it("sends both seed variants as given", async () => {
    const overrides = { docker: { dockerFilePath: "/Dockerfile", dockerWorkDir: "/" }, buildArguments: { A: "1" } };
    await client.startJobBuild({ projectId: "p", jobId: "j", sha, overrides });
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ sha, overrides });
    await client.startJobBuild({ projectId: "p", jobId: "j" });
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({});
  });

  it.each([
    { projectId: "../admin", want: "/v1/projects/..%2Fadmin/jobs/j/build" },
    { projectId: "a/b?c#d", want: "/v1/projects/a%2Fb%3Fc%23d/jobs/j/build" },
    { projectId: "%2e%2e", want: "/v1/projects/%252e%252e/jobs/j/build" },
    { projectId: "name with space", want: "/v1/projects/name%20with%20space/jobs/j/build" },
  ])("encodes a path parameter of $projectId so it stays one segment", async ({ projectId, want }) => {
    await client.startJobBuild({ projectId, jobId: "j" });
    expect(server.requests.at(-1)!.url).toBe(want);
  });

  it.each(["", ".", ".."])("refuses a path parameter of %j before sending anything", async (jobId) => {
    const count = server.requests.length;
    const error = await failure(client.startJobBuild({ projectId: "p", jobId }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(isValidationError(error)).toBe(true);
    expect((error as ValidationError).violations).toEqual([{ path: "jobId", rule: "pathSegment", message: `must not be ${JSON.stringify(jobId)}` }]);
    expect(server.requests.length).toBe(count);
  });

  it("rejects a non-2xx status with an ApiError carrying status, message and body", async () => {
    const error = await failure(client.startJobBuild({ projectId: "p", jobId: "missing", sha }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({
      name: "NotFoundError",
      status: 404,
      id: "not-found",
      message: "POST /v1/projects/p/jobs/missing/build failed: 404 Not Found: job not found",
      body: { error: { status: 404, message: "job not found", id: "not-found" } },
    });
    expect(everyRendering(error)).not.toContain(token);
  });

  it("cuts the token out of a server message and body that echo it", async () => {
    const error = await failure(client.startJobBuild({ projectId: "p", jobId: "echo" }));
    expect((error as ApiError).message).toBe("POST /v1/projects/p/jobs/echo/build failed: 400 Bad Request: bad token Bearer [redacted]");
    expect((error as ApiError).body).toEqual({ error: { status: 400, message: "bad token Bearer [redacted]" } });
    expect(everyRendering(error)).not.toContain(token);
  });

  it("gives an ApiError with the status for an HTML error page", async () => {
    const error = await failure(client.startJobBuild({ projectId: "p", jobId: "html" }));
    expect(error).toMatchObject({ status: 502, message: "POST /v1/projects/p/jobs/html/build failed: 502 Bad Gateway", body: "<html><body>Bad gateway</body></html>" });
  });

  it("uses a caller's fetch, and the spec's server by default", async () => {
    const urls: string[] = [];
    const recording = createClient({ token, fetch: async (request) => (urls.push(request.url), new Response(JSON.stringify(build), { status: 200, headers: { "Content-Type": "application/json" } })) });
    await expect(recording.startJobBuild({ projectId: "p", jobId: "j" })).resolves.toEqual(build);
    expect(urls).toEqual(["https://api.northflank.com/v1/projects/p/jobs/j/build"]);
  });

  it("sent no request it should not have", () => {
    // 1 + 2 + 4 encoded + 3 refused (0 sent) + 404 + 400 (never retried) + 502 (a gateway's answer to a POST: not retried) = 10.
    expect(server.requests.length - requestsBefore).toBe(10);
  });
});
