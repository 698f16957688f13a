import { shellQuote } from "../../cli/help.js";
import type { CliModel } from "../model/cli.js";
import { camelCase, uniqueNames } from "../model/names.js";
import type { ApiModel, OperationModel } from "../model/types.js";
import { resolve, type OpenApiDocument, type OperationObject, type ParameterObject, type RequestBodyObject, type SchemaObject } from "../spec/document.js";
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
}

/**
 * A copy of the bundled spec for the docs, with `x-codeSamples` on every operation: the
 * request as curl, as the generated CLI and as the generated client, once per request
 * example, so the docs show exactly what the generated code accepts.
 */
export function withCodeSamples(document: OpenApiDocument, model: ApiModel, cli: CliModel, options: SampleOptions): OpenApiDocument {
  // A shallow copy: only the operations that gain samples are new objects; the rest (most
  // of a 13 MB spec) is shared with the document, which stays as it was.
  const copy: OpenApiDocument = { ...document, paths: { ...document.paths } };
  model.operations.forEach((operation, i) => {
    const item = resolve<Record<string, OperationObject & Record<string, unknown>>>(copy, copy.paths![operation.path] as never);
    const target = item?.[operation.method];
    if (!item || !target) return;
    const cases = requestCases(copy, target, operation);
    const samples: CodeSample[] = [
      { lang: "bash", label: "API", source: cases.map((c) => comment("#", c.title, curl(operation, c, model.defaultBaseUrl, cli.envPrefix))).join("\n\n") },
      { lang: "bash", label: "CLI", source: cli.commands[i]!.examples.map((e) => comment("#", e.title, [cli.name, ...e.argv].map(shellQuote).join(" "))).join("\n\n") },
      { lang: "typescript", label: "JS Client", source: typescript(operation, cases, model.defaultBaseUrl, cli.envPrefix, options.packageName) },
    ];
    copy.paths![operation.path] = { ...item, [operation.method]: { ...target, "x-codeSamples": samples } };
  });
  return copy;
}

/** One request to show: parameter values and a body, from the spec's examples. */
export interface RequestCase {
  title: string;
  /** A name for the TypeScript result: the example's key. */
  key: string;
  params: Map<ParameterObject, unknown>;
  body: unknown;
}

export function requestCases(document: OpenApiDocument, spec: OperationObject, operation: OperationModel): RequestCase[] {
  const params = new Map<ParameterObject, unknown>();
  for (const ref of spec.parameters ?? []) {
    const p = resolve<ParameterObject & { examples?: Record<string, { value?: unknown }> }>(document, ref);
    if (!p || p.in === "cookie") continue;
    const value = p.example ?? Object.values(p.examples ?? {})[0]?.value ?? resolve<SchemaObject & { example?: unknown }>(document, p.schema)?.example;
    if (value !== undefined || p.required || p.in === "path") params.set(p, value ?? placeholder(document, p));
  }
  const requestBody = resolve<RequestBodyObject & { content?: Record<string, { example?: unknown; examples?: Record<string, unknown> }> }>(document, spec.requestBody);
  const media = operation.body ? requestBody?.content?.[operation.body.mediaType] : undefined;
  const named = Object.entries(media?.examples ?? {})
    .map(([key, ref]) => {
      const example = resolve<{ summary?: string; value?: unknown }>(document, ref as never);
      return { title: example?.summary ?? key, key: camelCase(key) || "result", params, body: example?.value };
    })
    .filter((c) => c.body !== undefined);
  // Example keys name the results in the TypeScript sample: make them safe and distinct, `client` taken.
  const names = uniqueNames(["client", ...named.map((c) => c.key)]).slice(1);
  if (named.length > 0) return named.map((c, i) => ({ ...c, key: names[i]! }));
  return [{ title: operation.summary ?? operation.name, key: "result", params, body: media?.example }];
}

/** A value of the parameter's type where the spec gives no example: `1`, `true`, or `PROJECT_ID`. */
function placeholder(document: OpenApiDocument, parameter: ParameterObject): unknown {
  const type = resolve<SchemaObject>(document, parameter.schema)?.type;
  const types = Array.isArray(type) ? type : [type];
  if (types.includes("integer") || types.includes("number")) return 1;
  if (types.includes("boolean")) return true;
  return parameter.name.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
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
  const url = `${baseUrl ?? "https://api.example.com"}${path}${query.size > 0 ? `?${query}` : ""}`;
  lines.push(`--url ${shellQuote(url)}`, `--header "Authorization: Bearer $${envPrefix}_TOKEN"`);
  if (c.body !== undefined) lines.push(`--header ${shellQuote(`Content-Type: ${operation.body?.mediaType ?? "application/json"}`)}`);
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
