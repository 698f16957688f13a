import { parseArgs, type ParseArgsConfig } from "node:util";
import {
  isApiError,
  isInvalidResponseError,
  isNetworkError,
  isTimeoutError,
  isValidationError,
  type ApiError,
  type CallOptions,
  type ValidationError,
} from "../runtime/index.js";
import { configPath, readConfig, writeConfig, type StoredConfig } from "./config.js";
import { dryRun } from "./dry-run.js";
import { commandHelp, programHelp } from "./help.js";
import { buildInput } from "./input.js";
import { humanSummary } from "./output.js";
import { CliError, Exit, type Command, type Program } from "./program.js";

/** What the CLI touches outside itself, so tests and the bin can differ only here. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** All of stdin, as text. */
  readStdin: () => string;
  /** Asks for a secret on the terminal without echoing it; undefined when stdin is not a terminal. */
  promptSecret?: (question: string) => Promise<string>;
  env: NodeJS.ProcessEnv;
}

/** Runs one command line; resolves with the exit code. Never throws, never prints a stack trace. */
export async function runCli<C>(program: Program<C>, argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(program, argv, io);
  } catch (error) {
    return report(program, error, io);
  }
}

async function dispatch<C>(program: Program<C>, argv: string[], io: CliIo): Promise<number> {
  const configFile = configPath(program.name, io.env);
  const [first] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") return print(io, programHelp(program as Program<unknown>, configFile));
  if (first === "--version" || first === "-v") return print(io, program.version);
  if (first === "login") return login(program, configFile, argv.slice(1), io);
  if (first === "logout") return updateConfig(configFile, io, (config) => ({ ...config, token: undefined }), "token removed");
  if (first === "config") return configCommand(program, configFile, argv.slice(1), io);

  const match = findCommand(program, argv);
  if (!match) throw new CliError(`unknown command '${first}'; run '${program.name} --help' for the list`, Exit.usage);
  const { command, rest } = match;
  const parsed = parseFlags(program, command, rest);
  if (parsed.help) return print(io, commandHelp(program as Program<unknown>, command as Command<unknown>, configFile));

  const output = parsed.output ?? "human";
  if (output !== "human" && output !== "json") throw new CliError(`--output: expected human or json, not '${output}'`, Exit.usage);
  // The config file is read only when a flag or variable leaves something to it, so a broken
  // file never stops a run that does not need it.
  let stored: StoredConfig | undefined;
  const fromFile = () => (stored ??= readConfig(configFile));
  const env = program.envPrefix;
  const token = parsed.token ?? io.env[`${env}_TOKEN`] ?? fromFile().token;
  const baseUrl = parsed["base-url"] ?? io.env[`${env}_URL`] ?? fromFile().baseUrl ?? program.defaultBaseUrl;
  if (!baseUrl) throw new CliError(`no base URL: pass --base-url or set ${env}_URL`, Exit.usage);
  const callOptions: CallOptions = { timeout: count(parsed.timeout, "--timeout"), maxRetries: count(parsed.retries, "--retries"), validate: !parsed["no-validate"] };
  const input = buildInput(command as Command<unknown>, { body: parsed.body, flags: parsed.values }, io.readStdin);

  if (parsed["dry-run"]) return print(io, await dryRun(program, command, input, { baseUrl, token, ...callOptions }, output));
  if (!token) throw new CliError(`no API token: set ${env}_TOKEN, run '${program.name} login', or pass --token`, Exit.usage);
  const client = program.createClient({ baseUrl, token });
  const result = await command.call(client, input as never, callOptions);
  return print(io, output === "json" ? JSON.stringify(result ?? null, null, 2) : humanSummary(result, command.summaryTemplate));
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
  help: { type: "boolean", short: "h" },
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
  for (const flag of command.flags) options[flag.flag] = { type: flag.kind === "value" && flag.type === "boolean" ? "boolean" : "string", multiple: flag.kind !== "value" };
  try {
    const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
    return { ...(values as GlobalValues), values };
  } catch (error) {
    const reason = (error as Error).message.split(". ")[0]!.replace(/\.$/, "");
    throw new CliError(`${reason}; see '${program.name} ${command.name} --help'`, Exit.usage);
  }
}

function count(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new CliError(`${name}: expected a whole number, not '${raw}'`, Exit.usage);
  return Number(raw);
}

async function login<C>(program: Program<C>, configFile: string, args: string[], io: CliIo): Promise<number> {
  if (args.length > 0) throw new CliError(`login takes no arguments: it reads the token from stdin, or asks for it`, Exit.usage);
  const token = (io.promptSecret ? await io.promptSecret("API token: ") : io.readStdin()).trim();
  if (!token) throw new CliError("login: no token given", Exit.usage);
  return updateConfig(configFile, io, (config) => ({ ...config, token }), `token saved to ${configFile} (readable by you only); ${program.name} uses it when --token and ${program.envPrefix}_TOKEN are not set`);
}

/** `config path`, `config get KEY`, `config set KEY VALUE` (token: from stdin), `config unset KEY`. */
function configCommand<C>(program: Program<C>, configFile: string, args: string[], io: CliIo): number {
  const [action, key, value] = args;
  const field = ({ "base-url": "baseUrl", token: "token" } as Record<string, keyof StoredConfig>)[key ?? ""];
  const usage = `usage: ${program.name} config path | get <base-url|token> | set base-url <url> | set token (reads stdin) | unset <base-url|token>`;
  if (action === "path" && key === undefined) return print(io, configFile);
  if (!field || !["get", "set", "unset"].includes(action ?? "")) throw new CliError(usage, Exit.usage);
  if (action === "get") {
    const stored = readConfig(configFile)[field];
    // Never print a stored token: say whether there is one.
    return print(io, stored === undefined ? "(not set)" : field === "token" ? "(set)" : stored);
  }
  if (action === "unset") return updateConfig(configFile, io, (config) => ({ ...config, [field]: undefined }), `${key} removed`);
  if (field === "token" && value !== undefined) throw new CliError(`config set token reads the token from stdin, so it stays out of your shell history`, Exit.usage);
  const next = field === "token" ? io.readStdin().trim() : value;
  if (!next) throw new CliError(usage, Exit.usage);
  if (field === "baseUrl" && !/^https?:\/\//.test(next)) throw new CliError(`config set base-url: expected an http(s) URL`, Exit.usage);
  return updateConfig(configFile, io, (config) => ({ ...config, [field]: next }), `${key} saved to ${configFile}`);
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
function report<C>(program: Program<C>, error: unknown, io: CliIo): number {
  const [lines, code] = describeFailure(error);
  io.stderr(`${program.name}: ${lines.join("\n  ")}\n`);
  return code;
}

function describeFailure(error: unknown): [string[], number] {
  if (error instanceof CliError) return [[error.message], error.exitCode];
  if (isValidationError(error)) return [["invalid input; nothing was sent:", ...(error as ValidationError).violations.map((v) => `${v.path}: ${v.message}`)], Exit.usage];
  if (isApiError(error)) {
    const { message, id } = error as ApiError;
    return [[`${message}${id ? ` (error id: ${id})` : ""}`], Exit.api];
  }
  if (isInvalidResponseError(error)) return [[(error as Error).message], Exit.api];
  if (isNetworkError(error) || isTimeoutError(error)) return [[(error as Error).message], Exit.network];
  return [[`internal error: ${error instanceof Error ? error.message : String(error)} (please report this)`], Exit.internal];
}
