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
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}
