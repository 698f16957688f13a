import type { Schema } from "./schema.js";

/** Follows `ref`s to the schema that holds the keywords. */
export function deref(schema: Schema): Schema {
  let current = schema;
  for (let hops = 0; current.ref && hops < 64; hops++) current = current.ref();
  return current;
}
