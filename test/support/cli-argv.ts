/**
 * The command line that gives a generated CLI command the same request as a client input:
 * each parameter by its flag (repeated for a list, `KEY=VALUE` for a map, JSON for other
 * structures), file fields as `@FILE`, the rest of the body as `--body` (JSON, the text
 * itself, or `@FILE` for bytes). Files are written into `folder`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Command, Flag } from "../../src/cli/program.js";
import type { RequestCase } from "../../src/generator/model/request-examples.js";
import type { OperationModel } from "../../src/generator/model/types.js";
import { fileBytes } from "./sample-request.js";

export interface CliArgs {
  argv: string[];
  /** Values no flag can take: the CLI cannot send this request as the client does. */
  missing: string[];
}

export function cliArgv(command: Command<unknown>, operation: OperationModel, c: RequestCase, folder: string): CliArgs {
  const argv = [command.name];
  const missing: string[] = [];
  const file = (name: string, bytes: Uint8Array) => {
    const path = join(folder, `${command.name}-${name.replace(/[^\w.-]/g, "_")}.bin`);
    writeFileSync(path, bytes);
    return `@${path}`;
  };
  for (const [parameter, value] of c.params) {
    const target = operation.input === "grouped" ? [parameter.in, parameter.name] : [parameter.name];
    const flag = command.flags.find((f) => f.target.join("\0") === target.join("\0"));
    if (flag) argv.push(...flagArgs(flag, value));
    else missing.push(`${parameter.in} ${parameter.name}`);
  }
  if (c.body === undefined) return { argv, missing };
  if (command.bodyKind === "text") return { argv: [...argv, "--body", String(c.body)], missing };
  if (c.body instanceof Uint8Array) return { argv: [...argv, "--body", file("body", c.body)], missing };
  if (typeof c.body !== "object" || c.body === null || Array.isArray(c.body)) return { argv: [...argv, "--body", JSON.stringify(c.body)], missing };
  const prefix = operation.input === "grouped" || operation.body?.layout === "property" ? ["body"] : [];
  const rest: Record<string, unknown> = {};
  let files = 0;
  for (const [name, value] of Object.entries(c.body as Record<string, unknown>)) {
    const blobs = Array.isArray(value) && value.length > 0 && value.every((item) => item instanceof Blob) ? value : value instanceof Blob ? [value] : undefined;
    if (blobs === undefined) {
      rest[name] = value;
      continue;
    }
    const flag = command.flags.find((f) => f.target.join("\0") === [...prefix, name].join("\0"));
    files++;
    if (flag) argv.push(...blobs.flatMap((_, i) => [`--${flag.flag}`, file(`${name}-${i}`, fileBytes)]));
    else missing.push(`body ${name} (a file)`);
  }
  if (Object.keys(rest).length > 0 || files === 0) argv.push("--body", JSON.stringify(rest));
  return { argv, missing };
}

function flagArgs(flag: Flag, value: unknown): string[] {
  const name = `--${flag.flag}`;
  if (flag.kind === "list" && Array.isArray(value)) return value.flatMap((item) => [name, String(item)]);
  if (flag.kind === "map" && typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, item]) => [name, `${key}=${String(item)}`]);
  if (flag.kind === "json" || (typeof value === "object" && value !== null)) return [name, JSON.stringify(value)];
  // A boolean flag is a switch: bare for true, `=false` for false.
  if (flag.kind === "value" && flag.type === "boolean") return value === false ? [name, "false"] : [name];
  return [name, String(value)];
}
