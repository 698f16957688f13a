import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { startJobBuildInput } from "../../generated/validation.gen.js";
import {
  ApiError,
  apiErrorFor,
  isApiError,
  isNetworkError,
  isRateLimitError,
  isTimeoutError,
  isValidationError,
  NetworkError,
  TimeoutError,
} from "../../src/runtime/errors.js";
import { redacted, redactSensitive, redactStrings, secretForms } from "../../src/runtime/redact.js";
import { base64 } from "../../src/runtime/base64.js";

describe("errors", () => {
  it.each([
    [400, "BadRequestError"],
    [401, "AuthenticationError"],
    [403, "PermissionDeniedError"],
    [404, "NotFoundError"],
    [409, "ConflictError"],
    [422, "UnprocessableEntityError"],
    [500, "InternalServerError"],
    [503, "InternalServerError"],
    [418, "ApiError"],
  ])("status %i -> %s", (status, name) => {
    const error = new (apiErrorFor(status))({ method: "GET", path: "/x" }, { status, statusText: "" }, undefined);
    expect(error.name).toBe(name);
    expect(error).toBeInstanceOf(ApiError);
    expect(isApiError(error)).toBe(true);
  });

  it("guards work on errors from another realm, where instanceof fails", () => {
    const foreign = runInNewContext(`
      const make = (name, extra) => Object.assign(new Error("m"), { name }, extra);
      [make("NotFoundError", { status: 404 }), make("RateLimitError"), make("NetworkError"), make("TimeoutError", { timeout: 5 }), make("ValidationError"), new Error("plain")];
    `) as unknown[];
    expect(foreign[0] instanceof Error).toBe(false);
    expect(foreign.map((e) => [isApiError(e), isRateLimitError(e), isNetworkError(e), isTimeoutError(e), isValidationError(e)])).toEqual([
      [true, false, false, false, false],
      [true, true, false, false, false],
      [false, false, true, false, false],
      [false, false, false, true, false],
      [false, false, false, false, true],
      [false, false, false, false, false],
    ]);
  });

  it("a platform DOMException named TimeoutError is not ours", () => {
    expect(isTimeoutError(new DOMException("t", "TimeoutError"))).toBe(false);
    expect(isTimeoutError(new TimeoutError({ method: "GET", path: "/" }, 5))).toBe(true);
  });

  it("fills in the reason phrase HTTP/2 leaves out, and reads Northflank's envelope", () => {
    const error = new ApiError({ method: "POST", path: "/v1/x" }, { status: 404, statusText: "" }, { error: { status: 404, message: "job\nnot   found", id: "nf-1", details: { a: 1 } } });
    expect(error.message).toBe("POST /v1/x failed: 404 Not Found: job not found");
    expect(error).toMatchObject({ id: "nf-1", details: { a: 1 } });
  });

  it("keeps the network cause off the enumerable properties", () => {
    const error = new NetworkError({ method: "GET", path: "/" }, "ECONNRESET", new Error("socket hang up"));
    expect(Object.keys(error)).not.toContain("cause");
    expect(error.cause).toBeInstanceOf(Error);
  });
});

describe("redaction", () => {
  const body = {
    sha: "a".repeat(40),
    overrides: {
      buildFiles: { "/app/.env": { data: base64("SECRET=1"), encoding: "utf-8" } },
      dockerSecretMounts: { npmrc: { data: base64("//registry:_authToken=abc") } },
      buildArguments: { data: "not secret" },
    },
  };

  it("cuts every field the spec marks x-sensitive, in both maps, and nothing else", () => {
    const found: string[] = [];
    const shown = redactSensitive(startJobBuildInput.body, body, (value, schema) => found.push(...secretForms(value, schema)));
    expect(shown).toEqual({
      sha: "a".repeat(40),
      overrides: {
        buildFiles: { "/app/.env": { data: redacted, encoding: "utf-8" } },
        dockerSecretMounts: { npmrc: { data: redacted } },
        buildArguments: { data: "not secret" },
      },
    });
    // Each value, its decoded text, and the forms a server may echo them in (percent-encoded here).
    expect(new Set(found)).toEqual(
      new Set([base64("SECRET=1"), "SECRET=1", "SECRET%3D1", encodeURIComponent(base64("SECRET=1")), base64("//registry:_authToken=abc"), "//registry:_authToken=abc", encodeURIComponent("//registry:_authToken=abc"), encodeURIComponent(base64("//registry:_authToken=abc"))]),
    );
    expect(found).not.toContain("not secret");
    expect(body.overrides.buildFiles["/app/.env"].data).toBe(base64("SECRET=1"));
  });

  it("cuts secret strings wherever they appear", () => {
    expect(redactStrings({ a: ["x tok3n y"], b: 1 }, ["tok3n"])).toEqual({ a: [`x ${redacted} y`], b: 1 });
  });

  it("does not cut strings too short to be secrets", () => {
    // "YQ==" decodes to "a": cutting that would shred every message.
    expect(secretForms("YQ==", { sensitive: true, contentEncoding: "base64" })).toEqual(["YQ%3D%3D", "YQ=="]);
  });
});
