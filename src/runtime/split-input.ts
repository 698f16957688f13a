import type { Operation, ParameterLocation } from "./operation.js";

/** A caller's input, sorted into what openapi-fetch sends. */
export interface RequestParts {
  params: Partial<Record<ParameterLocation, Record<string, unknown>>>;
  body?: unknown;
}

/** fetch cannot send a body with GET or HEAD. */
export function sendsNoBody(method: Operation["method"]): boolean {
  return method === "get" || method === "head";
}

/** Sorts a flat or grouped input object into parameters by location and the request body. */
export function splitInput(operation: Operation, input: object): RequestParts {
  const source = input as Record<string, unknown>;
  if (operation.input === "grouped") {
    const { path, query, header, cookie, body } = source as RequestParts["params"] & { body?: unknown };
    // fetch cannot send a body with GET or HEAD: the input offers none (validation names one given).
    return { params: { path, query, header, cookie }, body: sendsNoBody(operation.method) ? undefined : body };
  }
  const params: RequestParts["params"] = {};
  for (const location in operation.params) {
    const values: Record<string, unknown> = {};
    for (const name of operation.params[location as ParameterLocation]!) if (source[name] !== undefined) values[name] = source[name];
    params[location as ParameterLocation] = values;
  }
  if (operation.body === "property") return { params, body: source.body };
  if (operation.body !== "fields") return { params };
  const taken = parameterKeys(operation);
  const body: Record<string, unknown> = {};
  for (const key of Object.keys(source)) if (!taken.has(key)) body[key] = source[key];
  return { params, body };
}

const parameterKeysCache = new WeakMap<Operation, Set<string>>();

/** A flat input's parameter keys, gathered once per operation: this runs on every request. */
export function parameterKeys(operation: Operation): Set<string> {
  let keys = parameterKeysCache.get(operation);
  if (!keys) parameterKeysCache.set(operation, (keys = new Set(Object.values(operation.params ?? {}).flat())));
  return keys;
}
