/**
 * Identifiers for generated code: camelCase from operationIds (or method + path when there
 * is none), never a reserved word, unique in the order operations appear.
 */

/** Words that cannot name a function in an ES module, plus the names the client module declares or uses as locals. */
const reserved = new Set([
  ...["break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum"],
  ...["export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null"],
  ...["return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield"],
  ...["await", "let", "static", "implements", "interface", "package", "private", "protected", "public"],
  ...["arguments", "eval", "undefined", "NaN", "Infinity"],
  ...["createClient", "createTransport", "defaultBaseUrl", "paths", "components", "operations"],
  ...["transport", "input", "options", "callOptions", "validation", "base64", "userAgent", "fields", "content"],
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
 * suffix, later duplicates get `2`, `3`, ... in request order, so the result depends only
 * on the order of the spec.
 */
export function uniqueNames(baseNames: readonly string[]): string[] {
  const taken = new Set<string>();
  return baseNames.map((base) => {
    const safe = base === "" ? "operation" : reserved.has(base) ? `${base}_` : base;
    let name = safe;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${safe}${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
