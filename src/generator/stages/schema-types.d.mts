import type { OpenApiDocument } from "../spec/document.js";

/** The document to type, taken from the holder once read (it is then free while the types are printed). */
export interface TypesInput {
  document: OpenApiDocument | undefined;
}

/** openapi-typescript's `paths`, `components`, `operations` (and the rest) for a bundled spec, as `astToString` prints them. */
export function schemaTypes(input: TypesInput): string;

/** The same text as openapi-typescript makes it, the whole document printed at once: the reference for the others. */
export function wholeSchemaTypes(input: TypesInput): string;

/** The same text, made unit by unit (path item, webhook, component), each unit's text kept for the next document. */
export class SchemaTypesByUnit {
  /** Units typed again by the last call, of how many. */
  lastRun: { typed: number; units: number };
  text(input: TypesInput): string;
}
