import { chmodSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { makeFolder } from "../fs/make-folder.js";
import { reasonOf } from "../fs/reason.js";
import { CliError, Exit } from "./program.js";

/** What `login` and `config set` store. */
export interface StoredConfig {
  token?: string;
  baseUrl?: string;
  /** Credentials of the spec's other security schemes, by scheme name. */
  auth?: Record<string, string>;
}

/** `$XDG_CONFIG_HOME/<name>/config.json` (`~/.config`), `~/Library/Application Support` on macOS, `%APPDATA%` on Windows. */
export function configPath(program: string, env: Record<string, string | undefined> = process.env): string {
  const base =
    process.platform === "win32"
      ? (env.APPDATA ?? join(homedir(), "AppData", "Roaming"))
      : process.platform === "darwin" && !env.XDG_CONFIG_HOME
        ? join(homedir(), "Library", "Application Support")
        : (env.XDG_CONFIG_HOME || join(homedir(), ".config"));
  return join(base, program, "config.json");
}

/** The stored config; none yet is empty. A file that is not ours to read is a usage error (2), one that cannot be read an I/O error (4). */
export function readConfig(path: string): StoredConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return {};
    throw new CliError(`cannot read the config file ${path}: ${reasonOf(error)}`, Exit.io);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CliError(`${path}: not valid JSON; fix it or delete it`, Exit.usage);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new CliError(`${path}: expected a JSON object; fix it or delete it`, Exit.usage);
  const config = parsed as Record<string, unknown>;
  for (const key of ["token", "baseUrl"] as const) {
    if (config[key] !== undefined && typeof config[key] !== "string") throw new CliError(`${path}: "${key}" must be a string, not ${describe(config[key])}; fix it or delete it`, Exit.usage);
  }
  const auth = config.auth;
  if (auth !== undefined && (typeof auth !== "object" || auth === null || Array.isArray(auth))) throw new CliError(`${path}: "auth" must be an object of strings, not ${describe(auth)}; fix it or delete it`, Exit.usage);
  for (const [scheme, value] of Object.entries(auth ?? {})) {
    if (typeof value !== "string") throw new CliError(`${path}: "auth.${scheme}" must be a string, not ${describe(value)}; fix it or delete it`, Exit.usage);
  }
  return {
    ...(config.token === undefined ? {} : { token: config.token as string }),
    ...(config.baseUrl === undefined ? {} : { baseUrl: config.baseUrl as string }),
    ...(auth === undefined || Object.keys(auth).length === 0 ? {} : { auth: auth as Record<string, string> }),
  };
}

/** Writes the config readable by its owner only (0600): it holds a token. Any failure is one line, exit 4. */
export function writeConfig(path: string, config: StoredConfig): void {
  const fail = (why: string) => new CliError(`cannot write the config file ${path}: ${why}`, Exit.io);
  try {
    if (Object.keys(config).length === 0) {
      rmSync(path, { force: true });
      return;
    }
    makeFolder(dirname(path), fail, 0o700);
    writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
    chmodSync(path, 0o600);
  } catch (error) {
    throw error instanceof CliError ? error : fail(reasonOf(error));
  }
}

/** A value's JSON type, never the value: it may be a token. */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
