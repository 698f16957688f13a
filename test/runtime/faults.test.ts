/**
 * The client runtime against a fault-injecting server on 127.0.0.1: retries, timeouts,
 * cancellation, bad responses, and that no secret ever shows. Waits are kept short with
 * small retry delays; timing is asserted only as generous bounds.
 */
import { inspect } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createClient as createPetsClient } from "../golden/pets/client.gen.js";
import {
  AuthenticationError,
  BadRequestError,
  createClient,
  InternalServerError,
  InvalidResponseError,
  isNetworkError,
  isRateLimitError,
  isTimeoutError,
  NetworkError,
  RateLimitError,
  secretFile,
  TimeoutError,
  ValidationError,
  type ClientOptions,
} from "../../src/index.js";
import { startFaultServer } from "../support/faults.js";
import { freePort } from "../support/servers.js";

const token = "nf-token-7d1f9e2a";
const secretText = "DATABASE_PASSWORD=hunter2-very-secret";
const ids = { projectId: "p", jobId: "j" };
const build = { data: { id: "joyous-view-6290", status: "PENDING", concluded: false } };
const ok = { status: 200, body: build };
const fast = { initialDelay: 5 };

const server = await startFaultServer();
afterAll(() => server.close());

/** Every error and log line these tests produce, checked for secrets at the end. */
const shown: string[] = [];
const logger = (line: string) => void shown.push(line);
function client(options: ClientOptions = {}) {
  return createClient({ baseUrl: server.baseUrl, token, logger, retry: fast, ...options });
}
async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => expect.fail("expected a rejection"),
    (e: Error) => e,
  );
  shown.push(String(error), error.stack ?? "", JSON.stringify(error), inspect(error, { depth: 10, showHidden: true }));
  return error;
}
/** A body carrying secret file data in both maps. */
const withSecrets = { ...ids, overrides: { buildFiles: { "/app/.env": secretFile(secretText, { encoding: "utf-8" }) }, dockerSecretMounts: { npmrc: secretFile(secretText) } } };

describe("retries", () => {
  it("429 with Retry-After, then 200: exactly 2 requests", async () => {
    server.script({ status: 429, headers: { "Retry-After": "0" }, body: { error: { status: 429, message: "slow down" } } }, ok);
    await expect(client().startJobBuild(ids)).resolves.toEqual(build);
    expect(server.requests).toHaveLength(2);
  });

  it("waits as long as Retry-After says", async () => {
    server.script({ status: 429, headers: { "Retry-After": "1" } }, ok);
    const started = Date.now();
    await client().startJobBuild(ids);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("503 twice, then 200: 3 requests", async () => {
    server.script({ status: 503 }, { status: 503 }, ok);
    await expect(client().startJobBuild(ids)).resolves.toEqual(build);
    expect(server.requests).toHaveLength(3);
  });

  it("gives up after maxRetries with the last error", async () => {
    server.script({ status: 503, body: { error: { status: 503, message: "down" } } });
    const error = await failure(client({ maxRetries: 1 }).startJobBuild(ids));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toBe("POST /v1/projects/p/jobs/j/build failed: 503 Service Unavailable: down");
    expect(server.requests).toHaveLength(2);
  });

  it("400: exactly 1 request, a BadRequestError", async () => {
    server.script({ status: 400, body: { error: { status: 400, message: "sha is not a commit", id: "bad-sha", details: { sha: "unknown" } } } });
    const error = await failure(client().startJobBuild(ids));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, id: "bad-sha", details: { sha: "unknown" } });
    expect(server.requests).toHaveLength(1);
  });

  it("401 is never retried", async () => {
    server.script({ status: 401, body: { error: { status: 401, message: "Unauthorized" } } });
    expect(await failure(client().startJobBuild(ids))).toBeInstanceOf(AuthenticationError);
    expect(server.requests).toHaveLength(1);
  });

  it("a 429 asking for longer than maxDelay is not retried, and says how long", async () => {
    server.script({ status: 429, headers: { "Retry-After": "3600", "x-ratelimit-limit": "1000", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "3600" } });
    const error = await failure(client().startJobBuild(ids));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(isRateLimitError(error)).toBe(true);
    expect(error).toMatchObject({ status: 429, retryAfter: 3_600_000, rateLimit: { limit: 1000, remaining: 0, reset: 3600 } });
    expect(server.requests).toHaveLength(1);
  });

  it("per-call maxRetries overrides the client's", async () => {
    server.script({ status: 503 });
    await failure(client({ maxRetries: 2 }).startJobBuild(ids, { maxRetries: 0 }));
    expect(server.requests).toHaveLength(1);
  });
});

describe("connection failures", () => {
  it.each(["before-body", "after-body"] as const)("reset %s: a NetworkError, and the POST is not sent again", async (reset) => {
    server.script({ reset });
    const error = await failure(client().startJobBuild(ids));
    expect(error).toBeInstanceOf(NetworkError);
    expect(isNetworkError(error)).toBe(true);
    expect(error.message).toMatch(/^POST \/v1\/projects\/p\/jobs\/j\/build failed: network error/);
    expect(server.requests).toHaveLength(1);
  });

  it.each(["before-body", "after-body"] as const)("reset %s: retried when the caller opts in", async (reset) => {
    server.script({ reset }, ok);
    await expect(client({ retry: { ...fast, nonIdempotent: true } }).startJobBuild(ids)).resolves.toEqual(build);
    expect(server.requests).toHaveLength(2);
  });

  it("a refused connection never reached the server, so even a POST is retried", async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const lines: string[] = [];
    const error = await failure(createClient({ baseUrl: closed, token, retry: fast, logger: (line) => lines.push(line) }).startJobBuild(ids));
    expect(error).toMatchObject({ name: "NetworkError", code: "ECONNREFUSED" });
    expect(lines.filter((line) => line.startsWith("retrying"))).toHaveLength(2);
    shown.push(...lines);
  });

  it("an idempotent GET is retried after a reset", async () => {
    server.script({ reset: "after-body" }, { status: 200, body: [] });
    const pets = createPetsClient({ baseUrl: server.baseUrl, retry: fast });
    await expect(pets.listPets2({ "X-Request-Id": "r" })).resolves.toEqual([]);
    expect(server.requests).toHaveLength(2);
  });
});

describe("timeouts and cancellation", () => {
  it("slow headers: a TimeoutError, and the POST is not sent again", async () => {
    server.script({ delay: 5_000, then: ok });
    const error = await failure(client({ timeout: 150 }).startJobBuild(ids));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(isTimeoutError(error)).toBe(true);
    expect(error.message).toBe("POST /v1/projects/p/jobs/j/build timed out after 150 ms");
    expect(server.requests).toHaveLength(1);
  });

  it("a per-call timeout overrides the client's", async () => {
    server.script({ delay: 5_000, then: ok });
    const error = await failure(client({ timeout: 60_000 }).startJobBuild(ids, { timeout: 100 }));
    expect(error).toMatchObject({ name: "TimeoutError", timeout: 100 });
  });

  it("a GET that times out is retried", async () => {
    server.script({ delay: 5_000, then: { status: 200, body: [] } }, { status: 200, body: [] });
    const pets = createPetsClient({ baseUrl: server.baseUrl, retry: fast, timeout: 150 });
    await expect(pets.listPets2({ "X-Request-Id": "r" })).resolves.toEqual([]);
    expect(server.requests).toHaveLength(2);
  });

  it("timeout 0 or Infinity sets no limit: a slow answer still arrives; a negative one is refused", async () => {
    for (const timeout of [0, Infinity]) {
      server.script({ delay: 300, then: ok });
      await expect(client({ timeout: 100 }).startJobBuild(ids, { timeout })).resolves.toMatchObject({ data: { id: expect.any(String) } });
    }
    await expect(client().startJobBuild(ids, { timeout: -1 })).rejects.toThrow("startJobBuild: timeout must be milliseconds >= 0 (0 or Infinity: no limit), not -1");
  });

  it("without a time limit the caller's signal still cancels at once", async () => {
    server.script({ delay: 5_000, then: ok });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(new Error("user cancelled")), 50);
    const error = await failure(client({ timeout: 0 }).startJobBuild(ids, { signal: controller.signal }));
    expect(error.message).toBe("user cancelled");
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it("an abort cancels a request in flight at once", async () => {
    server.script({ delay: 5_000, then: ok });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(new Error("user cancelled")), 50);
    const error = await failure(client().startJobBuild(ids, { signal: controller.signal }));
    expect(error.message).toBe("user cancelled");
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it("an abort cancels a backoff wait at once", async () => {
    server.script({ status: 503, headers: { "Retry-After": "30" } });
    const controller = new AbortController();
    const started = Date.now();
    const cancelling = (line: string) => {
      logger(line);
      if (line.startsWith("retrying")) controller.abort(new Error("stop waiting"));
    };
    const error = await failure(client({ logger: cancelling }).startJobBuild(ids, { signal: controller.signal }));
    expect(error.message).toBe("stop waiting");
    expect(server.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("bad responses", () => {
  it("an HTML 502 page: an InternalServerError with the status, no HTML in the message", async () => {
    server.script({ status: 502, headers: { "Content-Type": "text/html" }, body: "<html><body><h1>502 Bad Gateway</h1></body></html>" });
    const error = await failure(client({ maxRetries: 0 }).startJobBuild(ids));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 502, message: "POST /v1/projects/p/jobs/j/build failed: 502 Bad Gateway" });
  });

  it("an empty error body", async () => {
    server.script({ status: 500 });
    const error = await failure(client({ maxRetries: 0 }).startJobBuild(ids));
    expect(error).toMatchObject({ name: "InternalServerError", status: 500, body: undefined, message: "POST /v1/projects/p/jobs/j/build failed: 500 Internal Server Error" });
  });

  it("a malformed JSON error body is kept as text", async () => {
    server.script({ status: 409, headers: { "Content-Type": "application/json" }, body: '{"error": {"message": "half' });
    const error = await failure(client().startJobBuild(ids));
    expect(error).toMatchObject({ name: "ConflictError", status: 409, body: '{"error": {"message": "half' });
  });

  it("a malformed JSON success body: an InvalidResponseError with the status", async () => {
    server.script({ status: 200, headers: { "Content-Type": "application/json" }, body: '{"data": ' });
    const error = await failure(client().startJobBuild(ids));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, message: "POST /v1/projects/p/jobs/j/build was accepted by the server (200 OK), but its response is invalid: (body): is not valid JSON" });
  });

  it("an empty success body fails response validation", async () => {
    server.script({ status: 200 });
    const error = await failure(client({ validateResponses: true }).startJobBuild(ids));
    expect(error).toMatchObject({ name: "InvalidResponseError", violations: [{ path: "(body)", rule: "required", message: "is empty, but the spec promises a body" }] });
  });

  it("response validation: a missing id is caught, an unknown status value is accepted", async () => {
    server.script({ status: 200, body: { data: { status: "PENDING" } } });
    const error = await failure(client({ validateResponses: true }).startJobBuild(ids));
    expect(error).toMatchObject({ name: "InvalidResponseError", violations: [{ path: "data.id", rule: "required", message: "is required" }] });
    server.script({ status: 200, body: { data: { id: "b", status: "SOMETHING_NEW", pullRequestId: null } } });
    await expect(client({ validateResponses: true }).startJobBuild(ids)).resolves.toEqual({ data: { id: "b", status: "SOMETHING_NEW", pullRequestId: null } });
  });

  it("response validation: a 204 the spec declares is no violation; a 200 beside it is still checked", async () => {
    const pets = createPetsClient({ baseUrl: server.baseUrl, validateResponses: true, maxRetries: 0 });
    server.script({ status: 204 });
    await expect(pets.patchPetsByPetId({ "pet-id": "rex", name: "Rex" })).resolves.toBeUndefined();
    server.script({ status: 200, body: { id: 1, name: "Rex" } });
    await expect(pets.patchPetsByPetId({ "pet-id": "rex", name: "Rex" })).resolves.toEqual({ id: 1, name: "Rex" });
    // The 200 declares a body: an empty one is still a violation, though a 204 may come instead.
    server.script({ status: 200 });
    await expect(failure(pets.patchPetsByPetId({ "pet-id": "rex", name: "Rex" }))).resolves.toMatchObject({ name: "InvalidResponseError", violations: [{ path: "(body)", rule: "required" }] });
    server.script({ status: 200, body: { id: 1 } });
    await expect(failure(pets.patchPetsByPetId({ "pet-id": "rex", name: "Rex" }))).resolves.toMatchObject({ name: "InvalidResponseError", violations: [{ path: "name", rule: "required" }] });
  });

  it("a file inside a JSON body is refused before sending, validation on or off: JSON.stringify would send it as {}", async () => {
    const count = server.requests.length;
    for (const validate of [true, false]) {
      const pets = createPetsClient({ baseUrl: server.baseUrl, validate, maxRetries: 0 });
      const error = await failure(pets.patchPetsByPetId({ "pet-id": "rex", name: "Rex", photo: new Blob(["png bytes"]) }));
      expect(error).toMatchObject({ name: "ValidationError", violations: [{ path: "photo", rule: "mediaType", message: "is a file (Blob, bytes or stream), which application/json cannot carry: give its content as a string (base64 where the spec says format: byte)" }] });
    }
    expect(server.requests.length).toBe(count);
    // The same field as text goes as JSON.
    server.script({ status: 204 });
    await createPetsClient({ baseUrl: server.baseUrl, maxRetries: 0 }).patchPetsByPetId({ "pet-id": "rex", photo: "aGVsbG8=" });
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ photo: "aGVsbG8=" });
  });

  it("a TRACE operation is refused before sending, not reported as a network failure that may have reached the server", async () => {
    const count = server.requests.length;
    const error = await failure(createPetsClient({ baseUrl: server.baseUrl }).traceHealth());
    expect(error).toMatchObject({ name: "ValidationError", violations: [{ path: "(method)", rule: "method" }] });
    expect(server.requests.length).toBe(count);
    // A fetch of the caller's would be handed a Request, whose constructor refuses TRACE too.
    expect(() => new Request(server.baseUrl, { method: "TRACE" })).toThrow(TypeError);
  });

  it("a 10 MB success body arrives intact", async () => {
    const big = { data: { id: "big", status: "x".repeat(10 * 1024 * 1024) } };
    server.script({ status: 200, body: big });
    const result = await client().startJobBuild(ids);
    expect(result.data.status?.length).toBe(10 * 1024 * 1024);
  });

  it("a 10 MB error message is cut to a readable length", async () => {
    server.script({ status: 400, body: { error: { status: 400, message: "y".repeat(10 * 1024 * 1024) } } });
    const error = await failure(client().startJobBuild(ids));
    expect(error.message.length).toBeLessThan(600);
  });
});

describe("validation before sending", () => {
  it("lists every violation with its path and rule, and sends nothing", async () => {
    server.script(ok);
    const error = await failure(
      client().startJobBuild({
        ...ids,
        sha: "abc",
        overrides: { docker: { dockerFilePath: "Dockerfile", dockerfileTarget: "build stage" }, buildArguments: { A: 1 as unknown as string }, buildFiles: { "relative/path": { data: "YQ==" } } },
      }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    // In input order; each only once, from the variant the input was meant for.
    expect((error as ValidationError).violations).toEqual([
      { path: "sha", rule: "minLength", message: "must be exactly 40 characters" },
      { path: "overrides.docker.dockerFilePath", rule: "pattern", message: "must match ^\\/([a-zA-Z0-9-._]+\\/)*[a-zA-Z0-9-._]+$" },
      { path: "overrides.docker.dockerfileTarget", rule: "pattern", message: "must match ^[a-zA-Z0-9-_]+$" },
      { path: "overrides.buildArguments.A", rule: "type", message: "must be string" },
      { path: 'overrides.buildFiles["relative/path"]', rule: "propertyNames", message: "key must match ^/" },
    ]);
    expect(error.message).toContain("overrides.docker.dockerFilePath: must match ^\\/([a-zA-Z0-9-._]+\\/)*[a-zA-Z0-9-._]+$");
    expect(server.requests).toHaveLength(0);
  });

  it("refuses unknown fields and a secret file without data", async () => {
    const error = await failure(client().startJobBuild({ ...ids, force: true, overrides: { dockerSecretMounts: { npmrc: { encoding: "utf-8" } } } } as never));
    expect((error as ValidationError).violations).toEqual([
      { path: "force", rule: "additionalProperties", message: "is not allowed" },
      { path: "overrides.dockerSecretMounts.npmrc.data", rule: "required", message: "is required" },
    ]);
    const missing = await failure(client().startJobBuild({ ...ids, overrides: { dockerSecretMounts: { npmrc: { encoding: "utf-8" } } } } as never));
    expect((missing as ValidationError).violations).toEqual([{ path: "overrides.dockerSecretMounts.npmrc.data", rule: "required", message: "is required" }]);
    expect(server.requests).toHaveLength(0);
  });

  it("can be turned off per client and per call", async () => {
    server.script(ok);
    await client({ validate: false }).startJobBuild({ ...ids, sha: "abc" });
    await client().startJobBuild({ ...ids, sha: "abc" }, { validate: false });
    expect(server.requests).toHaveLength(2);
  });
});

describe("what goes out", () => {
  it("sends a User-Agent naming the package, and runs middleware", async () => {
    server.script(ok);
    const seen: string[] = [];
    const hooked = client({ middleware: [{ onRequest: ({ request }) => void request.headers.set("X-Trace", "t-1") }, { onResponse: ({ response }) => void seen.push(String(response.status)) }] });
    await hooked.startJobBuild(ids);
    expect(server.requests[0]!.headers["user-agent"]).toBe("northflank-build-kit/0.1.0");
    expect(server.requests[0]!.headers["x-trace"]).toBe("t-1");
    expect(seen).toEqual(["200"]);
  });

  it("a JSON request goes out the same as its parts as through a Request that middleware sees", async () => {
    server.script(ok);
    const input = { ...ids, sha: "262ed9817b3cad5142fbceabe0c9e371e390d616", overrides: { buildArguments: { NODE_ENV: "production" } } };
    await client().startJobBuild(input);
    await client({ middleware: [{ onRequest: () => undefined }] }).startJobBuild(input);
    const [parts, request] = server.requests;
    expect(parts).toEqual(request);
    expect(parts!.method).toBe("POST");
    expect(parts!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(parts!.body)).toEqual({ sha: input.sha, overrides: input.overrides });
  });

  it("a Content-Type the caller sets wins over JSON's, with or without middleware", async () => {
    server.script(ok);
    const headers = { "content-type": "application/vnd.api+json" };
    await client().startJobBuild(ids, { headers });
    await client({ middleware: [{ onRequest: () => undefined }] }).startJobBuild(ids, { headers });
    expect(server.requests.map((r) => r.headers["content-type"])).toEqual(["application/vnd.api+json", "application/vnd.api+json"]);
  });

  it("a Request that middleware replaces is the one sent", async () => {
    server.script(ok);
    const replaced = JSON.stringify({ sha: "0000000000000000000000000000000000000000" });
    await client({ middleware: [{ onRequest: ({ request }) => new Request(request, { body: replaced }) }] }).startJobBuild({ ...ids, sha: "262ed9817b3cad5142fbceabe0c9e371e390d616" });
    expect(server.requests[0]!.body).toBe(replaced);
  });

  it("secretFile base64-encodes content, text as UTF-8 and bytes as they are", () => {
    expect(secretFile("héllo", { encoding: "utf-8" })).toEqual({ data: "aMOpbGxv", encoding: "utf-8" });
    expect(secretFile(new Uint8Array([0, 255, 16]))).toEqual({ data: "AP8Q" });
  });

  it("logs requests and responses with the token and secret data cut out", async () => {
    server.script({ status: 400, body: { error: { status: 400, message: `bad file ${secretText}`, details: { token } } } });
    const lines: string[] = [];
    await failure(client({ logger: (line) => lines.push(line) }).startJobBuild(withSecrets));
    expect(JSON.parse(server.requests[0]!.body).overrides.buildFiles["/app/.env"].data).toBe(Buffer.from(secretText).toString("base64"));
    expect(lines[0]).toMatch(/^-> POST http:\/\/127\.0\.0\.1:\d+\/v1\/projects\/p\/jobs\/j\/build \(attempt 1 of 3\) headers: .*"authorization":"Bearer \[redacted\]"/);
    expect(lines[0]).toContain('"/app/.env":{"data":"[redacted]","encoding":"utf-8"}');
    expect(lines[1]).toMatch(/^<- 400 Bad Request POST \/v1\/projects\/p\/jobs\/j\/build \(\d+ ms\) body: /);
    shown.push(...lines);
  });
});

it("no error or log line of this file shows the token or a secret file's content", () => {
  const secrets = [token, secretText, Buffer.from(secretText).toString("base64")];
  expect(shown.length).toBeGreaterThan(40);
  for (const text of shown) for (const secret of secrets) expect(text).not.toContain(secret);
});
