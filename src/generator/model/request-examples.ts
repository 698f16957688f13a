import { resolve, type OpenApiDocument, type ParameterObject, type RequestBodyObject, type SchemaObject } from "../spec/document.js";
import { camelCase, uniqueNames } from "./names.js";
import { parametersOf, specOperation } from "./operations.js";
import type { OperationModel } from "./types.js";

/** One request to show: parameter values and a body, from the spec's examples. */
export interface RequestCase {
  title: string;
  /** A name for the TypeScript result: the example's key. */
  key: string;
  params: Map<ParameterObject, unknown>;
  body: unknown;
}

/**
 * The requests an operation's samples show, from the spec's examples: one per request-body
 * example, parameters (path-level ones too) from their `example`, `examples` or schema
 * example, and a placeholder of the right type for a required parameter that has none. The
 * docs' curl and TypeScript samples, the CLI's examples and the example tests all use these,
 * so they agree.
 */
export function requestCases(document: OpenApiDocument, operation: OperationModel): RequestCase[] {
  const spec = specOperation(document, operation);
  const params = new Map<ParameterObject, unknown>();
  for (const p of parametersOf(document, spec.pathItem, spec.operation) as (ParameterObject & { examples?: Record<string, { value?: unknown }> })[]) {
    const value = p.example ?? Object.values(p.examples ?? {})[0]?.value ?? resolve<SchemaObject & { example?: unknown }>(document, p.schema)?.example;
    if (value !== undefined || p.required || p.in === "path") params.set(p, value ?? placeholder(document, p));
  }
  const requestBody = resolve<RequestBodyObject & { content?: Record<string, { example?: unknown; examples?: Record<string, unknown> }> }>(document, spec.operation.requestBody);
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
  return [{ title: operation.summary ?? `${operation.method.toUpperCase()} ${operation.path}`, key: "result", params, body: media?.example }];
}

/** A value of the parameter's type where the spec gives no example: `1`, `true`, or `PROJECT_ID`. */
function placeholder(document: OpenApiDocument, parameter: ParameterObject): unknown {
  const type = resolve<SchemaObject>(document, parameter.schema)?.type;
  const types = Array.isArray(type) ? type : [type];
  if (types.includes("integer") || types.includes("number")) return 1;
  if (types.includes("boolean")) return true;
  return parameter.name.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
}

