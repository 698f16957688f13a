import { parseArgs, type ParseArgsConfig } from "node:util";
import {
  isApiError,
  isInvalidResponseError,
  isNetworkError,
  isResponseHandlingError,
  isTimeoutError,
  isValidationError,
  mayHaveTakenEffect,
  type ApiError,
  type NetworkError,
  type CallOptions,
  type ValidationError,
} from "../runtime/index.js";
import { checkBaseUrl } from "./base-url.js";
import { configPath, readConfig, writeConfig, type StoredConfig } from "./config.js";
import { checkCredential, credentialsFrom, missingCredentials } from "./credentials.js";
import { dryRun } from "./dry-run.js";
import { builtinCommands, builtinHelp, commandHelp, programHelp, type BuiltinCommand } from "./help.js";
import { buildInput } from "./input.js";
import { inertIo, type CliIo } from "./io.js";
import { humanSummary } from "./output.js";
import { CliError, clientFor, Exit, type AuthOption, type Command, type Program } from "./program.js";
import { redactingIo, Secrets } from "./secrets.js";
import { nearest } from "./suggest.js";

export type { CliIo };

/**
 * Runs one command line; resolves with the exit code. Never throws, never prints a stack
 * trace, and never prints a secret it knows of: every line goes out through `redactingIo`.
 */
export async function runCli<C>(program: Program<C>, argv: string[], io: CliIo): Promise<number> {
  const secrets = new Secrets();
  // Known before anything is parsed, so even a message about a bad flag cannot show them.
  secrets.addToken(io.env[`${program.envPrefix}_TOKEN`]);
  for (const option of otherSchemes(program)) secrets.addToken(io.env[option.env]);
  const credentialFlags = ["token", ...otherSchemes(program).map((option) => option.flag)];
  for (const [i, arg] of argv.entries()) {
    for (const flag of credentialFlags) {
      if (arg === `--${flag}`) secrets.addToken(argv[i + 1]);
      else if (arg.startsWith(`--${flag}=`)) secrets.addToken(arg.slice(flag.length + 3));
    }
  }
  // Secrets are cut first, as the server sent them; then control characters are made harmless.
  const shown = redactingIo(inertIo(io), secrets);
  try {
    return await dispatch(program, argv, shown, secrets);
  } catch (error) {
    return report(program, error, shown);
  }
}

async function dispatch<C>(program: Program<C>, argv: string[], io: CliIo, secrets: Secrets): Promise<number> {
  const configFile = configPath(program.name, io.env);
  // `--help` anywhere, or `help <command>`, prints help and does nothing else.
  const words = helpRequest(argv);
  if (words) return print(io, helpText(program, words, configFile));
  const [first] = argv;
  // `--version` anywhere before a `--`, as `--help`: a global flag, so it never acts either.
  if (first === "-v" || flagsOf(argv).includes("--version")) return print(io, program.version);
  if (first === "login") return login(program, configFile, argv.slice(1), io, secrets);
  if (first === "logout") {
    if (argv.length > 1) throw new CliError(`logout takes no arguments; see '${program.name} logout --help'`, Exit.usage);
    return updateConfig(configFile, io, (config) => ({ ...config, token: undefined, auth: undefined }), "token removed");
  }
  if (first === "config") return configCommand(program, configFile, argv.slice(1), io);

  const { command, rest } = commandFor(program, argv);
  const parsed = parseFlags(program, command, rest);
  const output = parsed.output ?? "human";
  if (output !== "human" && output !== "json") throw new CliError(`--output: expected human or json, not '${output}'`, Exit.usage);
  // The config file is read only when a flag or variable leaves something to it, so a broken
  // file never stops a run that does not need it.
  let stored: StoredConfig | undefined;
  const fromFile = () => (stored ??= readConfig(configFile));
  const env = program.envPrefix;
  // An empty variable counts as unset, as in most shells' `${VAR:-...}`.
  const token = parsed.token ?? (io.env[`${env}_TOKEN`] || undefined) ?? fromFile().token;
  secrets.addToken(token);
  if (token !== undefined) checkCredential(token, parsed.token !== undefined ? "--token" : io.env[`${env}_TOKEN`] ? `${env}_TOKEN` : `the token in ${configFile}`, true);
  const auth = credentialsFrom(otherSchemes(program), parsed.values, io.env, () => fromFile().auth);
  secrets.addCredentials(auth);
  const baseUrl = resolveBaseUrl(program, parsed["base-url"], io.env, fromFile, configFile);
  const callOptions: CallOptions = { timeout: count(parsed.timeout, "--timeout"), maxRetries: count(parsed.retries, "--retries"), validate: !parsed["no-validate"] };
  const input = buildInput(command as Command<unknown>, { body: parsed.body, flags: parsed.values }, io.readStdin);
  secrets.addInput(command.inputSchema, input);

  if (parsed["dry-run"]) return print(io, await dryRun(program, command, input, { baseUrl, token, auth, ...callOptions }, output));
  const missing = missingCredentials(program, command, token, auth);
  if (missing) throw new CliError(missing, Exit.usage);
  const client = clientFor(program, { baseUrl, token, auth });
  const result = secrets.cutFrom(await command.call(client, input as never, callOptions));
  return print(io, output === "json" ? JSON.stringify(result ?? null, null, 2) : humanSummary(result, command.summaryTemplate));
}

/**
 * `--base-url`, else the environment, else the config file, checked wherever it came from; else
 * undefined: the spec's servers (its first, and any operation's own) serve.
 */
function resolveBaseUrl<C>(program: Program<C>, flag: string | undefined, env: Record<string, string | undefined>, fromFile: () => StoredConfig, configFile: string): string | undefined {
  const variable = `${program.envPrefix}_URL`;
  if (flag !== undefined) return checkBaseUrl(flag, "--base-url");
  if (env[variable]) return checkBaseUrl(env[variable], variable);
  const stored = fromFile().baseUrl;
  if (stored !== undefined) return checkBaseUrl(stored, `the base URL in ${configFile}`);
  if (program.defaultBaseUrl) return undefined;
  throw new CliError(`no base URL: pass --base-url or set ${variable}`, Exit.usage);
}

/**
 * The words naming what help is asked for (empty: the program), when the line asks for help:
 * `--help` or `-h` anywhere before a `--`, `help ...`, or nothing at all.
 */
function helpRequest(argv: string[]): string[] | undefined {
  const before = flagsOf(argv);
  const flagged = before.some((arg) => arg === "--help" || arg === "-h");
  if (argv.length === 0) return [];
  if (argv[0] === "help") return before.slice(1).filter((arg) => arg !== "--help" && arg !== "-h");
  return flagged ? before.filter((arg) => arg !== "--help" && arg !== "-h") : undefined;
}

/** The words before a `--`: after it, everything is a value, `--help` and `--version` too. */
function flagsOf(argv: string[]): string[] {
  return argv.includes("--") ? argv.slice(0, argv.indexOf("--")) : argv;
}

function helpText<C>(program: Program<C>, words: string[], configFile: string): string {
  const [first] = words;
  if (first === undefined || first.startsWith("-")) return programHelp(program as Program<unknown>, configFile);
  if ((builtinCommands as readonly string[]).includes(first)) return builtinHelp(program as Program<unknown>, first as BuiltinCommand, configFile);
  return commandHelp(program as Program<unknown>, commandFor(program, words).command as Command<unknown>, configFile);
}

/** The command the line starts with, or a usage error that suggests the nearest name. */
function commandFor<C>(program: Program<C>, argv: string[]): { command: Command<C>; rest: string[] } {
  const match = findCommand(program, argv);
  if (match) return match;
  const typed = argv[0] ?? "";
  const guess = typed.startsWith("-") ? undefined : nearest(typed, [...program.commands.map((c) => c.name), ...builtinCommands]);
  const what = typed.startsWith("-") ? `expected a command before '${typed}'` : `unknown command '${typed}'${guess ? ` (did you mean '${guess}'?)` : ""}`;
  throw new CliError(`${what}; run '${program.name} --help' for the list`, Exit.usage);
}

/** The longest command name or alias (aliases may be several words) that starts the line. */
function findCommand<C>(program: Program<C>, argv: string[]): { command: Command<C>; rest: string[] } | undefined {
  let best: { command: Command<C>; rest: string[]; words: number } | undefined;
  for (const command of program.commands) {
    for (const name of [command.name, ...command.aliases]) {
      const words = name.split(/\s+/);
      if (words.every((word, i) => argv[i] === word) && (!best || words.length > best.words)) best = { command, rest: argv.slice(words.length), words: words.length };
    }
  }
  return best;
}

const globalOptions = {
  output: { type: "string", short: "o" },
  body: { type: "string" },
  "dry-run": { type: "boolean" },
  token: { type: "string" },
  "base-url": { type: "string" },
  timeout: { type: "string" },
  retries: { type: "string" },
  "no-validate": { type: "boolean" },
} satisfies ParseArgsConfig["options"];

type GlobalValues = { [K in keyof typeof globalOptions]?: (typeof globalOptions)[K]["type"] extends "boolean" ? boolean : string };

function parseFlags<C>(program: Program<C>, command: Command<C>, args: string[]): GlobalValues & { values: Record<string, string | boolean | (string | boolean)[] | undefined> } {
  const options: NonNullable<ParseArgsConfig["options"]> = { ...globalOptions };
  for (const option of otherSchemes(program)) options[option.flag] = { type: "string" };
  for (const flag of command.flags) options[flag.flag] = { type: "string", multiple: flag.kind !== "value" && flag.kind !== "file" };
  const switches = new Set(command.flags.filter((flag) => flag.kind === "value" && flag.type === "boolean").map((flag) => flag.flag));
  const seeHelp = `see '${program.name} ${command.name} --help'`;
  let parsed;
  try {
    parsed = parseArgs({ args: withSwitchValues(withNegativeValues(args, options), switches), options, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    throw new CliError(`${parserReason(error, Object.keys(options))}; ${seeHelp}`, Exit.usage);
  }
  // parseArgs keeps the last of a repeated flag; a flag that takes one value must be given once.
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== "option" || options[token.name]?.multiple || options[token.name]?.type !== "string") continue;
    if (seen.has(token.name)) throw new CliError(`--${token.name} is given more than once; give it once (${seeHelp})`, Exit.usage);
    seen.add(token.name);
  }
  return { ...(parsed.values as GlobalValues), values: parsed.values };
}

/** `--timeout -1` as `--timeout=-1`: a negative number after a flag that takes a value is that value, so it gets the flag's own message. */
function withNegativeValues(args: string[], options: NonNullable<ParseArgsConfig["options"]>): string[] {
  const result: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (arg.startsWith("--") && !arg.includes("=") && options[arg.slice(2)]?.type === "string" && next !== undefined && /^-\d/.test(next)) {
      result.push(`${arg}=${next}`);
      i++;
    } else result.push(arg);
  }
  return result;
}

/**
 * A boolean flag alone means true (`--force`); it also takes `true` or `false`, as the next
 * word or after `=` (`--force false`, `--force=false`), so false can be given too.
 */
function withSwitchValues(args: string[], switches: ReadonlySet<string>): string[] {
  const result: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith("--") || arg.includes("=") || !switches.has(arg.slice(2))) result.push(arg);
    else if (args[i + 1] === "true" || args[i + 1] === "false") result.push(`${arg}=${args[++i]}`);
    else result.push(`${arg}=true`);
  }
  return result;
}

/** Node's parser message, first sentence only and on one line, with the nearest flag for a misspelt one. */
function parserReason(error: unknown, flags: string[]): string {
  const message = error instanceof Error ? error.message : String(error);
  const reason = message.split(/\.(?:\s|$)/)[0]!.replace(/\s+/g, " ").trim();
  const unknown = /^Unknown option '--([^'=]+)'/.exec(message)?.[1];
  const guess = unknown === undefined ? undefined : nearest(unknown, flags);
  return guess ? `${reason} (did you mean '--${guess}'?)` : reason;
}

/** The security schemes with a flag of their own: all but bearer ones, which share `--token`. */
function otherSchemes<C>(program: Program<C>): AuthOption[] {
  return (program.auth ?? []).filter((option) => option.kind !== "bearer");
}

function count(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new CliError(`${name}: expected a whole number, not '${raw}'`, Exit.usage);
  return Number(raw);
}

async function login<C>(program: Program<C>, configFile: string, args: string[], io: CliIo, secrets: Secrets): Promise<number> {
  if (args.length > 0) throw new CliError(`login takes no arguments: it reads the token from stdin, or asks for it; see '${program.name} login --help'`, Exit.usage);
  const token = (io.promptSecret ? await io.promptSecret("API token: ") : io.readStdin()).trim();
  secrets.addToken(token);
  if (!token) throw new CliError("login: no token given", Exit.usage);
  checkCredential(token, "login: the token", true);
  return updateConfig(configFile, io, (config) => ({ ...config, token }), `token saved to ${configFile} (readable by you only); ${program.name} uses it when --token and ${program.envPrefix}_TOKEN are not set`);
}

/** `config path`, `config get KEY`, `config set KEY VALUE` (credentials: from stdin), `config unset KEY`. */
function configCommand<C>(program: Program<C>, configFile: string, args: string[], io: CliIo): number {
  const [action, name, value, ...extra] = args;
  const keys = configKeys(program);
  const key = keys.find((k) => k.name === name);
  const secretNames = keys.filter((k) => k.secret).map((k) => k.name).join("|");
  const usage = `usage: ${program.name} config path | get <${keys.map((k) => k.name).join("|")}> | set base-url <url> | set <${secretNames}> (reads stdin) | unset <${keys.map((k) => k.name).join("|")}>`;
  if (action === "path" && name === undefined) return print(io, configFile);
  if (!key || !["get", "set", "unset"].includes(action ?? "") || extra.length > 0 || (action !== "set" && value !== undefined)) throw new CliError(usage, Exit.usage);
  if (action === "get") {
    const stored = key.get(readConfig(configFile));
    // Never print a stored credential: say whether there is one.
    return print(io, stored === undefined ? "(not set)" : key.secret ? "(set)" : stored);
  }
  if (action === "unset") return updateConfig(configFile, io, (config) => key.set(config, undefined), `${name} removed`);
  if (key.secret && value !== undefined) throw new CliError(`config set ${name} reads the value from stdin, so it stays out of your shell history`, Exit.usage);
  const next = key.secret ? io.readStdin().trim() : value;
  if (!next) throw new CliError(usage, Exit.usage);
  if (!key.secret) checkBaseUrl(next, "config set base-url");
  else checkCredential(next, `config set ${name}: the value`, name === "token");
  return updateConfig(configFile, io, (config) => key.set(config, next), `${name} saved to ${configFile}`);
}

interface ConfigKey {
  name: string;
  secret: boolean;
  get: (config: StoredConfig) => string | undefined;
  set: (config: StoredConfig, value: string | undefined) => StoredConfig;
}

/** What `config` reads and writes: the base URL, the token, and a credential per other security scheme. */
function configKeys<C>(program: Program<C>): ConfigKey[] {
  return [
    { name: "base-url", secret: false, get: (c) => c.baseUrl, set: (c, baseUrl) => ({ ...c, baseUrl }) },
    { name: "token", secret: true, get: (c) => c.token, set: (c, token) => ({ ...c, token }) },
    ...otherSchemes(program).map((option): ConfigKey => ({
      name: option.flag,
      secret: true,
      get: (c) => c.auth?.[option.scheme],
      set: (c, v) => {
        const auth = Object.fromEntries(Object.entries({ ...c.auth, [option.scheme]: v }).filter(([, item]) => item !== undefined)) as Record<string, string>;
        return { ...c, auth: Object.keys(auth).length > 0 ? auth : undefined };
      },
    })),
  ];
}

function updateConfig(path: string, io: CliIo, change: (config: StoredConfig) => StoredConfig, message: string): number {
  const next = change(readConfig(path));
  writeConfig(path, Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)));
  io.stderr(`${message}\n`);
  return Exit.ok;
}

function print(io: CliIo, text: string): number {
  io.stdout(`${text}\n`);
  return Exit.ok;
}

/** One line (or one per violation) on stderr, and the exit code for the kind of failure. */
function report<C>(program: Program<C>, error: unknown, io: Pick<CliIo, "stderr">): number {
  const [lines, code] = describeFailure(error);
  io.stderr(`${program.name}: ${lines.join("\n  ")}\n`);
  return code;
}

function describeFailure(error: unknown): [string[], number] {
  if (error instanceof CliError) return [[error.message], error.exitCode];
  if (isValidationError(error)) return [["invalid input; nothing was sent:", ...(error as ValidationError).violations.map((v) => `${v.path}: ${v.message}`)], Exit.usage];
  if (isApiError(error) || isNetworkError(error) || isTimeoutError(error) || isInvalidResponseError(error) || isResponseHandlingError(error)) {
    const { message, id } = error as ApiError;
    const line = `${message}${isApiError(error) && id ? ` (error id: ${id})` : ""}`;
    // The server accepted the request: it was carried out, so this is no network failure, and the message says so.
    if (isInvalidResponseError(error) || isResponseHandlingError(error)) return [[line], Exit.uncertain];
    if (mayHaveTakenEffect(error)) return [[`${line}; it may have reached the server and been carried out: check before running it again`], Exit.uncertain];
    if (isApiError(error)) return [[line], Exit.api];
    // No answer, and running it again is safe: nothing was sent, or the method changes nothing.
    return [[isNetworkError(error) && (error as NetworkError).sent === false ? `${line}; nothing reached the server` : line], Exit.network];
  }
  return [[`internal error: ${error instanceof Error ? error.message : String(error)} (please report this)`], Exit.internal];
}
