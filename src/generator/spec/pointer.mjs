// Local `$ref`s and JSON pointers, shared by the main thread (through document.ts, which types
// them) and the types worker. Plain JavaScript: the worker runs without a TypeScript loader.

export function isReference(value) {
  return typeof value === "object" && value !== null && typeof value.$ref === "string";
}

/**
 * Follows local `$ref`s (`#/components/...`) to the object they name; the document is
 * bundled first, so every ref is local. Returns undefined for a ref that leads nowhere or
 * in a circle.
 */
export function resolve(document, value) {
  const seen = new Set();
  let current = value;
  while (isReference(current)) {
    if (seen.has(current.$ref) || !current.$ref.startsWith("#")) return undefined;
    seen.add(current.$ref);
    current = lookupPointer(document, current.$ref.slice(1));
  }
  return current;
}

/** RFC 6901: `/components/schemas/a~1b` names `components.schemas["a/b"]`. */
export function lookupPointer(root, pointer) {
  if (pointer === "") return root;
  let node = root;
  for (const raw of pointer.slice(1).split("/")) {
    // Most segments need no decoding: a lookup per `$ref` the stages follow, tens of thousands on GitHub's spec.
    const key = raw.includes("%") || raw.includes("~") ? decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~") : raw;
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/**
 * A chain of local `$ref`s that comes back to where it started, as the pointers it passes
 * (`#/paths/~1a`, `#/paths/~1b`, `#/paths/~1a`), or undefined when there is none.
 */
export function findRefCycle(document) {
  const pending = [[document, "#"]];
  while (pending.length > 0) {
    const [node, at] = pending.pop();
    const chain = [at];
    for (let current = node; isReference(current) && current.$ref.startsWith("#"); current = lookupPointer(document, current.$ref.slice(1))) {
      if (chain.includes(current.$ref)) return [...chain.slice(chain.indexOf(current.$ref)), current.$ref];
      chain.push(current.$ref);
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (value !== null && typeof value === "object") pending.push([value, `${at}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`]);
    }
  }
  return undefined;
}
