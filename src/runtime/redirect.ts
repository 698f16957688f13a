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

/**
 * What goes on to another origin: the headers without the credentials, or undefined when the
 * request must not leave at all (its body holds secret data, which no header rule can strip).
 */
export type LeaveOrigin = (headers: Headers) => Headers | undefined;

/** A copy of `headers` without `names`. */
export function withoutHeaders(headers: Headers, names: readonly string[]): Headers {
  const copy = new Headers(headers);
  for (const name of names) copy.delete(name);
  return copy;
}

/** The redirects a request was not let go on from, to another origin. */
const keptHome = new WeakSet<Response>();

/**
 * Sends to `url` with `headers`, once per hop, following 307 and 308 (and, for a GET or HEAD,
 * whose method no redirect changes, 301, 302 and 303 too: `everyRedirect`); a cross-origin hop
 * goes on as `leave` says, or not at all.
 */
export async function sendFollowing(url: string, headers: Headers, send: (url: string, headers: Headers) => Promise<Response>, leave: LeaveOrigin, everyRedirect: boolean): Promise<Response> {
  let current = url;
  let hopHeaders = headers;
  for (let hop = 0; ; hop++) {
    const response = await send(current, hopHeaders);
    if (response.status !== 307 && response.status !== 308 && !(everyRedirect && response.status >= 301 && response.status <= 303)) return response;
    const location = response.headers.get("location");
    if (location === null || hop === maxHops) return response;
    const next = new URL(location, current);
    if (next.protocol !== "http:" && next.protocol !== "https:") return response;
    if (next.origin !== new URL(current).origin) {
      const onward = leave(hopHeaders);
      if (onward === undefined) {
        keptHome.add(response);
        return response;
      }
      hopHeaders = onward;
    }
    await response.body?.cancel().catch(() => undefined);
    current = next.href;
  }
}

/**
 * Why a redirect this module would follow came back unfollowed, for its RedirectError (a 301,
 * 302 or 303 of a method other than GET or HEAD is refused as such).
 */
export function unfollowedWhy(response: Response): string {
  if (keptHome.has(response)) return "not followed to another origin, because the request's body holds secret data";
  const location = response.headers.get("location");
  if (location === null) return "it gave no Location to follow";
  let next: URL;
  try {
    next = new URL(location, response.url);
  } catch {
    return "its Location is not a URL";
  }
  if (next.protocol !== "http:" && next.protocol !== "https:") return "its Location is not an http(s) address";
  return "too many redirects";
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
