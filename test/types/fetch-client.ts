/**
 * Holds src/runtime/fetch-client.d.ts to openapi-fetch's own declarations, checked by `tsc`
 * (npm run typecheck): each assignment stops compiling when the two drift apart. At run
 * time the transport's tests send every option through the real openapi-fetch.
 */
import type * as declared from "../../src/runtime/fetch-client.js";
import createClient, { type Middleware } from "openapi-fetch";

// Middleware written against either type is taken by the other.
export const fromOpenapiFetch = (middleware: Middleware): declared.Middleware => middleware;
export const toOpenapiFetch = (middleware: declared.Middleware): Middleware => middleware;

// The serializers the runtime passes per request have the types openapi-fetch calls them with.
type RealInit = NonNullable<Parameters<typeof real.request>[2]>;
export const querySerializer: RealInit["querySerializer"] = ((query) => "") as NonNullable<declared.FetchRequestInit["querySerializer"]>;
export const pathSerializer: RealInit["pathSerializer"] = ((pathname) => pathname) as NonNullable<declared.FetchRequestInit["pathSerializer"]>;

const real = createClient<Record<string, Record<string, unknown>>>({ baseUrl: "http://127.0.0.1" });
export const options: Parameters<typeof createClient>[0] = {} as Parameters<typeof declared.createFetchClient>[0];
export const use: declared.FetchClient["use"] = (...middleware) => real.use(...middleware);
export const result = (response: Awaited<ReturnType<typeof real.request>>): declared.FetchResult => response;
