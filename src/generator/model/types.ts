import type { SecurityScheme } from "../../runtime/auth.js";
import type { PartEncoding } from "../../runtime/body.js";
import type { ParameterStyle } from "../../runtime/parameters.js";
import type { HttpMethod, ReferenceObject, SchemaObject } from "../spec/document.js";

/** A schema as the spec writes it: inline, or a local `$ref`. */
export type SpecSchema = SchemaObject | ReferenceObject;

/** Everything the emitters need, as plain data built by pure functions from the spec. */
export interface ApiModel {
  /** The spec's file name, for the do-not-edit header. */
  specName: string;
  /** The first server's URL with its variables at their defaults; undefined when none. */
  defaultBaseUrl: string | undefined;
  operations: OperationModel[];
  /** The security schemes the client can apply, in the spec's order (mutual TLS and HTTP schemes other than bearer and basic are left out). */
  securitySchemes: SecuritySchemeModel[];
  /** Helpers that build an object from file content, for schemas with a base64 (`contentEncoding`) field. */
  contentHelpers: ContentHelperModel[];
}

export interface SecuritySchemeModel {
  /** The scheme's name in the spec, and the key of its credential in `auth`. */
  name: string;
  scheme: SecurityScheme;
  /** What the spec says it is (`http bearer`, `apiKey in header X-API-Key`, `oauth2`), for docs. */
  kind: string;
  description?: string;
}

export interface ContentHelperModel {
  /** The helper's name (`secretFile`), unique beside the operations' names. */
  name: string;
  /** The component schema it builds (`SecretFile`). */
  schemaName: string;
  /** The base64 field the content goes into (`data`). */
  field: string;
  /** Whether fields other than `field` are required, so the caller must pass them. */
  otherFieldsRequired: boolean;
}

export interface OperationModel {
  /** The function's name: camelCase, unique, never a reserved word. */
  name: string;
  /** PascalCase prefix of the operation's types (`StartJobBuild` -> `StartJobBuildInput`). */
  typeName: string;
  method: HttpMethod;
  path: string;
  operationId?: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** From the `x-required-permission` extension. */
  requiredPermission?: string;
  parameters: ParameterModel[];
  body?: BodyModel;
  /** How callers pass parameters and body: see `Operation.input` in the runtime. */
  input: "flat" | "grouped";
  /** Whether the caller may omit the input object altogether. */
  inputOptional: boolean;
  success: SuccessModel;
  /** Documented fields of the input, in order, for the function's doc comment. */
  fields: FieldDoc[];
  /** Declared error responses (4xx, 5xx, `default`) with a JSON body: the types an `ApiError` body may have. */
  errorBodies: { code: string; mediaType: string; schemaName?: string }[];
  /** What the client checks the input against before sending. */
  validation: InputValidationModel;
  /** The operation's `security` (else the spec's): alternatives of scheme names; `[]` when public; undefined when the spec has none. */
  security: string[][] | undefined;
  /** The operation's or its path's own server, where it differs from the spec's: absolute, or relative to the base URL. */
  server?: string;
  /** The JSON success body's schema, for optional response validation. */
  responseSchema: SpecSchema | undefined;
}

export interface InputValidationModel {
  params: Partial<Record<ParameterModel["location"], { properties: Record<string, SpecSchema>; required: string[] }>>;
  /** The body's schema for its default media type. */
  body: SpecSchema | undefined;
  /** The body's schema for each alternative media type whose schema differs. */
  otherBodies: Record<string, SpecSchema>;
  bodyRequired: boolean;
}

export interface ParameterModel {
  name: string;
  location: "path" | "query" | "header" | "cookie";
  required: boolean;
  /** How it is serialized, where that differs from its location's default; see the runtime's `ParameterStyle`. */
  style?: ParameterStyle;
}

export interface BodyModel {
  /** The default content key as written in the spec (`application/json`): the first JSON type, else the first. */
  mediaType: string;
  /** The other content keys the caller may choose instead (for a `fields` layout, those with the same schema). */
  alternatives: string[];
  /** Form and multipart fields' encodings by media type, where the spec gives any. */
  encoding: Record<string, Record<string, PartEncoding>>;
  json: boolean;
  required: boolean;
  /** Flat inputs only: body fields beside the parameters, or under a `body` key. */
  layout: "fields" | "property";
}

export interface SuccessModel {
  /**
   * The success responses (`200`, `2XX`, or `default` when no 2xx is declared), each with
   * whether it has a body of `mediaType`.
   */
  statuses: { code: string; body: boolean }[];
  /** The content key read, or undefined when no success response has a body. */
  mediaType: string | undefined;
  /** `auto`: the spec promises no particular type (`*\/*`); the response's Content-Type decides. */
  parseAs: "json" | "text" | "blob" | "stream" | "auto";
  /** The `Accept` to send: `mediaType`, when the success responses offer more than one type. */
  accept?: string;
}

export interface FieldDoc {
  /** Dotted path in the input (`overrides.docker.dockerFilePath`); `*` stands for a map key. */
  path: string;
  /** `path`, `query`, `header` or `body`. */
  location: string;
  required: boolean;
  description?: string;
  /** Type and rules, ready to print: `string`, `length 40`, `pattern ^a$`. */
  constraints: string[];
}
