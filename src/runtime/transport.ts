import createFetchClient, { defaultPathSerializer } from "openapi-fetch";
import { bodyEncoding } from "./body.js";
import { ApiError, ValidationError, type Violation } from "./errors.js";
import type { Operation } from "./operation.js";
import { splitInput } from "./split-input.js";

/** Options of a generated `createClient`. */
export interface ClientOptions {
  /** Where requests go, such as `https://api.example.com`. Default: the spec's first server. */
  baseUrl?: string;
  /** API token, sent as `Authorization: Bearer <token>`. It never appears in an error. */
  token?: string;
  /** The fetch to send requests with. Default: `globalThis.fetch`. */
  fetch?: (request: Request) => Promise<Response>;
}

/** Options of one call. */
export interface CallOptions {
  /** Aborts the request. */
  signal?: AbortSignal;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

/** Sends an operation's request and returns its successful response body. */
export interface Transport {
  call<T>(operation: Operation, input: object, options?: CallOptions): Promise<T>;
}

/** A transport over openapi-fetch that throws on non-2xx statuses. */
export function createTransport(options: ClientOptions, defaultBaseUrl: string | undefined): Transport {
  const baseUrl = options.baseUrl ?? defaultBaseUrl;
  if (!baseUrl) throw new TypeError("createClient: `baseUrl` is required, because the spec names no server");
  // The token stays in this closure: never on an object a caller could print.
  const { token } = options;
  const client = createFetchClient<Record<string, Record<string, unknown>>>({ baseUrl, fetch: options.fetch });

  return {
    async call<T>(operation: Operation, input: object, callOptions: CallOptions = {}): Promise<T> {
      const parts = splitInput(operation, input);
      checkPathParams(operation.path, parts.params.path);
      const { contentType, bodySerializer } = bodyEncoding(operation.mediaType);
      const headers: Record<string, string> = {};
      if (token !== undefined) headers.Authorization = `Bearer ${token}`;
      if (contentType !== undefined && parts.body !== undefined) headers["Content-Type"] = contentType;
      const { data, error, response } = await client.request(operation.method, operation.path as never, {
        params: parts.params,
        body: parts.body,
        bodySerializer,
        parseAs: operation.parseAs,
        signal: callOptions.signal,
        headers: { ...headers, ...callOptions.headers },
      } as never);
      if (!response.ok) {
        const where = `${operation.method.toUpperCase()} ${defaultPathSerializer(operation.path, parts.params.path ?? {})}`;
        const body = token ? redact(error, token) : error;
        throw new ApiError(errorMessage(where, response, body), response.status, body);
      }
      return data as T;
    },
  };
}

/**
 * Empty, `.` and `..` segments would make the URL resolve to another path, whatever the
 * encoding (`%2e%2e` is a dot segment too), so they are refused before anything is sent.
 */
function checkPathParams(template: string, values: Record<string, unknown> = {}): void {
  const violations: Violation[] = [];
  for (const [, name] of template.matchAll(/\{([^}]+)\}/g)) {
    const value = values[name!];
    if (value === undefined || value === null) violations.push({ path: name!, message: "is required" });
    else if (["", ".", ".."].includes(String(value))) violations.push({ path: name!, message: `must not be ${JSON.stringify(String(value))}` });
  }
  if (violations.length > 0) throw new ValidationError(violations);
}

/** `POST /v1/x failed: 404 Not Found: job not found` */
function errorMessage(where: string, response: Response, body: unknown): string {
  const status = [response.status, response.statusText].filter(Boolean).join(" ");
  const detail = serverMessage(body);
  return `${where} failed: ${status}${detail ? `: ${detail}` : ""}`;
}

/** A copy of a response body with every occurrence of `secret` cut out, in case a server echoes it. */
function redact(value: unknown, secret: string): unknown {
  if (typeof value === "string") return value.replaceAll(secret, "[redacted]");
  if (Array.isArray(value)) return value.map((item) => redact(item, secret));
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, secret)]));
  return value;
}

/** The server's own message: Northflank's `{error: {message}}`, or a top-level `message`. */
function serverMessage(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const envelope = (body as { error?: unknown }).error;
  const candidates = [typeof envelope === "object" && envelope !== null ? (envelope as { message?: unknown }).message : envelope, (body as { message?: unknown }).message];
  return candidates.find((c): c is string => typeof c === "string" && c.length > 0);
}
