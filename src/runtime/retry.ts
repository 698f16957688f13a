/**
 * When to try a request again, and how long to wait first: pure functions, so the policy is
 * tested with tables rather than clocks.
 */

import type { RetryOptions } from "./options.js";

export const retryDefaults = { maxRetries: 2, initialDelay: 500, maxDelay: 60_000, statuses: [429, 502, 503, 504], nonIdempotent: false } satisfies Required<RetryOptions>;

/** How an attempt ended, as far as retrying goes. */
export type Outcome =
  | { kind: "response"; status: number; headers: Headers }
  /** No connection was made: the request never reached the server. */
  | { kind: "unsent" }
  /** The request may have reached the server: dropped connection, timeout. */
  | { kind: "ambiguous" };

const idempotentMethods = new Set(["get", "head", "options", "trace", "put", "delete"]);

/**
 * A gateway's answer: the server behind it failed or was too slow, and may have carried the
 * request out all the same. For a method that is not idempotent it is as ambiguous as a dropped
 * connection (a 503 or 429 says the request was turned away).
 */
const gatewayStatuses = new Set([502, 504]);

/** Whether the outcome may be retried at all, before counting attempts and delays. */
export function isRetryable(outcome: Outcome, method: string, options: Required<RetryOptions>): boolean {
  const repeatable = idempotentMethods.has(method.toLowerCase()) || options.nonIdempotent;
  if (outcome.kind === "response") return options.statuses.includes(outcome.status) && (repeatable || !gatewayStatuses.has(outcome.status));
  if (outcome.kind === "unsent") return true;
  return repeatable;
}

/**
 * The wait before retry number `retry` (0 for the first), in ms; undefined when the server
 * asks for longer than `maxDelay`, which means: do not retry.
 */
export function retryDelay(retry: number, outcome: Outcome, options: Required<RetryOptions>, now: number, random: number): number | undefined {
  const asked = outcome.kind === "response" ? serverDelay(outcome.headers, now) : undefined;
  if (asked !== undefined) return asked <= options.maxDelay ? asked : undefined;
  const backoff = Math.min(options.initialDelay * 2 ** retry, 8_000) * (1 - 0.25 * random);
  return Math.min(Math.round(backoff), options.maxDelay);
}

/** `Retry-After` (seconds or an HTTP date), else `x-ratelimit-reset` (seconds, or a Unix time), in ms. */
export function serverDelay(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get("retry-after")?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Math.round(Number(retryAfter) * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = headers.get("x-ratelimit-reset")?.trim();
  if (reset && /^\d+(\.\d+)?$/.test(reset)) {
    const value = Number(reset);
    // Northflank sends seconds until the reset; some APIs send the reset's Unix time.
    return Math.round(value > 1e9 ? Math.max(0, value * 1000 - now) : value * 1000);
  }
  return undefined;
}
