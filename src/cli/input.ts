import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { base64 } from "../runtime/base64.js";
import { CliError, Exit, type Command, type Flag } from "./program.js";

/** What the command line gave for one command, before it becomes the client's input. */
export interface GivenValues {
  /** `--body`: JSON or YAML text, `@file`, or `-` for stdin. */
  body?: string;
  /** Each flag's raw values, in order (maps repeat). */
  flags: Record<string, string | boolean | (string | boolean)[] | undefined>;
}

/**
 * The client's input object: the `--body` document first, then every flag set on top of
 * it (a flag wins over the same field in the body). Files named with `@` are read here.
 */
export function buildInput(command: Command<unknown>, given: GivenValues, readStdin: () => string): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  if (given.body !== undefined && command.bodyKind !== undefined) input.body = readRawBody(given.body, command.bodyKind, readStdin);
  else if (given.body !== undefined) {
    const target = command.bodyInProperty ? ["body"] : [];
    setPath(input, target, readDocument(given.body, "--body", readStdin));
  }
  for (const flag of command.flags) {
    const raw = given.flags[flag.flag];
    if (raw === undefined) continue;
    for (const value of Array.isArray(raw) ? raw : [raw]) applyFlag(input, flag, value);
  }
  return input;
}

function applyFlag(input: Record<string, unknown>, flag: Flag, raw: string | boolean): void {
  const name = `--${flag.flag}`;
  if (flag.kind === "value") return setPath(input, flag.target, scalar(raw, flag.type, name));
  if (flag.kind === "json") return setPath(input, flag.target, readDocument(String(raw), name, () => ""));
  if (flag.kind === "list") return setPath(input, flag.target, [...listAt(input, flag.target), scalar(raw, flag.type, name)]);
  if (flag.kind === "file") {
    if (typeof raw !== "string" || !raw.startsWith("@")) throw new CliError(`${name}: give a file as @PATH`, Exit.usage);
    const path = raw.slice(1);
    return setPath(input, flag.target, new File([readFile(path, name) as Uint8Array<ArrayBuffer>], path.split(/[\\/]/).at(-1) ?? "file"));
  }
  const [key, value] = splitPair(String(raw), name, flag.kind === "fileMap" ? "KEY=@FILE" : "KEY=VALUE");
  if (flag.kind === "map") return setPath(input, [...flag.target, key], value);
  if (!value.startsWith("@")) throw new CliError(`${name} ${key}=...: give the content as a file, KEY=@FILE, so it stays out of the process list`, Exit.usage);
  const bytes = readFile(value.slice(1), name);
  const text = utf8(bytes);
  setPath(input, [...flag.target, key], { [flag.contentField]: base64(bytes), ...(flag.encodingField && text !== undefined ? { [flag.encodingField]: "utf-8" } : {}) });
}

function scalar(raw: string | boolean, type: "string" | "number" | "integer" | "boolean", name: string): unknown {
  if (type === "boolean") {
    if (typeof raw === "boolean") return raw;
    if (raw === "true" || raw === "false") return raw === "true";
    throw new CliError(`${name}: expected true or false`, Exit.usage);
  }
  if (type === "string") return String(raw);
  const number = Number(raw);
  if (String(raw).trim() === "" || !Number.isFinite(number) || (type === "integer" && !Number.isInteger(number))) throw new CliError(`${name}: expected ${type === "integer" ? "an integer" : "a number"}`, Exit.usage);
  return number;
}

function splitPair(raw: string, name: string, shape: string): [string, string] {
  const at = raw.indexOf("=");
  if (at <= 0) throw new CliError(`${name}: expected ${shape}`, Exit.usage);
  return [raw.slice(0, at), raw.slice(at + 1)];
}

/** A text or binary body: the text itself, `@file` or `-` (stdin); a binary body only from a file. */
function readRawBody(source: string, kind: "text" | "file", readStdin: () => string): unknown {
  if (source.startsWith("@")) {
    const bytes = readFile(source.slice(1), "--body");
    return kind === "file" ? new Blob([bytes as Uint8Array<ArrayBuffer>]) : (utf8(bytes) ?? failText(source));
  }
  if (kind === "file") throw new CliError("--body: give the file to send as @PATH", Exit.usage);
  return source === "-" ? readStdin() : source;
}

function failText(source: string): never {
  throw new CliError(`--body: ${source.slice(1)} is not UTF-8 text`, Exit.usage);
}

/** `--body` text, `@file` (JSON or YAML) or `-` (stdin), parsed; YAML is a superset of JSON. */
function readDocument(source: string, name: string, readStdin: () => string): unknown {
  const text = source === "-" ? readStdin() : source.startsWith("@") ? utf8(readFile(source.slice(1), name)) : source;
  if (text === undefined) throw new CliError(`${name}: ${source.slice(1)} is not UTF-8 text`, Exit.usage);
  const where = source === "-" ? "stdin" : source.startsWith("@") ? source.slice(1) : "the value";
  if (text.trim() === "") throw new CliError(source === "-" ? `${name} -: stdin is empty; pipe the body in as JSON or YAML` : `${name}: ${where} is empty; give the body as JSON or YAML`, Exit.usage);
  try {
    return parseDocument(text);
  } catch (error) {
    throw new CliError(`${name}: ${where} is not valid JSON or YAML: ${yamlReason(error)}`, Exit.usage);
  }
}

/** The YAML parser's reason as `line:col: reason`, without the code frame its message ends with. */
function yamlReason(error: unknown): string {
  const first = error instanceof Error ? error.message.split("\n")[0]! : String(error);
  const position = (error as { linePos?: [{ line: number; col: number }] }).linePos?.[0];
  const reason = first.replace(/ at line \d+, column \d+:?$/, "").replace(/:$/, "");
  return position ? `${position.line}:${position.col}: ${reason}` : reason;
}

/** JSON as it is; anything else through the YAML parser, loaded only then (it is a third of the CLI's start-up). */
function parseDocument(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const { parse } = createRequire(import.meta.url)("yaml") as typeof import("yaml");
    return parse(text);
  }
}

function readFile(path: string, name: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${name}: cannot read ${path}${code ? ` (${code})` : ""}`, Exit.usage);
  }
}

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Sets `target.a.b.c`, creating objects on the way; a flag replaces what the body had there. */
/** The array already at `path` (from `--body` or earlier flags), or none. */
function listAt(target: Record<string, unknown>, path: string[]): unknown[] {
  let node: unknown = target;
  for (const key of path) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  return Array.isArray(node) ? node : [];
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  if (path.length === 0) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new CliError("--body: expected a JSON or YAML object", Exit.usage);
    Object.assign(target, value);
    return;
  }
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node = node[key] = typeof next === "object" && next !== null && !Array.isArray(next) ? (next as Record<string, unknown>) : {};
  }
  node[path.at(-1)!] = value;
}
