import { defaultTimeout } from "../runtime/index.js";
import type { Command, Flag, Program } from "./program.js";

/** `nfbuild --help`: every command, global flags, where the token comes from, exit codes. */
export function programHelp(program: Program<unknown>, configFile: string): string {
  const rows = program.commands.map((c) => [c.name, `${c.summary ?? ""}${c.deprecated ? " (deprecated)" : ""}${c.aliases.length ? ` (also: ${c.aliases.join(", ")})` : ""}`]);
  rows.push(["login", "Store an API token (read from stdin or asked for) in the config file"], ["logout", "Remove the stored token"], ["config", "get, set or unset base-url and token; path"]);
  return [
    `${program.name} ${program.version}: ${program.title}`,
    "",
    `Usage: ${program.name} <command> [flags]`,
    "",
    "Commands:",
    ...table(rows),
    "",
    ...commonText(program, configFile),
    "",
    `Run '${program.name} <command> --help' for a command's flags and examples.`,
  ].join("\n");
}

/** `nfbuild start-job-build --help`: the operation's own words, every flag with its rules, examples. */
export function commandHelp(program: Program<unknown>, command: Command<unknown>, configFile: string): string {
  const required = command.flags.filter((f) => f.required).map(usage);
  const lines = [command.summary ?? command.name];
  if (command.deprecated) lines.push("", "Deprecated.");
  if (command.description && command.description.trim() !== command.summary) lines.push("", plain(command.description));
  if (command.permission && !command.description?.includes(command.permission)) lines.push("", `Required permission: ${command.permission}`);
  lines.push("", `Usage: ${program.name} ${command.name} ${[...required, "[flags]"].join(" ")}`);
  for (const alias of command.aliases) lines.push(`   or: ${program.name} ${alias} ...`);
  const rows = command.flags.map((f) => [usage(f), flagText(f)]);
  if (command.bodyKind === "text") rows.push(["--body <text|@file|->", "The request body as text: inline, from a file, or from stdin."]);
  else if (command.bodyKind === "file") rows.push(["--body <@file>", "The request body: the file's bytes, sent as they are."]);
  else if (command.hasBody) rows.push(["--body <json|@file|->", "The whole request body as JSON or YAML: inline, from a file, or from stdin. Flags override its fields."]);
  lines.push("", "Flags:", ...table(rows));
  if (command.examples.length > 0) {
    lines.push("", "Examples:");
    for (const example of command.examples) lines.push(`  # ${example.title}`, `  ${[program.name, ...example.argv].map(shellQuote).join(" ")}`);
  }
  lines.push("", ...commonText(program, configFile));
  return lines.join("\n");
}

/** The commands every generated CLI has besides its operations. */
export const builtinCommands = ["login", "logout", "config"] as const;
export type BuiltinCommand = (typeof builtinCommands)[number];

/** `nfbuild login --help` and the like. */
export function builtinHelp(program: Program<unknown>, command: BuiltinCommand, configFile: string): string {
  const name = program.name;
  const others = (program.auth ?? []).filter((option) => option.kind !== "bearer");
  const otherLines = others.map((option) => `       ${name} config set ${option.flag.padEnd(16)} store the ${option.description} credential, read from stdin`);
  const text: Record<BuiltinCommand, string[]> = {
    login: [
      "Store an API token in the config file, readable by you only (mode 0600).",
      "",
      `Usage: ${name} login`,
      `       printf '%s' "$TOKEN" | ${name} login`,
      "",
      "On a terminal it asks for the token without echoing it; otherwise it reads the token from stdin.",
      `The token is used when neither --token nor ${program.envPrefix}_TOKEN is set.`,
    ],
    logout: [`Remove the stored token${others.length > 0 ? " and credentials" : ""} from the config file (the base URL, if stored, stays).`, "", `Usage: ${name} logout`],
    config: [
      "Show or change what the config file stores.",
      "",
      `Usage: ${name} config path                 print where the config file is`,
      `       ${name} config get <base-url|token>  print a stored value (a token only as "(set)")`,
      `       ${name} config set base-url <url>    store the base URL`,
      `       ${name} config set token             store the token, read from stdin`,
      ...otherLines,
      `       ${name} config unset <base-url|token${others.map((option) => `|${option.flag}`).join("")}>`,
    ],
  };
  return [...text[command], "", `Config file: ${configFile}`].join("\n");
}

function commonText(program: Program<unknown>, configFile: string): string[] {
  const env = program.envPrefix;
  return [
    "Global flags:",
    ...table([
      ["--output <human|json>", "human (default): a short summary; json: the response body, and nothing else, on stdout"],
      ["--dry-run", "print the request (method, URL, headers, body; token and secrets cut out) and send nothing"],
      ["--token <token>", `the API token; other local users can read it in the process list, so prefer ${env}_TOKEN or '${program.name} login'`],
      ...(program.auth ?? [])
        .filter((option) => option.kind !== "bearer")
        .map((option): [string, string] => [`--${option.flag} <${option.kind === "basic" ? "user:password" : "key"}>`, `${option.description} (or ${option.env}, or 'config set ${option.flag}')`]),
      ["--base-url <url>", `where requests go (or ${env}_URL; default ${program.defaultBaseUrl ?? "none: required"})`],
      ["--timeout <ms>", `per attempt; 0 for no limit (default ${defaultTimeout})`],
      ["--retries <n>", "retries on 429, 503, connections never made, and 502, 504 for GET, PUT, DELETE (default 2)"],
      ["--no-validate", "send the input even if it breaks the spec"],
      ["--help, --version", ""],
    ]),
    "",
    `Token: --token, else ${env}_TOKEN, else ${configFile} (written by '${program.name} login', mode 0600).`,
    "Exit codes: 0 success; 1 the API refused the request (status, message and error id on stderr); 2 usage, validation or config error, nothing sent; 3 no answer, and running it again is safe (no connection could be made, or a GET); 4 a local file (config, stdin) could not be read or written; 5 the request may have been carried out, or was (accepted but its answer could not be handled, connection dropped after sending, timeout, a gateway's 502 or 504): check before running it again.",
  ];
}

/** `--project-id <string>`; a boolean flag is a switch, true alone: `--force [true|false]`. */
function usage(flag: Flag): string {
  if (flag.kind === "value" && flag.type === "boolean") return `--${flag.flag} [true|false]`;
  return `--${flag.flag} <${placeholder(flag)}>`;
}

function placeholder(flag: Flag): string {
  if (flag.kind === "map") return "KEY=VALUE";
  if (flag.kind === "fileMap") return "KEY=@FILE";
  if (flag.kind === "file") return "@FILE";
  if (flag.kind === "json") return "JSON";
  return flag.type;
}

function flagText(flag: Flag): string {
  const notes = [flag.required ? "required" : "", flag.kind === "value" || flag.kind === "file" ? "" : "repeatable"].filter(Boolean);
  const rules = flag.constraints.length > 0 ? ` [${flag.constraints.join("; ")}]` : "";
  const file = flag.kind === "fileMap" ? ` The file is read and base64-encoded into ${flag.contentField}.` : "";
  return `${notes.length ? `(${notes.join(", ")}) ` : ""}${sentence(plain(flag.description ?? ""))}${file}${rules}`.trim();
}

/** Ends with a full stop, so further text reads as a new sentence. */
function sentence(text: string): string {
  return text === "" || /[.!?:]$/.test(text) ? text : `${text}.`;
}

/** Markdown emphasis stripped, one paragraph per line. */
function plain(text: string): string {
  return text.trim().replace(/\*\*(.+?)\*\*/g, "$1").replace(/`([^`]+)`/g, "$1");
}

function table(rows: string[][]): string[] {
  const width = Math.min(32, Math.max(...rows.map(([left]) => left!.length)) + 2);
  return rows.map(([left, right]) => `  ${left!.padEnd(width)}${right}`.trimEnd());
}

/** Quotes an argument for a POSIX shell when it needs it. */
export function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}
