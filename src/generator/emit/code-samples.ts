import { shellQuote } from "../../cli/help.js";
import { serverBase } from "../../runtime/server-base.js";
import type { CliModel } from "../model/cli.js";
import { madeOnce, type OperationMemo } from "../model/operation-memo.js";
import type { ApiModel, OperationModel } from "../model/types.js";
import { specOperation } from "../model/operations.js";
import type { RequestCase } from "../model/request-examples.js";
import type { OpenApiDocument } from "../spec/document.js";
import { prettyLiteral } from "./literal.js";

/** One tab of an operation's samples in the docs (Redoc's `x-codeSamples`). */
export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

export interface SampleOptions {
  /** The package the TypeScript sample imports `createClient` from. */
  packageName: string;
  /** Watch mode's: each operation's samples are made once for its model. */
  memo?: OperationMemo;
}

/**
 * A copy of the bundled spec for the docs, with `x-codeSamples` on every operation: the
 * request as curl, as the generated CLI and as the generated client, once per request
 * example, so the docs show exactly what the generated code accepts.
 */
export function withCodeSamples(document: OpenApiDocument, model: ApiModel, requests: RequestCase[][], cli: CliModel, options: SampleOptions): OpenApiDocument {
  // A shallow copy: only the operations that gain samples are new objects; the rest (most
  // of a 13 MB spec) is shared with the document, which stays as it was.
  const copy: OpenApiDocument = { ...document, paths: { ...document.paths } };
  model.operations.forEach((operation, i) => {
    const { pathItem, operation: target } = specOperation(copy, operation);
    const cases = requests[i]!;
    const samples = madeOnce<CodeSample[]>(options.memo, operation, "code samples", () => [
      { lang: "bash", label: "API", source: cases.map((c) => comment("#", c.title, curl(operation, c, model.defaultBaseUrl, cli.envPrefix))).join("\n\n") },
      { lang: "bash", label: "CLI", source: cli.commands[i]!.examples.map((e) => comment("#", e.title, [cli.name, ...e.argv].map(shellQuote).join(" "))).join("\n\n") },
      { lang: "typescript", label: "JS Client", source: typescript(operation, cases, model.defaultBaseUrl, cli.envPrefix, options.packageName) },
    ]);
    copy.paths![operation.path] = { ...pathItem, [operation.method]: { ...target, "x-codeSamples": samples } };
  });
  return copy;
}

function comment(marker: string, title: string, code: string): string {
  return `${marker} ${title.replace(/\s+/g, " ")}\n${code}`;
}

function curl(operation: OperationModel, c: RequestCase, baseUrl: string | undefined, envPrefix: string): string {
  let path = operation.path;
  const query = new URLSearchParams();
  const lines = [`curl --request ${operation.method.toUpperCase()}`];
  const headers: string[] = [];
  for (const [p, value] of c.params) {
    if (p.in === "path") path = path.replace(`{${p.name}}`, encodeURIComponent(String(value)));
    else if (p.in === "query") query.set(p.name, String(value));
    else headers.push(`${p.name}: ${String(value)}`);
  }
  // A query written into the path key (`/responses?beta=true`) leads the parameters'.
  const search = path.includes("?") ? "&" : "?";
  const base = baseUrl ?? "https://api.example.com";
  const url = `${operation.server ? serverBase(operation.server, base).replace(/\/$/, "") : base}${path}${query.size > 0 ? `${search}${query}` : ""}`;
  lines.push(`--url ${shellQuote(url)}`, `--header "Authorization: Bearer $${envPrefix}_TOKEN"`);
  if (c.body !== undefined) lines.push(`--header ${shellQuote(`Content-Type: ${operation.body?.mediaType ?? "application/json"}`)}`);
  const { accept } = operation.success;
  if (accept && ![...c.params.keys()].some((p) => p.in === "header" && p.name.toLowerCase() === "accept")) lines.push(`--header ${shellQuote(`Accept: ${accept}`)}`);
  lines.push(...headers.map((h) => `--header ${shellQuote(h)}`));
  if (c.body !== undefined) lines.push(`--data ${shellQuote(typeof c.body === "string" ? c.body : JSON.stringify(c.body))}`);
  return lines.join(" \\\n  ");
}

function typescript(operation: OperationModel, cases: RequestCase[], baseUrl: string | undefined, envPrefix: string, packageName: string): string {
  const options = baseUrl ? `{ token: process.env.${envPrefix}_TOKEN }` : `{ baseUrl: "https://api.example.com", token: process.env.${envPrefix}_TOKEN }`;
  const calls = cases.map((c) => {
    const input = clientInput(operation, c);
    const args = Object.keys(input).length > 0 ? prettyLiteral(input) : "";
    return comment("//", c.title, `const ${c.key} = await client.${operation.name}(${args});\nconsole.log(${c.key});`);
  });
  return [`import { createClient } from ${JSON.stringify(packageName)};`, "", `const client = createClient(${options});`, "", calls.join("\n\n")].join("\n");
}

/** The input object as the generated function takes it: flat or grouped, body beside or under `body`. */
export function clientInput(operation: OperationModel, c: RequestCase): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [p, value] of c.params) {
    if (operation.input === "grouped") ((input[p.in] ??= {}) as Record<string, unknown>)[p.name] = value;
    else input[p.name] = value;
  }
  if (c.body === undefined) return input;
  if (operation.input === "flat" && operation.body?.layout === "fields" && typeof c.body === "object" && c.body !== null) return { ...input, ...c.body };
  return { ...input, body: c.body };
}
