/**
 * What callers pass and get: the client's and each call's options, and the transport's
 * contract. Declarations only, like everything types.ts gathers.
 */
import type { Middleware } from "./fetch-client.js";
import type { Credentials, SecurityScheme } from "./auth.js";
import type { Operation } from "./operation.js";

/** Options that a client sets for every call and a call may override. */
export interface RequestSettings {
  /** Milliseconds to wait for each attempt's response, body included; 0 or `Infinity` for no limit. Default 60 000 (one minute). */
  timeout?: number;
  /** Retries after the first attempt, on 429, 502, 503, 504 (502 and 504 not for POST or PATCH: see `retry.nonIdempotent`) and failed connections. Default 2. */
  maxRetries?: number;
  /** The rest of the retry policy: delays, statuses, non-idempotent methods. */
  retry?: Omit<RetryOptions, "maxRetries">;
  /** Check the input against the spec before sending; a failure throws `ValidationError` and sends nothing. Default true. */
  validate?: boolean;
  /** Check successful response bodies against the spec; a failure throws `InvalidResponseError`. Default false. */
  validateResponses?: boolean;
}

/** Options of a generated `createClient`. */
export interface ClientOptions extends RequestSettings {
  /** Where requests go, such as `https://api.example.com`. Default: the spec's first server. */
  baseUrl?: string;
  /**
   * API token, sent as `Authorization: Bearer <token>` for every bearer, OAuth 2 and OpenID
   * Connect scheme that `auth` does not give a credential of its own. It never appears in an
   * error or a log line.
   */
  token?: string;
  /**
   * Credentials by the spec's security scheme names: a string for bearer tokens and API keys,
   * `{ username, password }` for HTTP basic. Each operation sends the first set of schemes its
   * `security` lists that these cover; a public operation sends none. Redacted like the token.
   */
  auth?: Credentials;
  /** The fetch to send requests with. Default: `globalThis.fetch`. */
  fetch?: (request: Request) => Promise<Response>;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** openapi-fetch middleware: `onRequest`, `onResponse`, `onError` hooks. */
  middleware?: Middleware[];
  /** Receives a line per request, response, retry and failure, with the token and secret data cut out. */
  logger?: Logger;
}

/** Options of one call. */
export interface CallOptions extends RequestSettings {
  /** Cancels the call at once, also while it waits to retry. */
  signal?: AbortSignal;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

/** A call's choice of request media type, for an operation that offers several (`contentType: "multipart/form-data"`). */
export interface BodyChoice<MediaType extends string = string> {
  /** The request body's media type. Default: the operation's first JSON type, else its first. */
  contentType?: MediaType;
}

/** What the generated code knows about its API, beside each operation. */
export interface ApiDefaults {
  /** The spec's first server, if it names one. */
  baseUrl: string | undefined;
  /** `name/version` of the package the client is generated into. */
  userAgent: string;
  /** The spec's security schemes, by name, as the runtime applies them. */
  securitySchemes?: Readonly<Record<string, SecurityScheme>>;
}

/** Sends an operation's request and returns its successful response body. */
export interface Transport {
  call<T>(operation: Operation, input: object, options?: CallOptions & BodyChoice): Promise<T>;
}

/** Receives one line per event: request sent, response received, retry, failure. */
export type Logger = (line: string) => void;

export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** The first backoff, in ms; it doubles on each retry (at most 8 s), less up to 25% jitter. Default 500. */
  initialDelay?: number;
  /**
   * The longest single wait, in ms, including one a server asks for with `Retry-After` or
   * `x-ratelimit-reset`; a server asking for longer is not retried, so the total wait is at
   * most `maxRetries * maxDelay`. Default 60 000.
   */
  maxDelay?: number;
  /** Response statuses that are retried. Default 429, 502, 503, 504 (502 and 504 as `nonIdempotent` says); no other 4xx ever is. */
  statuses?: readonly number[];
  /**
   * Retry POST and PATCH after an ambiguous failure too. Default false.
   *
   * They are not idempotent: when the connection drops after the request was sent, the
   * timeout passes, or a gateway answers 502 or 504, the server may already have acted (for
   * "Start job build", started a build), and sending it again could do it twice. A failure
   * where no connection was made at all, and a 429 or 503 answer, are retried whatever this says.
   */
  nonIdempotent?: boolean;
}
