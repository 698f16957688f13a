/**
 * The parts of an OpenAPI 3.0/3.1 document the generator reads, typed loosely: real specs
 * break every rule, so each field is optional and checked where it is used.
 */
export interface OpenApiDocument {
  openapi?: string;
  info?: { title?: string; version?: string };
  servers?: ServerObject[];
  paths?: Record<string, PathItemObject | undefined>;
  components?: Record<string, Record<string, unknown> | undefined>;
  webhooks?: Record<string, unknown>;
  /** Alternatives, each scheme name to its scopes: what every operation needs unless it says otherwise. */
  security?: SecurityRequirement[];
}

export type SecurityRequirement = Record<string, string[]>;

export interface SecuritySchemeObject {
  type?: string;
  scheme?: string;
  in?: string;
  name?: string;
  description?: string;
  bearerFormat?: string;
}

export interface ServerObject {
  url?: string;
  variables?: Record<string, { default?: string }>;
}

export type PathItemObject = Partial<Record<HttpMethod, OperationObject>> & {
  parameters?: (ParameterObject | ReferenceObject)[];
  servers?: ServerObject[];
  $ref?: string;
};

export const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof httpMethods)[number];

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  deprecated?: boolean;
  parameters?: (ParameterObject | ReferenceObject)[];
  requestBody?: RequestBodyObject | ReferenceObject;
  responses?: Record<string, ResponseObject | ReferenceObject>;
  security?: SecurityRequirement[];
  servers?: ServerObject[];
  [extension: `x-${string}`]: unknown;
}

export interface ParameterObject {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  description?: string;
  deprecated?: boolean;
  schema?: SchemaObject | ReferenceObject;
  /** Serialization: `style` and `explode`, or `content` with one media type instead of a schema. */
  style?: string;
  explode?: boolean;
  allowReserved?: boolean;
  content?: Record<string, MediaTypeObject>;
  example?: unknown;
}

export interface RequestBodyObject {
  required?: boolean;
  description?: string;
  content?: Record<string, MediaTypeObject>;
}

export interface ResponseObject {
  description?: string;
  content?: Record<string, MediaTypeObject>;
}

export interface MediaTypeObject {
  schema?: SchemaObject | ReferenceObject;
  /** Form and multipart fields: each one's Content-Type, style, explode and allowReserved. */
  encoding?: Record<string, { contentType?: string; style?: string; explode?: boolean; allowReserved?: boolean }>;
}

export interface ReferenceObject {
  $ref: string;
}

export interface SchemaObject {
  type?: string | string[];
  format?: string;
  description?: string;
  title?: string;
  properties?: Record<string, SchemaObject | ReferenceObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject | ReferenceObject;
  propertyNames?: SchemaObject | ReferenceObject;
  items?: SchemaObject | ReferenceObject;
  oneOf?: (SchemaObject | ReferenceObject)[];
  anyOf?: (SchemaObject | ReferenceObject)[];
  allOf?: (SchemaObject | ReferenceObject)[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  nullable?: boolean;
  deprecated?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  maxProperties?: number;
  contentEncoding?: string;
}

// Plain JavaScript, so the types worker can follow refs too.
export { isReference, lookupPointer, resolve } from "./pointer.mjs";
