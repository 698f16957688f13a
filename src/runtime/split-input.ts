import type { Operation, ParameterLocation } from "./operation.js";

/** A caller's input, sorted into what openapi-fetch sends. */
export interface RequestParts {
  params: Partial<Record<ParameterLocation, Record<string, unknown>>>;
  body?: unknown;
}

/** Sorts a flat or grouped input object into parameters by location and the request body. */
export function splitInput(operation: Operation, input: object): RequestParts {
  const source = input as Record<string, unknown>;
  if (operation.input === "grouped") {
    const { path, query, header, body } = source as RequestParts["params"] & { body?: unknown };
    return { params: { path, query, header }, body };
  }
  const params: RequestParts["params"] = {};
  const taken = new Set<string>();
  for (const [location, names] of Object.entries(operation.params ?? {}) as [ParameterLocation, readonly string[]][]) {
    const values: Record<string, unknown> = {};
    for (const name of names) {
      taken.add(name);
      if (source[name] !== undefined) values[name] = source[name];
    }
    params[location] = values;
  }
  if (operation.body === "property") return { params, body: source.body };
  if (operation.body !== "fields") return { params };
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) if (!taken.has(key)) body[key] = value;
  return { params, body };
}
