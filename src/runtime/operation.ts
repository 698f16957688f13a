import type { InputSchema, Schema } from "./schema.js";

/** What a generated function tells the transport about its operation: plain data. */
export interface Operation {
  /** The generated function's name, for messages. */
  name: string;
  method: "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
  /** The path template, as in the spec (`/v1/projects/{projectId}`). */
  path: string;
  /**
   * How the caller's input object is laid out.
   * - `flat`: parameters and body fields side by side; `params` names each parameter's key.
   * - `grouped`: `{ path, query, header, body }`, used where flat keys would collide.
   */
  input: "flat" | "grouped";
  /** Flat inputs only: the keys that are parameters, by location. */
  params?: Partial<Record<ParameterLocation, readonly string[]>>;
  /**
   * Where the request body comes from in a flat input: the keys left over once
   * parameters are taken (`fields`), or the `body` key (`property`).
   */
  body?: "fields" | "property";
  /** The request body's media type, when it is not JSON. */
  mediaType?: string;
  /** How a successful response body is read. */
  parseAs: "json" | "text" | "blob" | "stream";
  /** Every success the spec lists has a body, so an empty one breaks the output type. */
  promisesBody?: boolean;
  /** What the input is checked against before sending. */
  schema?: InputSchema;
  /** The success body's schema, for optional response validation. */
  response?: Schema;
}

export type ParameterLocation = "path" | "query" | "header";
