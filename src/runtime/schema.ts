/**
 * The validation subset of a JSON Schema, as the generator emits it: only the keywords the
 * client checks, `$ref`s turned into functions (so shared and recursive schemas need no
 * lookup), 3.0 `nullable` folded into `type`. Keywords not listed are not checked: the
 * client must never refuse a request the server would take.
 */
export interface Schema {
  type?: JsonType | readonly JsonType[];
  ref?: () => Schema;
  properties?: Readonly<Record<string, Schema>>;
  required?: readonly string[];
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  items?: Schema;
  /** 2020-12: the first items' schemas, one each; `items` then covers the rest. */
  prefixItems?: readonly Schema[];
  contains?: Schema;
  minContains?: number;
  maxContains?: number;
  not?: Schema;
  if?: Schema;
  then?: Schema;
  else?: Schema;
  /** A field that, when given, needs these others too. */
  dependentRequired?: Readonly<Record<string, readonly string[]>>;
  oneOf?: readonly Schema[];
  anyOf?: readonly Schema[];
  allOf?: readonly Schema[];
  enum?: readonly unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  maxProperties?: number;
  /** Sent but never returned: not required in responses. */
  writeOnly?: boolean;
  /** Returned but never sent: not required in requests. */
  readOnly?: boolean;
  /** A file (`format: binary`, or 3.1's `contentMediaType`): a Blob, ArrayBuffer, typed array or stream stands for the string. */
  binary?: boolean;
  /** From `x-sensitive`: the value is cut from logs and errors. */
  sensitive?: boolean;
  /** `base64` for encoded content: a sensitive value's decoded text is cut too. */
  contentEncoding?: string;
  /** A title for the variant, used in `oneOf` messages. */
  title?: string;
}

export type JsonType = "string" | "number" | "integer" | "boolean" | "object" | "array" | "null";

/** What an operation's input is checked against before sending. */
export interface InputSchema {
  /** Parameters by location: each one's schema, and which are required. */
  params?: Partial<Record<"path" | "query" | "header" | "cookie", { properties: Readonly<Record<string, Schema>>; required: readonly string[] }>>;
  body?: Schema;
  /** The body's schema for each other media type the caller may choose, where it differs. */
  otherBodies?: Readonly<Record<string, Schema>>;
  bodyRequired?: boolean;
}
