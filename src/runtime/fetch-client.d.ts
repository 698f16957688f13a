/**
 * The part of openapi-fetch that the runtime uses, declared here instead of imported from the
 * package. Its own declarations would enter every program that type-checks a generated
 * client, and checking them (skipLibCheck off) takes about a second, for generic path types
 * the client never exposes. test/types/fetch-client.ts holds these to openapi-fetch's.
 */

/** A hook on each request, response or failure, as openapi-fetch calls it. */
export interface MiddlewareCallbackParams {
  /** The request about to go out. */
  request: Request;
  /** The path template, as in the spec. */
  readonly schemaPath: string;
  readonly params: Partial<Record<"query" | "header" | "path" | "cookie", Record<string, unknown>>>;
  /** Unique per request. */
  readonly id: string;
  readonly options: {
    baseUrl: string;
    parseAs: ParseAs;
    querySerializer: (query: Record<string, unknown>) => string;
    /** Typed as openapi-fetch types it for middleware (its body type resolves to `undefined`). */
    bodySerializer: (body: undefined) => unknown;
    pathSerializer: (pathname: string, pathParams: Record<string, unknown>) => string;
    fetch: typeof globalThis.fetch;
  };
}

type OnRequest = (options: MiddlewareCallbackParams) => void | Request | Response | undefined | Promise<Request | Response | undefined | void>;
type OnResponse = (options: MiddlewareCallbackParams & { response: Response }) => void | Response | undefined | Promise<Response | undefined | void>;
type OnError = (options: MiddlewareCallbackParams & { error: unknown }) => void | Response | Error | Promise<void | Response | Error>;

/** openapi-fetch middleware: at least one of `onRequest`, `onResponse`, `onError`. */
export type Middleware =
  | { onRequest: OnRequest; onResponse?: OnResponse; onError?: OnError }
  | { onRequest?: OnRequest; onResponse: OnResponse; onError?: OnError }
  | { onRequest?: OnRequest; onResponse?: OnResponse; onError: OnError };

export type ParseAs = "json" | "text" | "blob" | "arrayBuffer" | "stream";

/** One request's options, as the runtime passes them. */
export interface FetchRequestInit {
  /** This request's base URL, instead of the client's. */
  baseUrl?: string;
  params: Partial<Record<"query" | "header" | "path", Record<string, unknown>>>;
  body?: unknown;
  bodySerializer?: (body: unknown) => unknown;
  /** Builds the query string (without `?`) from `params.query`. */
  querySerializer?: (query: Record<string, unknown>) => string;
  /** Fills the path template (prefixed by the base URL) from `params.path`. */
  pathSerializer?: (pathname: string, pathParams: Record<string, unknown>) => string;
  parseAs?: ParseAs;
  signal?: AbortSignal;
  /** Needed by fetch for a streamed body. */
  duplex?: "half";
  /** This request's fetch, instead of the client's. */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  headers?: Record<string, string>;
  middleware?: Middleware[];
}

/** What a request resolves with: `data` on success, `error` (the parsed body) otherwise. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export interface FetchClient {
  request(method: string, path: string, init: FetchRequestInit): Promise<FetchResult>;
  use(...middleware: Middleware[]): void;
}

export function createFetchClient(options: { baseUrl: string; fetch?: ((request: Request) => Promise<Response>) | undefined }): FetchClient;
