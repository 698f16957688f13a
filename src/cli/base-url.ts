import { CliError, Exit } from "./program.js";

/**
 * A base URL the client can use, or one line saying what is wrong and where it came from
 * (`--base-url`, the environment, the config file). The URL itself is never quoted: it may
 * hold a password.
 */
export function checkBaseUrl(url: string, source: string): string {
  const refuse = (why: string) => new CliError(`${source}: ${why}`, Exit.usage);
  // Only the scheme is ever shown, and only when it ends in "://", before any user:password@.
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1];
  let parsed: URL | undefined;
  try {
    parsed = scheme === undefined ? undefined : new URL(url);
  } catch {
    // Reported below, as for no scheme at all.
  }
  if (!parsed) throw refuse("not an absolute URL; give it as https://host[/path]");
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw refuse(`the scheme must be http or https, not '${scheme!.toLowerCase()}'`);
  if (parsed.username || parsed.password) throw refuse("must not hold credentials (user:password@); give the API token as the token instead");
  if (parsed.search || parsed.hash || url.includes("?") || url.includes("#")) throw refuse("must not have a query (?...) or fragment (#...)");
  return url;
}
