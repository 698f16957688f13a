// Path template parameters a spec forgot to declare (`/users/{id}` with no `id` parameter),
// declared as required strings, so the types, the client, its validation and the CLI all take
// them: undeclared, openapi-typescript types the path as taking none, and no call can fill the
// template. Plain JavaScript: the types worker applies it too, to the spec it parses itself,
// so both threads type the same document.
import { resolve } from "./pointer.mjs";

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * The document with each operation's undeclared template names added to its parameters, and
 * a list of what was added. Pure: what leads to a change is copied, the rest is shared, and a
 * document that declares everything comes back as it is.
 */
export function declareTemplateParameters(document) {
  const added = [];
  const paths = {};
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const names = [...path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]);
    const pathItem = names.length > 0 ? resolve(document, item) : undefined;
    paths[path] = pathItem === undefined ? item : withDeclared(document, path, pathItem, names, added) ?? item;
  }
  return { document: added.length === 0 ? document : { ...document, paths }, added };
}

/** A copy of the path item with the missing parameters added, or undefined when none is missing. */
function withDeclared(document, path, pathItem, names, added) {
  const atPath = declaredNames(document, pathItem.parameters);
  let copy;
  for (const method of methods) {
    const operation = pathItem[method];
    if (operation === null || typeof operation !== "object") continue;
    const declared = new Set([...atPath, ...declaredNames(document, operation.parameters)]);
    const missing = [...new Set(names)].filter((name) => !declared.has(name));
    if (missing.length === 0) continue;
    copy ??= { ...pathItem };
    copy[method] = { ...operation, parameters: [...(operation.parameters ?? []), ...missing.map((name) => ({ name, in: "path", required: true, schema: { type: "string" } }))] };
    added.push(...missing.map((name) => ({ path, method, operationId: operation.operationId, name })));
  }
  return copy;
}

function declaredNames(document, parameters) {
  return (Array.isArray(parameters) ? parameters : []).map((p) => resolve(document, p)).filter((p) => p?.in === "path").map((p) => p.name);
}
