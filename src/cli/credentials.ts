import { credentialFault, headerFault } from "../runtime/auth.js";
import type { Credentials } from "../runtime/index.js";
import { CliError, Exit, type AuthOption, type Command, type Program } from "./program.js";

/**
 * Credentials for the spec's schemes other than bearer ones (which share `--token`): each
 * from its flag, else its environment variable, else the config file. A basic credential is
 * given as `user:password`. Messages name where a bad value came from, never the value.
 */
export function credentialsFrom(options: readonly AuthOption[], flags: Record<string, unknown>, env: Record<string, string | undefined>, stored: () => Record<string, string> | undefined): Credentials {
  const credentials: Record<string, Credentials[string]> = {};
  for (const option of options) {
    if (option.kind === "bearer") continue;
    const flag = flags[option.flag];
    const [raw, where] = typeof flag === "string" ? [flag, `--${option.flag}`] : env[option.env] ? [env[option.env]!, option.env] : [stored()?.[option.scheme], `the config file's auth.${option.scheme}`];
    if (raw === undefined) continue;
    checkCredential(raw, where, false);
    credentials[option.scheme] = option.kind === "basic" ? basicCredential(raw, where) : raw;
  }
  return credentials;
}

/**
 * A credential that could not be sent as given, refused where it came from, unquoted: a line
 * break or NUL inside it (a paste that took a second line), and for a token, what no header takes.
 */
export function checkCredential(value: string, where: string, inHeader: boolean): void {
  const fault = inHeader ? headerFault(value) : credentialFault(value);
  if (fault) throw new CliError(`${where} ${fault}, so it cannot be sent (its value is not shown)`, Exit.usage);
}

/** `user:password`, split at the first colon (a password may hold more). */
export function basicCredential(raw: string, where: string): { username: string; password: string } {
  const colon = raw.indexOf(":");
  if (colon < 0) throw new CliError(`${where}: expected user:password`, Exit.usage);
  return { username: raw.slice(0, colon), password: raw.slice(colon + 1) };
}

/**
 * Why the command cannot be sent as its spec's `security` asks, or undefined when it can: no
 * alternative it lists is covered whole by the token (for bearer schemes) and the other
 * credentials. A spec that declares no security asks for nothing.
 */
export function missingCredentials<C>(program: Program<C>, command: Command<C>, token: string | undefined, credentials: Credentials): string | undefined {
  const security = command.security;
  if (security === undefined || security.length === 0) return undefined;
  const options = new Map((program.auth ?? []).map((option) => [option.scheme, option]));
  // A scheme the CLI cannot send (mutual TLS, HTTP digest) is never covered.
  const has = (scheme: string) => {
    const option = options.get(scheme);
    return option !== undefined && (option.kind === "bearer" ? token !== undefined : credentials[scheme] !== undefined);
  };
  if (security.some((alternative) => alternative.every(has))) return undefined;
  const onlyToken = security.every((alternative) => alternative.every((scheme) => options.get(scheme)?.kind === "bearer"));
  if (onlyToken) return `no API token: set ${program.envPrefix}_TOKEN, run '${program.name} login', or pass --token`;
  const way = (scheme: string) => {
    const option = options.get(scheme);
    return option ? `--${option.flag} (or ${option.env})` : `${scheme} (which this CLI cannot send)`;
  };
  const alternatives = security.map((alternative) => alternative.map(way).join(" and "));
  return `no credentials for ${command.name}: it needs ${[...new Set(alternatives)].join(", or ")}`;
}
