/**
 * Identifiers for generated code: camelCase from operationIds (or method + path when there
 * is none), never a reserved word, unique: an operationId already in camelCase keeps its name,
 * and the others are numbered in the order operations appear.
 */

/**
 * Words that cannot name a function in an ES module, the names the client module declares or
 * uses as locals, and the members of Object.prototype and `then`: as methods of the client (and
 * exports of its module) they would shadow what every object has, or make it a thenable, which
 * `await` would call instead of returning the client.
 */
const reserved = new Set([
  ...["break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum"],
  ...["export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null"],
  ...["return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield"],
  ...["await", "let", "static", "implements", "interface", "package", "private", "protected", "public"],
  ...["arguments", "eval", "undefined", "NaN", "Infinity"],
  ...["createClient", "createTransport", "apiDefaults", "defaultBaseUrl", "paths", "components", "operations"],
  ...["transport", "input", "options", "callOptions", "validation", "base64", "userAgent", "fields", "content"],
  ...["then", "constructor", "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable"],
  ...["__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"],
]);

/** Splits on anything that is not an ASCII letter or digit (after dropping accents), and on lower-to-upper case changes. */
function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `repos/get-content` -> `reposGetContent`; `ListAPIKeys` -> `listAPIKeys`. */
export function camelCase(text: string): string {
  const [first = "", ...rest] = words(text);
  const name = first.charAt(0).toLowerCase() + first.slice(1) + rest.map(capitalize).join("");
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

export function pascalCase(text: string): string {
  const name = words(text).map(capitalize).join("");
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** `post /v1/projects/{projectId}/jobs` -> `postV1ProjectsByProjectIdJobs`. */
export function nameFromRoute(method: string, path: string): string {
  const segments = path.split("/").filter(Boolean).map((segment) => (segment.startsWith("{") ? `by ${segment}` : segment));
  return camelCase([method, ...segments].join(" "));
}

/**
 * Gives each requested base name a unique, safe identifier: reserved words get a `_`
 * suffix. Names the spec wrote verbatim (`verbatim[i]`: an operationId that already is its
 * camelCase name) are served first, so `getUser` keeps `getUser` even after `get-user`; the
 * other duplicates get `2`, `3`, ... in request order, so the result depends only on the
 * order of the spec.
 */
export function uniqueNames(baseNames: readonly string[], verbatim: readonly boolean[] = []): string[] {
  const taken = new Set<string>();
  const names: string[] = [];
  // A stable sort: within each group, request order stands.
  const order = [...baseNames.keys()].sort((a, b) => Number(verbatim[b] === true) - Number(verbatim[a] === true));
  for (const i of order) {
    const base = baseNames[i]!;
    const safe = base === "" ? "operation" : reserved.has(base) ? `${base}_` : base;
    names[i] = firstFree(safe, (name) => taken.has(clashKey(name)));
    taken.add(clashKey(names[i]));
  }
  return names;
}

/**
 * Names equal here clash: differing only in case they give the same type names (`GetUserInput`);
 * differing also in a `_` they give the same CLI command (`value-of` for `valueOf_` and `valueOF`).
 */
function clashKey(name: string): string {
  return name.toLowerCase().replaceAll("_", "");
}

/** `base` if it is free, else the first free of `base2`, `base3`, ... (`base-2`, ... with a separator). */
export function firstFree(base: string, isTaken: (name: string) => boolean, separator = ""): string {
  let name = base;
  for (let n = 2; isTaken(name); n++) name = `${base}${separator}${n}`;
  return name;
}
