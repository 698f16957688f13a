/**
 * A request handed straight to fetch, for the common case where no fetch, middleware or logger
 * of the caller's needs to see openapi-fetch's Request: the URL built as openapi-fetch builds
 * it, the headers merged as it merges them, the answer read as it reads it. What it saves is
 * openapi-fetch's Request and Headers objects and its bookkeeping on every request.
 */

/** What openapi-fetch gives back: the parsed body of a success, or of an error, and the response. */
export interface Answered {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * `baseUrl` + path, its parameters filled in by `expand` (given the whole URL, as openapi-fetch's
 * path serializer is), then `?query` when there is one. The base's trailing slash is dropped,
 * as openapi-fetch drops it.
 */
export function requestUrl(baseUrl: string, path: string, expand: (url: string) => string, query: string): string {
  const base = baseUrl.endsWith("/") ? baseUrl.slice(0, -1) : baseUrl;
  // A `{name}` can only lie in the path when the base has no `{`: the path alone is expanded, its template parsed once.
  const url = base.includes("{") ? expand(`${base}${path}`) : base + expand(path);
  return query === "" ? url : `${url}?${query}`;
}

/** Headers set in order, so a later name wins over an earlier one in any case (`content-type` over `Content-Type`). */
export function mergedHeaders(record: Record<string, string>): Headers {
  const headers = new Headers();
  for (const name in record) headers.set(name, record[name]!);
  return headers;
}

/**
 * The answer as openapi-fetch reads it: no body for a 204, a HEAD or an empty one; a success
 * as `parseAs` says; an error's text, parsed as JSON when it is JSON.
 */
export async function readAnswer(response: Response, method: string, parseAs: "text" | "blob" | "stream" | "arrayBuffer"): Promise<Answered> {
  const length = response.headers.get("Content-Length");
  if (response.status === 204 || method === "HEAD" || (length === "0" && !response.headers.get("Transfer-Encoding")?.includes("chunked"))) {
    return response.ok ? { data: undefined, response } : { error: undefined, response };
  }
  if (response.ok) return { data: parseAs === "stream" ? response.body : await response[parseAs](), response };
  let error: unknown = await response.text();
  try {
    error = JSON.parse(error as string);
  } catch {
    // not JSON: the text as it is
  }
  return { error, response };
}
