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
  /** Helpers that build an object from file content, for schemas with a base64 (`contentEncoding`) field. */
  contentHelpers: ContentHelperModel[];
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
  /** The JSON success body's schema, for optional response validation. */
  responseSchema: SpecSchema | undefined;
}

export interface InputValidationModel {
  params: Partial<Record<ParameterModel["location"], { properties: Record<string, SpecSchema>; required: string[] }>>;
  /** The JSON body's schema; undefined for other media types, which are not checked. */
  body: SpecSchema | undefined;
  bodyRequired: boolean;
}

export interface ParameterModel {
  name: string;
  location: "path" | "query" | "header";
  required: boolean;
}

export interface BodyModel {
  /** The content key as written in the spec (`application/json`). */
  mediaType: string;
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
  parseAs: "json" | "text" | "blob" | "stream";
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
