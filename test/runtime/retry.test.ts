import { describe, expect, it } from "vitest";
import { isRetryable, retryDefaults, retryDelay, serverDelay, type Outcome } from "../../src/runtime/retry.js";

const now = Date.UTC(2026, 10, 28, 12, 0, 0);
const response = (status: number, headers: Record<string, string> = {}): Outcome => ({ kind: "response", status, headers: new Headers(headers) });

describe("isRetryable", () => {
  it.each<{ outcome: Outcome; method: string; nonIdempotent?: boolean; want: boolean }>([
    { outcome: response(429), method: "post", want: true },
    // A gateway's 502 or 504: the server behind it may have done the work, so a POST is not sent again by default.
    { outcome: response(502), method: "post", want: false },
    { outcome: response(503), method: "post", want: true },
    { outcome: response(504), method: "post", want: false },
    { outcome: response(504), method: "patch", want: false },
    { outcome: response(502), method: "post", nonIdempotent: true, want: true },
    { outcome: response(504), method: "post", nonIdempotent: true, want: true },
    { outcome: response(502), method: "get", want: true },
    { outcome: response(504), method: "put", want: true },
    { outcome: response(500), method: "get", want: false },
    { outcome: response(400), method: "get", want: false },
    { outcome: response(401), method: "get", want: false },
    { outcome: response(404), method: "get", want: false },
    { outcome: response(409), method: "put", want: false },
    { outcome: { kind: "unsent" }, method: "post", want: true },
    { outcome: { kind: "ambiguous" }, method: "post", want: false },
    { outcome: { kind: "ambiguous" }, method: "patch", want: false },
    { outcome: { kind: "ambiguous" }, method: "post", nonIdempotent: true, want: true },
    { outcome: { kind: "ambiguous" }, method: "get", want: true },
    { outcome: { kind: "ambiguous" }, method: "put", want: true },
    { outcome: { kind: "ambiguous" }, method: "delete", want: true },
  ])("$outcome.kind $outcome.status $method (nonIdempotent: $nonIdempotent) -> $want", ({ outcome, method, nonIdempotent, want }) => {
    expect(isRetryable(outcome, method, { ...retryDefaults, nonIdempotent: nonIdempotent ?? false })).toBe(want);
  });
});

describe("serverDelay", () => {
  it.each<{ headers: Record<string, string>; want: number | undefined }>([
    { headers: { "Retry-After": "2" }, want: 2_000 },
    { headers: { "Retry-After": "0.5" }, want: 500 },
    { headers: { "Retry-After": "Sat, 28 Nov 2026 12:00:30 GMT" }, want: 30_000 },
    { headers: { "Retry-After": "Sat, 28 Nov 2026 11:00:00 GMT" }, want: 0 },
    { headers: { "x-ratelimit-reset": "20" }, want: 20_000 },
    { headers: { "x-ratelimit-reset": String(now / 1000 + 45) }, want: 45_000 },
    { headers: { "Retry-After": "3", "x-ratelimit-reset": "20" }, want: 3_000 },
    { headers: { "Retry-After": "soon" }, want: undefined },
    { headers: {}, want: undefined },
  ])("$headers -> $want", ({ headers, want }) => expect(serverDelay(new Headers(headers), now)).toBe(want));
});

describe("retryDelay", () => {
  it.each([
    { retry: 0, random: 0, want: 500 },
    { retry: 1, random: 0, want: 1_000 },
    { retry: 2, random: 0, want: 2_000 },
    { retry: 1, random: 1, want: 750 },
    { retry: 10, random: 0, want: 8_000 },
  ])("backoff: retry $retry, jitter $random -> $want ms", ({ retry, random, want }) => {
    expect(retryDelay(retry, { kind: "unsent" }, retryDefaults, now, random)).toBe(want);
  });

  it("follows the server's Retry-After, not the backoff", () => {
    expect(retryDelay(0, response(429, { "Retry-After": "7" }), retryDefaults, now, 0.5)).toBe(7_000);
  });

  it("gives up when the server asks for longer than maxDelay", () => {
    expect(retryDelay(0, response(429, { "Retry-After": "61" }), retryDefaults, now, 0)).toBeUndefined();
    expect(retryDelay(0, response(429, { "Retry-After": "61" }), { ...retryDefaults, maxDelay: 120_000 }, now, 0)).toBe(61_000);
  });

  it("keeps backoff under maxDelay", () => {
    expect(retryDelay(5, { kind: "unsent" }, { ...retryDefaults, maxDelay: 1_000 }, now, 0)).toBe(1_000);
  });
});
