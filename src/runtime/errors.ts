/**
 * Errors thrown by generated clients. Each class sets `name`, and the guards check `name`,
 * so they hold across realms (another copy of this module, a worker, a VM context). No
 * error holds the token or secret request data: messages never quote input values, and
 * response bodies have both cut out.
 */

/** Where a request went, for messages: method and path, never the query (it may carry keys). */
export interface RequestLine {
  method: string;
  path: string;
}

/** The server answered with a status outside 2xx. */
export class ApiError<Body = unknown> extends Error {
  override name = "ApiError";
  readonly method: string;
  readonly path: string;
  /** The HTTP status code. */
  readonly status: number;
  /** The response body: JSON when it parses, else its text; undefined when empty. */
  readonly body: Body;
  /** The server's error id (Northflank's `error.id`), if it sent one. */
  readonly id: string | undefined;
  /** The server's error details (Northflank's `error.details`), if it sent any. */
  readonly details: unknown;

  constructor(request: RequestLine, response: { status: number; statusText: string }, body: Body) {
    const message = serverMessage(body);
    super(`${request.method} ${request.path} failed: ${statusLine(response)}${message ? `: ${message}` : ""}`);
    this.method = request.method;
    this.path = request.path;
    this.status = response.status;
    this.body = body;
    const envelope = errorEnvelope(body);
    this.id = firstString(envelope?.id, envelope?.code);
    this.details = envelope?.details;
  }
}

/** 400: the server refused the input. */
export class BadRequestError<Body = unknown> extends ApiError<Body> {
  override name = "BadRequestError";
}
/** 401: the token is missing, wrong or expired. */
export class AuthenticationError<Body = unknown> extends ApiError<Body> {
  override name = "AuthenticationError";
}
/** 403: the token lacks the permission the operation needs. */
export class PermissionDeniedError<Body = unknown> extends ApiError<Body> {
  override name = "PermissionDeniedError";
}
/** 404: no such resource. */
export class NotFoundError<Body = unknown> extends ApiError<Body> {
  override name = "NotFoundError";
}
/** 409: the resource's state does not allow this now. */
export class ConflictError<Body = unknown> extends ApiError<Body> {
  override name = "ConflictError";
}
/** 422: well-formed but unacceptable input. */
export class UnprocessableEntityError<Body = unknown> extends ApiError<Body> {
  override name = "UnprocessableEntityError";
}
/** 5xx: the server failed. */
export class InternalServerError<Body = unknown> extends ApiError<Body> {
  override name = "InternalServerError";
}

/**
 * A redirect that was not followed: a 301, 302 or 303 answer to a request other than GET or
 * HEAD, which fetch would re-send as a GET without its body (and a browser's opaque redirect);
 * a 307 or 308 past the hop limit, without a usable Location, or to another origin with a
 * body that holds secret data.
 */
export class RedirectError<Body = unknown> extends ApiError<Body> {
  override name = "RedirectError";
  /** Where the server pointed (origin and path), if it said. */
  readonly location: string | undefined;

  /** `why`: for a 307 or 308, why it was not followed (the hop limit, unless told otherwise). */
  constructor(request: RequestLine, response: { status: number; statusText: string }, body: Body, location: string | undefined, why?: string) {
    super(request, response, body);
    this.location = location;
    why ??= response.status === 307 || response.status === 308 ? "too many redirects" : `not followed, because the ${request.method} would be sent again as a GET without its body`;
    this.message = `${request.method} ${request.path} failed: ${statusLine(response) || "redirect"}: redirected${location ? ` to ${location}` : ""}; ${why} (point baseUrl at the final address)`;
  }
}

/** 429: the rate limit is spent. */
export class RateLimitError<Body = unknown> extends ApiError<Body> {
  override name = "RateLimitError";
  /** How long the server asked to wait, in ms (`Retry-After`, else `x-ratelimit-reset`). */
  readonly retryAfter: number | undefined;
  /** The `x-ratelimit-*` headers, as numbers. */
  readonly rateLimit: { limit?: number; remaining?: number; reset?: number };

  constructor(request: RequestLine, response: { status: number; statusText: string; headers: Headers }, body: Body, retryAfter: number | undefined) {
    super(request, response, body);
    this.retryAfter = retryAfter;
    const header = (name: string) => {
      const value = response.headers.get(`x-ratelimit-${name}`);
      return value !== null && value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : undefined;
    };
    this.rateLimit = { limit: header("limit"), remaining: header("remaining"), reset: header("reset") };
  }
}

/** No response arrived: the connection failed or dropped. */
export class NetworkError extends Error {
  override name = "NetworkError";
  readonly method: string;
  readonly path: string;
  /** Node's error code when there is one (`ECONNREFUSED`, `ECONNRESET`, `UND_ERR_SOCKET`). */
  readonly code: string | undefined;
  /** Whether the request may have reached the server: false only when no connection was made. */
  readonly sent: boolean;

  constructor(request: RequestLine, code: string | undefined, cause: unknown, sent = true) {
    super(`${request.method} ${request.path} failed: network error${code ? ` (${code})` : ""}`, { cause });
    this.method = request.method;
    this.path = request.path;
    this.code = code;
    this.sent = sent;
  }
}

/** No response within the timeout. */
export class TimeoutError extends Error {
  override name = "TimeoutError";
  readonly method: string;
  readonly path: string;
  readonly timeout: number;

  constructor(request: RequestLine, timeout: number) {
    super(`${request.method} ${request.path} timed out after ${timeout} ms`);
    this.method = request.method;
    this.path = request.path;
    this.timeout = timeout;
  }
}

/** One broken rule in a request's input or a response's body. */
export interface Violation {
  /** Where, as a path (`overrides.docker.dockerFilePath`, `overrides.buildFiles["dir/f"]`). */
  path: string;
  /** The schema keyword broken (`pattern`, `required`, `additionalProperties`, `oneOf`). */
  rule: string;
  /** What is wrong, without quoting the value. */
  message: string;
}

/** The input breaks the spec; nothing was sent. */
export class ValidationError extends Error {
  override name = "ValidationError";
  /** Every violation found. */
  readonly violations: readonly Violation[];

  constructor(operation: string, violations: readonly Violation[]) {
    super(`${operation}: invalid input: ${violations.map((v) => `${v.path}: ${v.message}`).join("; ")}`);
    this.violations = violations;
  }
}

/** A 2xx response whose body is not what the spec says (unparseable, or failing response validation). */
export class InvalidResponseError extends Error {
  override name = "InvalidResponseError";
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly violations: readonly Violation[];

  constructor(request: RequestLine, response: { status: number; statusText: string }, violations: readonly Violation[]) {
    super(`${request.method} ${request.path} was accepted by the server (${statusLine(response)}), but its response is invalid: ${violations.map((v) => `${v.path}: ${v.message}`).join("; ")}`);
    this.method = request.method;
    this.path = request.path;
    this.status = response.status;
    this.violations = violations;
  }
}

/**
 * The server answered 2xx, so the request was carried out (for "Start job build": the build
 * started), but handling the answer failed afterwards: a logger or middleware threw, or the
 * body could not be read. Sending the request again would do it twice.
 */
export class ResponseHandlingError extends Error {
  override name = "ResponseHandlingError";
  readonly method: string;
  readonly path: string;
  readonly status: number;

  constructor(request: RequestLine, response: { status: number; statusText: string }, reason: string, cause?: unknown) {
    super(`${request.method} ${request.path} was accepted by the server (${statusLine(response)}), but handling its response failed: ${reason}`, cause === undefined ? undefined : { cause });
    this.method = request.method;
    this.path = request.path;
    this.status = response.status;
  }
}

/** The error class for a status: one per status class the API documents. */
export function apiErrorFor(status: number): typeof ApiError {
  if (status >= 500) return InternalServerError;
  return ({ 400: BadRequestError, 401: AuthenticationError, 403: PermissionDeniedError, 404: NotFoundError, 409: ConflictError, 422: UnprocessableEntityError } as Record<number, typeof ApiError>)[status] ?? ApiError;
}

const apiErrorNames = new Set(["ApiError", "RedirectError", "BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError", "UnprocessableEntityError", "RateLimitError", "InternalServerError"]);

/** An error's `name`, without trusting it to be an Error from this realm. */
function nameOf(value: unknown): string {
  const name = typeof value === "object" && value !== null ? (value as { name?: unknown }).name : undefined;
  return typeof name === "string" ? name : "";
}

/** Any answer outside 2xx. `Body` is the caller's claim, as with any guard on a server's reply. */
export const isApiError = <Body = unknown>(value: unknown): value is ApiError<Body> => apiErrorNames.has(nameOf(value));
export const isRateLimitError = (value: unknown): value is RateLimitError => nameOf(value) === "RateLimitError";
export const isNetworkError = (value: unknown): value is NetworkError => nameOf(value) === "NetworkError";
/** Ours only: the platform's `DOMException` named TimeoutError has no `timeout`. */
export const isTimeoutError = (value: unknown): value is TimeoutError => nameOf(value) === "TimeoutError" && "timeout" in (value as object);
export const isValidationError = (value: unknown): value is ValidationError => nameOf(value) === "ValidationError";
export const isInvalidResponseError = (value: unknown): value is InvalidResponseError => nameOf(value) === "InvalidResponseError";
export const isResponseHandlingError = (value: unknown): value is ResponseHandlingError => nameOf(value) === "ResponseHandlingError";

/**
 * Whether the server may have carried the request out although the call failed, so that
 * sending it again could do it twice: it accepted it (a 2xx whose answer could not be
 * handled), the connection dropped after the request may have arrived, the time limit passed,
 * or a gateway answered 502 or 504 (the server behind it may have acted). Never for a GET,
 * HEAD, OPTIONS or TRACE: they change nothing.
 */
export function mayHaveTakenEffect(error: unknown): boolean {
  const method = typeof error === "object" && error !== null ? (error as { method?: unknown }).method : undefined;
  if (typeof method === "string" && safeMethods.has(method.toUpperCase())) return false;
  if (isResponseHandlingError(error) || isInvalidResponseError(error) || isTimeoutError(error)) return true;
  if (isNetworkError(error)) return (error as { sent?: unknown }).sent !== false;
  return isApiError(error) && ((error as ApiError).status === 502 || (error as ApiError).status === 504);
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS", "TRACE"]);

const reasons: Record<number, string> = { 301: "Moved Permanently", 302: "Found", 303: "See Other", 307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 409: "Conflict", 422: "Unprocessable Entity", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout" };

/** `404 Not Found`; HTTP/2 sends no reason phrase, so the common ones are filled in. */
function statusLine(response: { status: number; statusText: string }): string {
  return `${response.status} ${response.statusText || reasons[response.status] || ""}`.trim();
}

type Envelope = { message?: unknown; id?: unknown; code?: unknown; details?: unknown };

/** Northflank's `{error: {...}}`, or a flat `{message, code}` body. */
function errorEnvelope(body: unknown): Envelope | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const inner = (body as { error?: unknown }).error;
  return typeof inner === "object" && inner !== null ? (inner as Envelope) : (body as Envelope);
}

function serverMessage(body: unknown): string | undefined {
  const envelope = errorEnvelope(body);
  const message = firstString(envelope?.message, typeof body === "object" && body !== null ? (body as { error?: unknown }).error : undefined);
  // One line, and short: a message is for people and logs, the body holds the rest.
  return message?.replace(/\s+/g, " ").slice(0, 500);
}

function firstString(...values: unknown[]): string | undefined {
  return values.find((v): v is string => typeof v === "string" && v.length > 0);
}
