/**
 * The runtime tells what happened as it happened, and shows no secret while doing so:
 * failures after a 2xx answer, redirects that would change the method, long timeouts, a
 * fetch that ignores its signal, errors' cause chains, echoed secrets in every form, base
 * URLs that could leak or mislead. Real HTTP on 127.0.0.1 throughout.
 */
import type { ServerResponse } from "node:http";
import { inspect } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import {
  createClient,
  isApiError,
  isNetworkError,
  isResponseHandlingError,
  InternalServerError,
  InvalidResponseError,
  mayHaveTakenEffect,
  NetworkError,
  RedirectError,
  ResponseHandlingError,
  secretFile,
  TimeoutError,
  type ClientOptions,
} from "../../src/index.js";
import { createTransport } from "../../src/runtime/index.js";
import type { Operation } from "../../src/runtime/operation.js";
import { startFaultServer, type Fault } from "../support/faults.js";
import { freePort, sendJson, startServer, type SeenRequest } from "../support/servers.js";

const token = "nf-outcome-token-5b2e91";
const secretText = "DATABASE_PASSWORD=correct-horse-battery\nAPI_KEY=staple-9f3a\n";
const ids = { projectId: "p", jobId: "j" };
const build = { data: { id: "joyous-view-6290", status: "PENDING", concluded: false } };
const withSecret = { ...ids, overrides: { buildFiles: { "/app/.env": secretFile(secretText, { encoding: "utf-8" }) } } };

const server = await startFaultServer();
afterAll(() => server.close());

/** Every string a user could see from these tests, checked for secrets at the end. */
const shown: string[] = [];
const logger = (line: string) => void shown.push(line);
function client(options: ClientOptions = {}) {
  return createClient({ baseUrl: server.baseUrl, token, maxRetries: 0, ...options });
}
async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => expect.fail("expected a rejection"),
    (e: Error) => e,
  );
  shown.push(String(error), error.stack ?? "", JSON.stringify(error), inspect(error, { depth: 10, showHidden: true }));
  return error;
}
/** The secret's forms that must never show: whole, trimmed, each line, its value alone. */
const secretForms = [token, secretText, secretText.trim(), "DATABASE_PASSWORD=correct-horse-battery", "API_KEY=staple-9f3a", Buffer.from(secretText).toString("base64")];

describe("a failure after the server answered 2xx is not a network failure", () => {
  it("a logger that throws on the response: ResponseHandlingError with the status, saying the server accepted it; sent once", async () => {
    server.script({ status: 202, body: build });
    const throwing = (line: string) => {
      if (line.startsWith("<-")) throw new Error("log sink full");
    };
    const error = await failure(client({ logger: throwing, maxRetries: 2, retry: { nonIdempotent: true } }).startJobBuild(ids));
    expect(error).toBeInstanceOf(ResponseHandlingError);
    expect(isResponseHandlingError(error)).toBe(true);
    expect(isNetworkError(error)).toBe(false);
    expect(error).toMatchObject({ status: 202, method: "POST", path: "/v1/projects/p/jobs/j/build" });
    expect(error.message).toBe("POST /v1/projects/p/jobs/j/build was accepted by the server (202 Accepted), but handling its response failed: log sink full");
    expect(server.requests).toHaveLength(1);
  });

  it("middleware whose onResponse throws after a 200: ResponseHandlingError, sent once", async () => {
    server.script({ status: 200, body: build });
    const error = await failure(client({ middleware: [{ onResponse: () => Promise.reject(new Error("hook broke")) }], maxRetries: 2 }).startJobBuild(ids));
    expect(error).toBeInstanceOf(ResponseHandlingError);
    expect(error.message).toContain("was accepted by the server (200 OK)");
    expect(error.message).toContain("hook broke");
    expect(server.requests).toHaveLength(1);
  });

  it("a 2xx whose body stalls past the timeout: ResponseHandlingError, not a TimeoutError", async () => {
    const stalling = await startServer((_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json", "Content-Length": "1000" });
      response.write('{"data":');
    });
    try {
      const error = await failure(createClient({ baseUrl: stalling.baseUrl, token, timeout: 150, maxRetries: 0 }).startJobBuild(ids));
      expect(error).toBeInstanceOf(ResponseHandlingError);
      expect(error.message).toContain("no complete response within 150 ms");
    } finally {
      await stalling.close();
    }
  });

  it("a response nested deeper than the stack: InvalidResponseError naming the depth, not a crash", async () => {
    const deep = `{"data":${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
    server.script({ status: 200, body: deep, headers: { "Content-Type": "application/json" } });
    const error = await failure(client({ validateResponses: true, logger }).startJobBuild(ids));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toContain("was accepted by the server (200 OK)");
    expect((error as InvalidResponseError).violations).toEqual([expect.objectContaining({ rule: expect.stringMatching(/depth|type/) })]);
  });

  it("an empty 200 or a 204 where the spec promises a body: InvalidResponseError, never undefined", async () => {
    for (const fault of [{ status: 200 }, { status: 204 }, { status: 200, headers: { "Content-Length": "0" } }]) {
      server.script(fault);
      const error = await failure(client().startJobBuild(ids));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error.message).toMatch(/was accepted by the server \(20[04] (OK|No Content)\), but its response is invalid: \(body\): is empty, but the spec promises a body/);
    }
  });

  it("a logger that throws before sending: its own error, and nothing sent", async () => {
    server.script({ status: 200, body: build });
    const error = await failure(client({ logger: () => void expect.fail("logger broke") }).startJobBuild(ids));
    expect(isNetworkError(error)).toBe(false);
    expect(error.message).toContain("logger broke");
    expect(server.requests).toHaveLength(0);
  });

  it("a logger that throws on a failure does not hide the failure", async () => {
    server.script({ status: 404, body: { error: { message: "job not found" } } });
    const error = await failure(client({ logger: () => void 0 }).startJobBuild(ids));
    expect(error.name).toBe("NotFoundError");
    server.script({ status: 404, body: { error: { message: "job not found" } } });
    const throwing = (line: string) => {
      if (!line.startsWith("->")) throw new Error("sink");
    };
    expect((await failure(client({ logger: throwing }).startJobBuild(ids))).name).toBe("NotFoundError");
  });
});

describe("redirects never change the method", () => {
  /** A server that redirects /from to `target` with `status`, and answers everything else itself. */
  async function redirecting(status: number, target: (self: string) => string) {
    let self = "";
    const s = await startServer((request: SeenRequest, response: ServerResponse) => {
      if (request.url.includes("/build")) {
        response.writeHead(status, { Location: target(self) });
        return void response.end();
      }
      sendJson(response, 200, { data: { id: "moved", method: request.method, body: request.body } });
    });
    self = s.baseUrl;
    return s;
  }

  it.each([301, 302, 303])("a POST answered %i is refused with a RedirectError naming where it pointed; no GET is sent", async (status) => {
    for (const options of [{}, { middleware: [{ onRequest: () => undefined }] }]) {
      const s = await redirecting(status, (self) => `${self}/elsewhere?key=hidden`);
      try {
        const error = await failure(createClient({ baseUrl: s.baseUrl, token, maxRetries: 0, ...options }).startJobBuild({ ...ids, sha: "a".repeat(40) }));
        expect(error).toBeInstanceOf(RedirectError);
        expect(isApiError(error)).toBe(true);
        expect(error).toMatchObject({ status, location: `${s.baseUrl}/elsewhere` });
        expect(error.message).toContain(`redirected to ${s.baseUrl}/elsewhere; not followed, because the POST would be sent again as a GET`);
        expect(error.message).not.toContain("hidden");
        expect(s.requests.map((r) => r.method)).toEqual(["POST"]);
      } finally {
        await s.close();
      }
    }
  });

  it.each([307, 308])("a POST answered %i is followed with its method and body", async (status) => {
    for (const options of [{}, { middleware: [{ onRequest: () => undefined }] }]) {
      const s = await redirecting(status, (self) => `${self}/moved`);
      try {
        const body = { sha: "b".repeat(40) };
        const data = (await createClient({ baseUrl: s.baseUrl, token, maxRetries: 0, ...options }).startJobBuild({ ...ids, ...body })) as unknown as { data: { method: string; body: string } };
        expect(data.data).toMatchObject({ method: "POST" });
        expect(JSON.parse(data.data.body)).toEqual(body);
        expect(s.requests.map((r) => [r.method, r.url])).toEqual([
          ["POST", "/v1/projects/p/jobs/j/build"],
          ["POST", "/moved"],
        ]);
        expect(s.requests[1]!.headers.authorization).toBe(`Bearer ${token}`);
      } finally {
        await s.close();
      }
    }
  });

  it("a 307 to another origin is followed without the token", async () => {
    const other = await startServer((request, response) => sendJson(response, 200, { data: { id: "x", method: request.method } }));
    const s = await redirecting(307, () => `${other.baseUrl.replace("127.0.0.1", "localhost")}/landed`);
    try {
      await createClient({ baseUrl: s.baseUrl, token, maxRetries: 0 }).startJobBuild(ids);
      expect(other.requests).toHaveLength(1);
      expect(other.requests[0]!.method).toBe("POST");
      expect(other.requests[0]!.headers.authorization).toBeUndefined();
    } finally {
      await Promise.all([s.close(), other.close()]);
    }
  });

  it("a 307 to another origin is not followed for a body holding secret data: nothing reaches the other origin", async () => {
    const other = await startServer((request, response) => sendJson(response, 200, { data: { id: "x", method: request.method } }));
    try {
      for (const options of [{}, { middleware: [{ onRequest: () => undefined }] }, { fetch: (request: Request) => fetch(request) }]) {
        const s = await redirecting(307, () => `${other.baseUrl.replace("127.0.0.1", "localhost")}/landed`);
        try {
          const error = await failure(createClient({ baseUrl: s.baseUrl, token, maxRetries: 0, ...options }).startJobBuild(withSecret));
          expect(error).toBeInstanceOf(RedirectError);
          expect(error.message).toContain("; not followed to another origin, because the request's body holds secret data");
          expect(s.requests).toHaveLength(1);
        } finally {
          await s.close();
        }
      }
      expect(other.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it("an API key sent in a header stays behind on a 307 to another origin, as the token does", async () => {
    const other = await startServer((_request, response) => sendJson(response, 200, {}));
    const s = await startServer((_request, response) => void response.writeHead(307, { Location: `${other.baseUrl.replace("127.0.0.1", "localhost")}/landed` }).end());
    try {
      const transport = createTransport({ baseUrl: s.baseUrl, maxRetries: 0, auth: { key: "api-key-5d1c7a" } }, { baseUrl: undefined, userAgent: "t", securitySchemes: { key: { type: "apiKey", in: "header", name: "X-Api-Key" } } });
      await transport.call({ name: "send", method: "post", path: "/send", input: "flat", parseAs: "json", security: [["key"]] }, {});
      expect(s.requests[0]!.headers["x-api-key"]).toBe("api-key-5d1c7a");
      expect(other.requests).toHaveLength(1);
      expect(other.requests[0]!.headers["x-api-key"]).toBeUndefined();
    } finally {
      await Promise.all([s.close(), other.close()]);
    }
  });

  it.each([301, 302, 303, 307, 308])("a GET answered %i to another origin is followed without its API key header, and without the token", async (status) => {
    const other = await startServer((_request, response) => sendJson(response, 200, { landed: true }));
    const s = await startServer((_request, response) => void response.writeHead(status, { Location: `${other.baseUrl.replace("127.0.0.1", "localhost")}/landed` }).end());
    try {
      const schemes = { key: { type: "apiKey", in: "header", name: "X-Api-Key" }, bearer: { type: "bearer" } } as const;
      for (const options of [{}, { middleware: [{ onRequest: () => undefined }] }, { fetch: (request: Request) => fetch(request) }]) {
        const transport = createTransport({ baseUrl: s.baseUrl, maxRetries: 0, token, auth: { key: "api-key-9e2b41" }, ...options }, { baseUrl: undefined, userAgent: "t", securitySchemes: schemes });
        await expect(transport.call({ name: "read", method: "get", path: "/read", input: "flat", parseAs: "json", security: [["key", "bearer"]] }, {})).resolves.toEqual({ landed: true });
      }
      expect(s.requests.map((r) => r.headers["x-api-key"])).toEqual(["api-key-9e2b41", "api-key-9e2b41", "api-key-9e2b41"]);
      expect(other.requests.map((r) => [r.method, r.headers["x-api-key"], r.headers.authorization])).toEqual([
        ["GET", undefined, undefined],
        ["GET", undefined, undefined],
        ["GET", undefined, undefined],
      ]);
    } finally {
      await Promise.all([s.close(), other.close()]);
    }
  });

  it("a 308 without a Location says so, not 'too many redirects'", async () => {
    server.script({ status: 308, body: "" });
    const error = await failure(client().startJobBuild(ids));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.message).toBe("POST /v1/projects/p/jobs/j/build failed: 308 Permanent Redirect: redirected; it gave no Location to follow (point baseUrl at the final address)");
  });

  it("a redirect loop stops with a RedirectError, not a hang", async () => {
    const s = await redirecting(307, (self) => `${self}/v1/projects/p/jobs/j/build`);
    try {
      const error = await failure(createClient({ baseUrl: s.baseUrl, token, maxRetries: 0 }).startJobBuild(ids));
      expect(error).toBeInstanceOf(RedirectError);
      expect(error.message).toContain("too many redirects");
      expect(s.requests.length).toBeLessThanOrEqual(6);
    } finally {
      await s.close();
    }
  });
});

describe("mayHaveTakenEffect tells a caller whether sending again could do it twice", () => {
  it.each<[string, Fault | "refused", boolean]>([
    ["no connection could be made", "refused", false],
    ["the connection dropped after the request was sent", { reset: "after-body" }, true],
    ["the time limit passed", { delay: 2_000, then: { status: 200, body: build } }, true],
    ["a 2xx whose body is broken", { status: 202, headers: { "Content-Type": "application/json" }, body: "{not json" }, true],
    ["a gateway's 504", { status: 504 }, true],
    ["a gateway's 502", { status: 502 }, true],
    ["a 404", { status: 404 }, false],
    ["a 503: turned away", { status: 503 }, false],
  ])("%s: %s", async (_what, fault, want) => {
    const baseUrl = fault === "refused" ? `http://127.0.0.1:${await freePort()}` : server.baseUrl;
    if (fault !== "refused") server.script(fault);
    const error = await failure(createClient({ baseUrl, token, maxRetries: 0, timeout: 300 }).startJobBuild(ids));
    expect(mayHaveTakenEffect(error)).toBe(want);
    if (isNetworkError(error)) expect(error.sent).toBe(want);
  });
});

describe("mayHaveTakenEffect: a GET changes nothing", () => {
  it.each(["GET", "HEAD"])("a %s that timed out, dropped or met a gateway's 504 took no effect; the same POST may have", (method) => {
    const request = { method, path: "/builds" };
    const post = { method: "POST", path: "/builds" };
    const answer = { status: 504, statusText: "Gateway Timeout" };
    expect([new TimeoutError(request, 100), new NetworkError(request, "ECONNRESET", undefined), new InternalServerError(request, answer, undefined)].map(mayHaveTakenEffect)).toEqual([false, false, false]);
    expect([new TimeoutError(post, 100), new NetworkError(post, "ECONNRESET", undefined), new InternalServerError(post, answer, undefined)].map(mayHaveTakenEffect)).toEqual([true, true, true]);
  });
});

describe("a TLS handshake that fails comes before the request: nothing was sent", () => {
  it.each(["DEPTH_ZERO_SELF_SIGNED_CERT", "CERT_HAS_EXPIRED", "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "ERR_TLS_CERT_ALTNAME_INVALID", "ERR_SSL_WRONG_VERSION_NUMBER"])("%s", async (code) => {
    // As Node's fetch reports it: TypeError('fetch failed') with the socket's error as its cause.
    const refused = async () => {
      throw new TypeError("fetch failed", { cause: Object.assign(new Error("certificate refused"), { code }) });
    };
    const error = await failure(createClient({ baseUrl: "https://127.0.0.1:9", token, maxRetries: 0, fetch: refused }).startJobBuild(ids));
    expect(error).toBeInstanceOf(NetworkError);
    expect([(error as NetworkError).code, (error as NetworkError).sent, mayHaveTakenEffect(error)]).toEqual([code, false, false]);
  });
});

describe("the server's own words about the request are redacted too", () => {
  it("a reason phrase that quotes the token: cut from errors of every kind and from the log lines", async () => {
    const s = await startServer((request, response) => {
      const status = request.url.includes("/jobs/ok/") || request.url.includes("/jobs/broken/") ? 200 : 401;
      response.writeHead(status, `Bad token ${request.headers.authorization}`, { "Content-Type": "application/json" });
      response.end(request.url.includes("/jobs/broken/") ? "{not json" : JSON.stringify(build));
    });
    try {
      const lines: string[] = [];
      const options = { baseUrl: s.baseUrl, token, maxRetries: 0, logger: (line: string) => void lines.push(line) };
      const refused = await failure(createClient(options).startJobBuild(ids));
      expect(refused.message).toBe("POST /v1/projects/p/jobs/j/build failed: 401 Bad token Bearer [redacted]");
      const invalid = await failure(createClient(options).startJobBuild({ projectId: "p", jobId: "broken" }));
      expect(invalid).toBeInstanceOf(InvalidResponseError);
      expect(invalid.message).toContain("(200 Bad token Bearer [redacted])");
      await createClient(options).startJobBuild({ projectId: "p", jobId: "ok" });
      expect(lines.some((line) => line.startsWith("<- 200 Bad token Bearer [redacted] POST"))).toBe(true);
      shown.push(...lines);
      for (const text of [...lines, String(refused), String(invalid)]) expect(text).not.toContain(token);
    } finally {
      await s.close();
    }
  });

  it("a redirect whose Location carries the token in its path: cut from the message and from `location`", async () => {
    const s = await startServer((request, response) => void response.writeHead(302, { Location: `/steal/${request.headers.authorization?.slice("Bearer ".length)}/x` }).end());
    try {
      const error = await failure(createClient({ baseUrl: s.baseUrl, token, maxRetries: 0 }).startJobBuild(ids));
      expect(error).toBeInstanceOf(RedirectError);
      expect((error as RedirectError).location).toBe(`${s.baseUrl}/steal/[redacted]/x`);
      expect(error.message).toContain(`redirected to ${s.baseUrl}/steal/[redacted]/x`);
    } finally {
      await s.close();
    }
  });

  it.each([
    ["a line break", "pasted-token-4e1f\nsecond-line", "holds a line break"],
    ["a NUL", "nul-token\u0000-77", "holds a NUL character"],
    ["a line break inside, whatever its ends", "  first-line\r\nsecond\n", "holds a line break"],
    ["a character beyond Latin-1", "euro-token-\u20ac-42", "holds a character beyond Latin-1"],
  ])("a token with %s is refused by createClient, unquoted, before anything is sent", (_what, bad, fault) => {
    expect(() => createClient({ baseUrl: server.baseUrl, token: bad })).toThrow(new TypeError(`createClient: \`token\` ${fault}, which no HTTP header can carry (its value is not shown)`));
    expect(() => createTransport({ baseUrl: server.baseUrl, auth: { key: bad } }, { baseUrl: undefined, userAgent: "t", securitySchemes: { key: { type: "apiKey", in: "header", name: "X-Api-Key" } } })).toThrow(`createClient: auth.key ${fault}`);
  });

  it("a Latin-1 token and an API key sent in the query are not refused: fetch can send them", () => {
    expect(() => createClient({ baseUrl: server.baseUrl, token: "caf\u00e9-token" })).not.toThrow();
    // A token read from a file ends in a newline: fetch trims a header value's ends, so it goes out as it always has.
    expect(() => createClient({ baseUrl: server.baseUrl, token: "file-token-7c1d\n" })).not.toThrow();
    expect(() => createTransport({ baseUrl: server.baseUrl, auth: { key: "k\u20ac-query" } }, { baseUrl: undefined, userAgent: "t", securitySchemes: { key: { type: "apiKey", in: "query", name: "key" } } })).not.toThrow();
  });
});

describe("time limits", () => {
  it.each([2 ** 31, 2 ** 31 + 5, 2 ** 40, Number.MAX_SAFE_INTEGER])("a timeout of %d ms does not fire at once", async (timeout) => {
    server.script({ delay: 60, then: { status: 200, body: build } });
    await expect(client({ timeout }).startJobBuild(ids)).resolves.toEqual(build);
  });

  it("a fetch that ignores its signal still ends at the timeout, and at the caller's abort", async () => {
    const never = () => new Promise<Response>(() => {});
    const started = Date.now();
    const error = await failure(createClient({ baseUrl: server.baseUrl, token, timeout: 100, maxRetries: 0, fetch: never }).startJobBuild(ids));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000);

    const controller = new AbortController();
    const call = createClient({ baseUrl: server.baseUrl, token, timeout: 0, fetch: never }).startJobBuild(ids, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user cancelled")), 50);
    await expect(call).rejects.toThrow("user cancelled");
  });

  it("so does the global fetch, sent to straight (no fetch, middleware or logger of the caller's): at the timeout, and at the caller's abort within it", async () => {
    const original = globalThis.fetch;
    let calls = 0;
    globalThis.fetch = () => (calls++, new Promise<Response>(() => {}));
    try {
      const started = Date.now();
      const error = await failure(createClient({ baseUrl: server.baseUrl, token, timeout: 100, maxRetries: 0 }).startJobBuild(ids));
      expect(error).toBeInstanceOf(TimeoutError);
      expect(Date.now() - started).toBeLessThan(5_000);

      const controller = new AbortController();
      const call = createClient({ baseUrl: server.baseUrl, token, timeout: 60_000, maxRetries: 0 }).startJobBuild(ids, { signal: controller.signal });
      setTimeout(() => controller.abort(new Error("user cancelled")), 50);
      await expect(call).rejects.toThrow("user cancelled");
      expect(calls).toBe(2);
    } finally {
      globalThis.fetch = original;
    }
  });
});

describe("secrets", () => {
  it("a fetch whose error quotes the request (headers, body, nested causes, own fields) leaks nothing through the NetworkError", async () => {
    const leaky = async (request: Request) => {
      const body = await request.text();
      const inner = Object.assign(new Error(`socket closed while sending ${body}`), { code: "ECONNRESET", sent: request.headers.get("authorization") });
      throw new Error(`fetch to ${request.url} failed with headers ${JSON.stringify(Object.fromEntries([...(request.headers as unknown as Iterable<[string, string]>)]))}`, { cause: inner });
    };
    const error = await failure(createClient({ baseUrl: server.baseUrl, token, maxRetries: 0, fetch: leaky, logger }).startJobBuild(withSecret));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).code).toBe("ECONNRESET");
    const text = inspect(error, { depth: 10, showHidden: true });
    expect(text).toContain("[redacted]");
    expect(text).toContain("socket closed while sending");
    for (const secret of secretForms) expect(text).not.toContain(secret);
  });

  it("a server echoing the secret in other forms (trimmed, one line, JSON-escaped, percent-encoded) has them cut", async () => {
    const echoes = [secretText.trim(), "API_KEY=staple-9f3a", JSON.stringify(secretText), encodeURIComponent(secretText.trim()), `token=${encodeURIComponent(token)}`];
    for (const echo of echoes) {
      server.script({ status: 400, body: `bad input: ${echo}` });
      const error = await failure(client({ logger }).startJobBuild(withSecret));
      expect(error.name).toBe("BadRequestError");
      expect(String((error as { body?: unknown }).body)).toContain("[redacted]");
    }
    for (const echo of echoes) {
      server.script({ status: 422, body: { error: { message: `field data was ${echo}`, details: { [echo]: echo } } } });
      const error = await failure(client({ logger }).startJobBuild(withSecret));
      expect(error.message).toContain("[redacted]");
    }
  });

  it.each([
    ["credentials", "http://user:hunter2pass@127.0.0.1:1", /must not hold credentials/],
    ["only a user", "http://hunter2pass@127.0.0.1:1", /must not hold credentials/],
    ["a query", "http://127.0.0.1:1/?key=hunter2pass", /query or fragment/],
    ["a fragment", "http://127.0.0.1:1/#hunter2pass", /query or fragment/],
    ["no scheme", "hunter2pass.example.com", /absolute http\(s\) URL/],
    ["no scheme, with credentials", "user:hunter2pass@api.example.com", /http\(s\) URL/],
    ["another scheme", "ftp://127.0.0.1/", /http\(s\) URL, not ftp:/],
  ])("a base URL with %s is refused at createClient, without quoting it", (_name, baseUrl, message) => {
    let thrown: unknown;
    try {
      createClient({ baseUrl, token });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).not.toContain("hunter2pass");
  });

  it("no error or log line of this file shows the token or a secret's form", () => {
    expect(shown.length).toBeGreaterThan(20);
    const all = shown.join("\n");
    for (const secret of secretForms) expect(all).not.toContain(secret);
  });
});

describe("non-JSON bodies are checked too", () => {
  const schema = {
    body: {
      type: "object",
      required: ["name", "file"],
      properties: { name: { type: "string", maxLength: 5 }, file: { type: "string", binary: true }, tags: { type: "array", items: { type: "string" } } },
      additionalProperties: false,
    },
    bodyRequired: true,
  } as const;
  const operation = (mediaType: string, body = schema.body as object): Operation => ({ name: "upload", method: "post", path: "/upload", input: "flat", body: "property", mediaType, parseAs: "json", schema: { body, bodyRequired: true } });

  it.each(["multipart/form-data", "application/x-www-form-urlencoded"])("%s: a missing required field, an overlong one, an unknown one are refused and nothing is sent", async (mediaType) => {
    const transport = createTransport({ baseUrl: server.baseUrl, maxRetries: 0 }, { baseUrl: undefined, userAgent: "t" });
    server.script({ status: 200, body: {} });
    for (const body of [{ name: "a" }, { name: "toolong", file: new Blob(["x"]) }, { name: "a", file: new Blob(["x"]), extra: 1 }]) {
      const error = await failure(transport.call(operation(mediaType), { body }));
      expect(error.name).toBe("ValidationError");
    }
    expect(server.requests).toHaveLength(0);
    await transport.call(operation(mediaType), { body: { name: "ok", file: mediaType.startsWith("multipart") ? new Blob(["bytes"]) : "text", tags: ["a"] } });
    expect(server.requests).toHaveLength(1);
  });

  it("a file part may be a Blob, bytes or a stream; a number is not a file", async () => {
    const transport = createTransport({ baseUrl: server.baseUrl, maxRetries: 0 }, { baseUrl: undefined, userAgent: "t" });
    server.script({ status: 200, body: {} });
    for (const file of [new Blob(["b"]), new Uint8Array([1, 2]), new ArrayBuffer(2)]) await transport.call(operation("multipart/form-data"), { body: { name: "ok", file } });
    expect(server.requests).toHaveLength(3);
    const error = await failure(transport.call(operation("multipart/form-data"), { body: { name: "ok", file: 5 } }));
    expect(error.message).toContain("file: must be string");
  });

  it("a text body longer than its maxLength is refused; FormData the caller built is sent as it is", async () => {
    const transport = createTransport({ baseUrl: server.baseUrl, maxRetries: 0 }, { baseUrl: undefined, userAgent: "t" });
    server.script({ status: 200, body: {} });
    const text = operation("text/plain", { type: "string", maxLength: 4 });
    expect((await failure(transport.call(text, { body: "12345" }))).message).toContain("must be at most 4 characters");
    await transport.call(text, { body: "1234" });
    const form = new FormData();
    form.append("name", "x");
    await transport.call(operation("multipart/form-data"), { body: form });
    expect(server.requests.map((r) => r.body.slice(0, 4))).toEqual(["1234", expect.any(String)]);
  });
});
