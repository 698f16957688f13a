/**
 * Security schemes as OpenAPI defines them, applied per operation: its `security` lists
 * alternatives, each a set of schemes that go together; the first alternative the client has
 * every credential for is sent. `security: []` (public) sends none.
 */
import { base64 } from "./base64.js";
import { encodeValue } from "./parameters.js";

/**
 * A scheme as the runtime applies it. `bearer` stands for HTTP bearer, OAuth 2 and OpenID
 * Connect alike: the client holds a token and sends it as `Authorization: Bearer`.
 */
export type SecurityScheme = { type: "bearer" } | { type: "basic" } | { type: "apiKey"; in: "header" | "query" | "cookie"; name: string };

/** A token or API key; for HTTP basic, a user name and password. */
export type Credential = string | { username: string; password: string };

/** Credentials by the spec's security scheme names. */
export type Credentials = Readonly<Record<string, Credential | undefined>>;

/** Where credentials go: header values, query pairs (already encoded), cookie pairs. */
export interface AuthTarget {
  headers: Record<string, string>;
  query: string[];
  cookies: string[];
}

/**
 * The schemes to send for an operation: the first alternative that needs something and that
 * the client can meet whole. Without `security` (a spec that declares none), the token alone
 * goes as a bearer token, as it always has.
 */
export function chosenSchemes(security: readonly (readonly string[])[] | undefined, credentials: Credentials): readonly string[] | undefined {
  if (security === undefined) return undefined;
  return security.find((names) => names.length > 0 && names.every((name) => credentials[name] !== undefined)) ?? [];
}

/**
 * What makes a credential unsendable anywhere, or undefined: a line break or NUL inside it,
 * which no header, query or cookie can carry as typed (most often a paste that took a second
 * line). Whitespace at its ends is not inside: fetch trims it from a header value, and a
 * secret read from a file often ends in a newline.
 */
export function credentialFault(text: string): string | undefined {
  const inner = text.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "");
  if (/[\r\n]/.test(inner)) return "holds a line break";
  if (inner.includes("\0")) return "holds a NUL character";
  return undefined;
}

/** What makes a credential unsendable as a header value, or undefined: fetch takes only Latin-1 there. */
export function headerFault(text: string): string | undefined {
  return credentialFault(text) ?? (/[^\0-\xff]/.test(text) ? "holds a character beyond Latin-1" : undefined);
}

/** Adds each chosen scheme's credential where its scheme says. */
export function applyCredentials(names: readonly string[], schemes: Readonly<Record<string, SecurityScheme>>, credentials: Credentials, target: AuthTarget): void {
  for (const name of names) {
    const scheme = schemes[name];
    const credential = credentials[name];
    if (scheme === undefined || credential === undefined) continue;
    if (scheme.type === "bearer") target.headers.Authorization = `Bearer ${secretText(credential)}`;
    else if (scheme.type === "basic") target.headers.Authorization = `Basic ${base64(basicPair(credential))}`;
    else if (scheme.in === "header") target.headers[scheme.name] = secretText(credential);
    else if (scheme.in === "query") target.query.push(`${encodeValue(scheme.name)}=${encodeValue(secretText(credential))}`);
    else target.cookies.push(`${scheme.name}=${encodeValue(secretText(credential))}`);
  }
}

/** Every form in which a credential could be shown: the value, a password, and the basic pair's base64. */
export function credentialTexts(credentials: Credentials): string[] {
  const texts: string[] = [];
  for (const credential of Object.values(credentials)) {
    if (typeof credential === "string") texts.push(credential);
    else if (credential !== undefined) texts.push(credential.password, basicPair(credential), base64(basicPair(credential)));
  }
  return texts.filter((text) => text !== "");
}

function basicPair(credential: Credential): string {
  return typeof credential === "string" ? credential : `${credential.username}:${credential.password}`;
}

function secretText(credential: Credential): string {
  return typeof credential === "string" ? credential : basicPair(credential);
}
