/**
 * An operation's own server (the spec's `servers` on its path or itself) as a base URL:
 * absolute as it is; relative against the client's base URL, taken as a folder (`/v2` from its
 * root, `v3` below it). OpenAPI reads a relative server against where the document is served,
 * which a client does not know: the base URL stands in for it.
 */
export function serverBase(server: string, baseUrl: string): string {
  if (/^https?:\/\//i.test(server)) return server;
  // A base that is a path (in a browser) has no origin to resolve against: the server stands as written.
  if (!/^https?:\/\//i.test(baseUrl)) return server;
  return new URL(server, baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`).href;
}
