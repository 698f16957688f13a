import type { PartEncoding } from "./body.js";
import type { ParameterStyles } from "./parameters.js";
import type { InputSchema, Schema } from "./schema.js";

/** What a generated function tells the transport about its operation: plain data. */
export interface Operation {
  /** The generated function's name, for messages. */
  name: string;
  method: "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
  /** The path template, as in the spec (`/v1/projects/{projectId}`), less any query written into it. */
  path: string;
  /** A query the spec writes into the path key itself (`/responses?beta=true` gives `beta=true`): sent first, before the parameters. */
  pathQuery?: string;
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
  /** Parameters serialized in other than their location's default style (path and header `simple`, query and cookie exploded `form`). */
  styles?: ParameterStyles;
  /** The request body's default media type, when it is not `application/json`. */
  mediaType?: string;
  /** Every media type the body may be sent as, when the spec offers more than one (the caller picks with `contentType`). */
  mediaTypes?: readonly string[];
  /** Form and multipart fields' encodings, by media type and field name, where the spec gives them. */
  encoding?: Readonly<Record<string, Readonly<Record<string, PartEncoding>>>>;
  /** The media type asked for (`Accept`) when the success responses offer several: the one `parseAs` reads. */
  accept?: string;
  /** How a successful response body is read. */
  parseAs: "json" | "text" | "blob" | "stream" | "auto";
  /** Every success the spec lists has a body, so an empty one breaks the output type. */
  promisesBody?: boolean;
  /**
   * The spec's `security` for the operation: alternatives, each a list of scheme names sent
   * together; `[]` for a public operation. Absent when the spec declares no security at all.
   */
  security?: readonly (readonly string[])[];
  /**
   * The operation's own server, where the spec gives its path or itself one (absolute, or
   * relative to the base URL): used unless the caller set `baseUrl`, which then serves all.
   */
  server?: string;
  /** What the input is checked against before sending. */
  schema?: InputSchema;
  /** The success body's schema, for optional response validation. */
  response?: Schema;
}

export type ParameterLocation = "path" | "query" | "header" | "cookie";
