/**
 * Redirects that keep the request what it was. fetch re-sends a POST answered with 301 or
 * 302, and anything answered with 303, as a GET without its body, and returns that GET's
 * answer as if it were the POST's. For every method but GET and HEAD the transport asks
 * fetch not to follow (`redirect: "manual"`) and follows 307 and 308 here, with method and
 * body; a 301, 302 or 303 comes back as it is, and the transport refuses it.
 */

/** The methods fetch may safely follow any redirect for: it never changes them. */
export const followsItself = (method: string) => method === "get" || method === "head";

const maxHops = 5;

/** Sends to `url` with `headers`, once per hop; a cross-origin hop drops the credentials. */
export async function sendFollowing(url: string, headers: Headers, send: (url: string, headers: Headers) => Promise<Response>): Promise<Response> {
  let current = url;
  let hopHeaders = headers;
  for (let hop = 0; ; hop++) {
    const response = await send(current, hopHeaders);
    if (response.status !== 307 && response.status !== 308) return response;
    const location = response.headers.get("location");
    if (location === null || hop === maxHops) return response;
    const next = new URL(location, current);
    if (next.protocol !== "http:" && next.protocol !== "https:") return response;
    if (next.origin !== new URL(current).origin) {
      hopHeaders = new Headers(hopHeaders);
      hopHeaders.delete("authorization");
      hopHeaders.delete("cookie");
    }
    await response.body?.cancel().catch(() => undefined);
    current = next.href;
  }
}

/** A redirect the transport does not follow: 301, 302, 303, a 307/308 past the hop limit, or a browser's opaque one. */
export function isUnfollowedRedirect(response: Response): boolean {
  return response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400 && response.status !== 304);
}

/** Where a redirect pointed, for messages: origin and path, never the query (it may carry keys). */
export function redirectTarget(response: Response, from: string): string | undefined {
  const location = response.headers.get("location");
  if (location === null) return undefined;
  try {
    const url = new URL(location, from);
    return `${url.origin}${url.pathname}`;
  } catch {
    return undefined;
  }
}
