import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { CliError, Exit } from "./program.js";

/** What `login` and `config set` store. */
export interface StoredConfig {
  token?: string;
  baseUrl?: string;
}

/** `$XDG_CONFIG_HOME/<name>/config.json` (`~/.config`), `~/Library/Application Support` on macOS, `%APPDATA%` on Windows. */
export function configPath(program: string, env: NodeJS.ProcessEnv = process.env): string {
  const base =
    process.platform === "win32"
      ? (env.APPDATA ?? join(homedir(), "AppData", "Roaming"))
      : process.platform === "darwin" && !env.XDG_CONFIG_HOME
        ? join(homedir(), "Library", "Application Support")
        : (env.XDG_CONFIG_HOME ?? join(homedir(), ".config"));
  return join(base, program, "config.json");
}

export function readConfig(path: string): StoredConfig {
  if (!existsSync(path)) return {};
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as unknown;
    return typeof parsed === "object" && parsed !== null ? (parsed as StoredConfig) : {};
  } catch {
    throw new CliError(`${path}: not valid JSON; fix it or delete it`, Exit.usage);
  }
}

/** Writes the config readable by its owner only (0600): it holds a token. */
export function writeConfig(path: string, config: StoredConfig): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  if (Object.keys(config).length === 0) {
    rmSync(path, { force: true });
    return;
  }
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}
