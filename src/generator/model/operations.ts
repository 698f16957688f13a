import {
  httpMethods,
  resolve,
  type MediaTypeObject,
  type OpenApiDocument,
  type OperationObject,
  type ParameterObject,
  type PathItemObject,
  type RequestBodyObject,
  type ResponseObject,
  type SchemaObject,
  type SecuritySchemeObject,
  type ServerObject,
} from "../spec/document.js";
import { bodyFieldDocs, describeConstraints } from "./field-docs.js";
import { objectShape } from "./input-layout.js";
import { camelCase, nameFromRoute, uniqueNames } from "./names.js";
import type { PartEncoding } from "../../runtime/body.js";
import type { ParameterStyle } from "../../runtime/parameters.js";
import type { ApiModel, BodyModel, ContentHelperModel, FieldDoc, InputValidationModel, OperationModel, ParameterModel, SecuritySchemeModel, SpecSchema, SuccessModel } from "./types.js";

/**
 * Builds the model of every operation, in the order the spec lists paths and methods; through
 * `reuse` (watch mode's OperationMemo), which builds only those it does not have.
 */
export function buildModel(document: OpenApiDocument, specName: string, reuse?: (operations: NamedOperation[], build: (operation: NamedOperation) => OperationModel) => OperationModel[]): ApiModel {
  const { operations, helpers } = namedOperations(document);
  const build = ({ path, method, operation, pathItem, name }: NamedOperation) => operationModel(document, name, path, method, operation, pathItem);
  return {
    specName,
    defaultBaseUrl: defaultBaseUrl(document),
    operations: reuse ? reuse(operations, build) : operations.map(build),
    securitySchemes: securitySchemes(document),
    contentHelpers: helpers,
  };
}

/** An operation as the spec writes it, with the name of its generated function. */
export interface NamedOperation {
  path: string;
  method: (typeof httpMethods)[number];
  operation: OperationObject;
  pathItem: PathItemObject;
  name: string;
}

/**
 * Every operation in spec order, each with its function's name (from the operationId in
 * camelCase, else from method and path; unique beside each other and the content helpers),
 * and the content helpers with theirs.
 */
export function namedOperations(document: OpenApiDocument): { operations: NamedOperation[]; helpers: ContentHelperModel[] } {
  const found: Omit<NamedOperation, "name">[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const pathItem = resolve<PathItemObject>(document, item);
    if (!pathItem) continue;
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (operation) found.push({ path, method, operation, pathItem });
    }
  }
  const helpers = base64Schemas(document);
  const operationNames = found.map(({ path, method, operation }) => (operation.operationId ? camelCase(operation.operationId) : nameFromRoute(method, path)));
  const names = uniqueNames(
    [...operationNames, ...helpers.map((helper) => camelCase(helper.schemaName))],
    // An operationId that needs no change is the name its author chose: it wins over lookalikes.
    found.map(({ operation }, i) => operation.operationId === operationNames[i]),
  );
  return {
    operations: found.map((entry, i) => ({ ...entry, name: names[i]! })),
    helpers: helpers.map((helper, i) => ({ ...helper, name: names[found.length + i]! })),
  };
}

/** Component schemas with a base64 string field (`contentEncoding: base64`): each gets a helper that encodes content into it. */
function base64Schemas(document: OpenApiDocument): Omit<ContentHelperModel, "name">[] {
  const helpers: Omit<ContentHelperModel, "name">[] = [];
  for (const [schemaName, schemaOrRef] of Object.entries(document.components?.schemas ?? {})) {
    const schema = resolve<SchemaObject>(document, schemaOrRef as SpecSchema);
    const field = Object.entries(schema?.properties ?? {}).find(([, p]) => resolve<SchemaObject>(document, p)?.contentEncoding === "base64")?.[0];
    if (!schema || field === undefined) continue;
    helpers.push({ schemaName, field, otherFieldsRequired: (schema.required ?? []).some((name) => name !== field) });
  }
  return helpers;
}

/** The spec's security schemes that a client can apply, as the runtime takes them (their `$ref`s followed). */
export function securitySchemes(document: OpenApiDocument): SecuritySchemeModel[] {
  const models: SecuritySchemeModel[] = [];
  for (const [name, schemeOrRef] of Object.entries(document.components?.securitySchemes ?? {})) {
    const s = resolve<SecuritySchemeObject>(document, schemeOrRef as SecuritySchemeObject);
    if (!s || typeof s !== "object") continue;
    const description = typeof s.description === "string" ? s.description : undefined;
    const http = typeof s.scheme === "string" ? s.scheme.toLowerCase() : undefined;
    if (s.type === "http" && (http === "bearer" || http === "basic")) models.push({ name, scheme: { type: http }, kind: `http ${http}`, description });
    else if (s.type === "oauth2" || s.type === "openIdConnect") models.push({ name, scheme: { type: "bearer" }, kind: s.type, description });
    else if (s.type === "apiKey" && typeof s.name === "string" && (s.in === "header" || s.in === "query" || s.in === "cookie")) {
      models.push({ name, scheme: { type: "apiKey", in: s.in, name: s.name }, kind: `apiKey in ${s.in} ${s.name}`, description });
    }
  }
  return models;
}

/** The operation's security requirements, else the spec's: alternatives of scheme names. */
export function securityOf(document: OpenApiDocument, operation: OperationObject): string[][] | undefined {
  const requirements = operation.security ?? document.security;
  if (!Array.isArray(requirements)) return undefined;
  return requirements.filter((r) => r !== null && typeof r === "object").map((requirement) => Object.keys(requirement));
}

/** The first server with every variable at its default, if that gives an absolute URL. */
export function defaultBaseUrl(document: OpenApiDocument): string | undefined {
  const url = serverUrl(document.servers);
  return url !== undefined && /^https?:\/\//.test(url) ? url : undefined;
}

/** The first of `servers` with every variable at its default; undefined when a variable has none. */
function serverUrl(servers: ServerObject[] | undefined): string | undefined {
  const server = servers?.[0];
  if (!server?.url) return undefined;
  const url = server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => server.variables?.[name]?.default ?? whole);
  return /[{}]/.test(url) ? undefined : url;
}

/**
 * The operation's own server, where it or its path item names one other than the spec's
 * (GitHub's release assets go to uploads.github.com): absolute, or relative to the base URL.
 */
function operationServer(document: OpenApiDocument, operation: OperationObject, pathItem: PathItemObject): string | undefined {
  const servers = operation.servers?.length ? operation.servers : pathItem.servers?.length ? pathItem.servers : undefined;
  const url = serverUrl(servers);
  return url === undefined || url === serverUrl(document.servers) ? undefined : url;
}

function operationModel(document: OpenApiDocument, name: string, path: string, method: OperationModel["method"], operation: OperationObject, pathItem: PathItemObject): OperationModel {
  const parameterObjects = parametersOf(document, pathItem, operation);
  const parameters: ParameterModel[] = parameterObjects.map((p) => {
    const style = parameterStyle(p);
    return { name: p.name, location: p.in, required: p.in === "path" || p.required === true, ...(style ? { style } : {}) };
  });
  // fetch cannot send a body with GET or HEAD: the input offers none.
  const requestBody = method === "get" || method === "head" ? undefined : resolve<RequestBodyObject>(document, operation.requestBody);
  const { body, input, bodyAcceptsEmpty } = bodyAndLayout(document, requestBody, parameters);
  const inputOptional = parameters.every((p) => !p.required) && (!body || (body.layout === "fields" ? bodyAcceptsEmpty : !body.required));
  const permission = operation["x-required-permission"];
  const success = successModel(document, operation);

  return {
    name,
    typeName: name.charAt(0).toUpperCase() + name.slice(1),
    method,
    path,
    operationId: operation.operationId,
    summary: operation.summary,
    description: operation.description,
    deprecated: operation.deprecated === true,
    requiredPermission: typeof permission === "string" ? permission : undefined,
    parameters,
    body,
    input,
    inputOptional,
    success,
    errorBodies: errorBodies(document, operation),
    validation: validationModel(parameterObjects, body, requestBody),
    security: securityOf(document, operation),
    server: operationServer(document, operation, pathItem),
    responseSchema: responseSchema(document, operation, success),
    fields: [...parameterObjects.map((p) => parameterDoc(document, p, input)), ...(body ? bodyDocs(document, requestBody, body) : [])],
  };
}

/** The spec's path item and operation object behind a model operation. */
export function specOperation(document: OpenApiDocument, operation: OperationModel): { pathItem: PathItemObject; operation: OperationObject & Record<string, unknown> } {
  const pathItem = resolve<PathItemObject>(document, document.paths?.[operation.path]) ?? {};
  return { pathItem, operation: (pathItem[operation.method] ?? {}) as OperationObject & Record<string, unknown> };
}

/** Path-level parameters, overridden by operation-level ones of the same name and place. */
export function parametersOf(document: OpenApiDocument, pathItem: PathItemObject, operation: OperationObject): ParameterObject[] {
  const byKey = new Map<string, ParameterObject>();
  for (const ref of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = resolve<ParameterObject>(document, ref);
    if (parameter && locations.has(parameter.in)) byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}

const locations = new Set(["path", "query", "header", "cookie"]);

/** A parameter's schema: its own, or that of its `content`'s media type. */
export function parameterSchema(parameter: ParameterObject): SpecSchema | undefined {
  return parameter.schema ?? Object.values(parameter.content ?? {})[0]?.schema;
}

const defaultStyles = { path: "simple", query: "form", header: "simple", cookie: "form" } as const;

/**
 * What the runtime must be told to serialize a parameter (parameters.ts): only what differs
 * from what it does by default, which is the specification's default for the location.
 */
function parameterStyle(parameter: ParameterObject): ParameterStyle | undefined {
  const mediaType = Object.keys(parameter.content ?? {})[0];
  if (mediaType !== undefined) return isJson(mediaType) ? { json: true } : undefined;
  const location = parameter.in;
  const style = (parameter.style ?? defaultStyles[location]) as NonNullable<ParameterStyle["style"]>;
  // The runtime's default explode for the style it will use: true for query form and all cookies.
  const explodes = location === "cookie" || (location === "query" && style === "form");
  const explode = parameter.explode ?? (style === "form" || style === "cookie");
  const result: ParameterStyle = {};
  if (style !== defaultStyles[location]) result.style = style;
  if (explode !== explodes) result.explode = explode;
  // The specification applies allowReserved to query parameters only.
  if (location === "query" && parameter.allowReserved === true) result.allowReserved = true;
  return Object.keys(result).length > 0 ? result : undefined;
}

function bodyAndLayout(document: OpenApiDocument, requestBody: RequestBodyObject | undefined, parameters: ParameterModel[]): { body?: BodyModel; input: OperationModel["input"]; bodyAcceptsEmpty: boolean } {
  const names = parameters.map((p) => p.name);
  const collide = new Set(names).size < names.length;
  const mediaType = pickMediaType(requestBody?.content);
  if (!requestBody || mediaType === undefined) return { input: collide ? "grouped" : "flat", bodyAcceptsEmpty: true };

  const content = requestBody.content!;
  const json = isJson(mediaType);
  const required = requestBody.required === true;
  // Object bodies (JSON, form, multipart) can sit beside the parameters; text and bytes cannot.
  const shape = json || isForm(mediaType) ? objectShape(document, content[mediaType]!.schema) : undefined;
  const fieldsFit = !collide && shape !== undefined && names.every((n) => !shape.names.has(n)) && (required || shape.acceptsEmpty);
  const layout = fieldsFit ? "fields" : "property";
  const grouped = collide || (layout === "property" && names.includes("body"));
  const sameSchema = (type: string) => JSON.stringify(content[type]?.schema) === JSON.stringify(content[mediaType]?.schema);
  const alternatives = Object.keys(content).filter((type) => type !== mediaType && (layout === "property" || sameSchema(type)));
  const encoding: BodyModel["encoding"] = {};
  for (const type of [mediaType, ...alternatives]) {
    const fields = Object.entries(content[type]?.encoding ?? {}).map(([name, e]) => [name, partEncoding(e)] as const).filter(([, e]) => Object.keys(e).length > 0);
    if (fields.length > 0) encoding[type] = Object.fromEntries(fields);
  }
  return { body: { mediaType, alternatives, encoding, json, required, layout }, input: grouped ? "grouped" : "flat", bodyAcceptsEmpty: shape?.acceptsEmpty ?? false };
}

/** An Encoding Object as the runtime takes it: only the fields that change how a part goes out. */
function partEncoding(encoding: NonNullable<MediaTypeObject["encoding"]>[string]): PartEncoding {
  const result: PartEncoding = {};
  if (typeof encoding.contentType === "string") result.contentType = encoding.contentType;
  if (typeof encoding.style === "string") result.style = encoding.style as PartEncoding["style"];
  if (typeof encoding.explode === "boolean") result.explode = encoding.explode;
  if (encoding.allowReserved === true) result.allowReserved = true;
  return result;
}

function errorBodies(document: OpenApiDocument, operation: OperationObject): OperationModel["errorBodies"] {
  return Object.entries(operation.responses ?? {}).flatMap(([code, response]) => {
    if (!/^([45](\d\d|XX)|default)$/i.test(code)) return [];
    const content = resolve<ResponseObject>(document, response)?.content ?? {};
    const mediaType = Object.keys(content).find(isJson);
    if (!mediaType) return [];
    const schema = content[mediaType]?.schema;
    const named = schema && "$ref" in schema ? /^#\/components\/schemas\/([^/]+)$/.exec(schema.$ref)?.[1] : undefined;
    return [{ code, mediaType, ...(named ? { schemaName: decodeURIComponent(named).replaceAll("~1", "/").replaceAll("~0", "~") } : {}) }];
  });
}

function validationModel(parameters: ParameterObject[], body: BodyModel | undefined, requestBody: RequestBodyObject | undefined): InputValidationModel {
  const params: InputValidationModel["params"] = {};
  for (const p of parameters) {
    const location = (params[p.in] ??= { properties: {}, required: [] });
    const schema = parameterSchema(p);
    if (schema) location.properties[p.name] = schema;
    if (p.in === "path" || p.required) location.required.push(p.name);
  }
  // Every media type's body is checked: multipart and form fields, text length, file parts.
  const schemaOf = (type: string) => requestBody?.content?.[type]?.schema;
  const defaultSchema = body ? schemaOf(body.mediaType) : undefined;
  const otherBodies: Record<string, SpecSchema> = {};
  for (const type of body?.alternatives ?? []) {
    const schema = schemaOf(type);
    if (schema !== undefined && JSON.stringify(schema) !== JSON.stringify(defaultSchema)) otherBodies[type] = schema;
  }
  return { params, body: defaultSchema, otherBodies, bodyRequired: body?.required ?? false };
}

/** The schema of the JSON success bodies: one, or `anyOf` when statuses differ. */
function responseSchema(document: OpenApiDocument, operation: OperationObject, { statuses, mediaType, parseAs }: SuccessModel): SpecSchema | undefined {
  if (parseAs !== "json" || mediaType === undefined) return undefined;
  const schemas = statuses
    .map(({ code }) => resolve<ResponseObject>(document, operation.responses?.[code])?.content?.[mediaType]?.schema)
    .filter((s): s is SpecSchema => s !== undefined);
  const distinct = schemas.filter((s, i) => schemas.findIndex((t) => JSON.stringify(t) === JSON.stringify(s)) === i);
  return distinct.length <= 1 ? distinct[0] : { anyOf: distinct };
}

/** JSON first, as openapi-fetch sends it natively; otherwise the first media type listed. */
function pickMediaType(content: Record<string, MediaTypeObject> | undefined): string | undefined {
  const keys = Object.keys(content ?? {});
  return keys.find(isJson) ?? keys[0];
}

function isForm(mediaType: string): boolean {
  return /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(mediaType);
}

function isJson(mediaType: string): boolean {
  return /[/+]json\b/i.test(mediaType);
}

/** 2xx responses (or `default` when there is none); the body type read from them. */
function successModel(document: OpenApiDocument, operation: OperationObject): SuccessModel {
  const responses = operation.responses ?? {};
  const declared = Object.keys(responses).filter((code) => /^2(\d\d|XX)$/i.test(code));
  const codes = declared.length > 0 ? declared : "default" in responses ? ["default"] : [];
  const contents = codes.map((code) => resolve<ResponseObject>(document, responses[code])?.content);
  const mediaType = contents.map(pickMediaType).find((m) => m !== undefined);
  const parseAs = parseAsFor(mediaType);
  // Offered several types (JSON or XML), a server answers with its own default unless asked: ask for the one read.
  const offered = new Set(contents.flatMap((content) => Object.keys(content ?? {})));
  return {
    statuses: codes.map((code, i) => ({ code, body: mediaType !== undefined && contents[i]?.[mediaType] !== undefined })),
    mediaType,
    parseAs,
    ...(offered.size > 1 && mediaType !== undefined && parseAs !== "auto" ? { accept: mediaType } : {}),
  };
}

function parseAsFor(mediaType: string | undefined): SuccessModel["parseAs"] {
  if (mediaType === undefined || isJson(mediaType)) return "json";
  // `*/*`, `application/*`: the response's own Content-Type says how to read it.
  if (mediaType.includes("*")) return "auto";
  if (/^text\/event-stream/i.test(mediaType)) return "stream";
  // Text, and the structured text types (XML, YAML, JavaScript): a string.
  if (/^text\/|[/+](xml|yaml|x-yaml|javascript)\b/i.test(mediaType)) return "text";
  return "blob";
}

/** A parameter as the caller writes it: `projectId` in a flat input, `path.projectId` in a grouped one. */
function parameterDoc(document: OpenApiDocument, parameter: ParameterObject, input: OperationModel["input"]): FieldDoc {
  const constraints = describeConstraints(document, parameterSchema(parameter));
  if (parameter.deprecated && !constraints.includes("deprecated")) constraints.push("deprecated");
  return {
    path: input === "grouped" ? `${parameter.in}.${parameter.name}` : parameter.name,
    location: parameter.in,
    required: parameter.in === "path" || parameter.required === true,
    description: parameter.description,
    constraints,
  };
}

/** Body fields as the caller writes them: beside the parameters, or under `body`. */
function bodyDocs(document: OpenApiDocument, requestBody: RequestBodyObject | undefined, body: BodyModel): FieldDoc[] {
  const schema = requestBody?.content?.[body.mediaType]?.schema;
  const fields = bodyFieldDocs(document, schema);
  if (body.layout === "fields") return fields;
  const whole: FieldDoc = { path: "body", location: "body", required: body.required, description: requestBody?.description, constraints: [body.mediaType, ...describeConstraints(document, schema)] };
  return [whole, ...fields.map((f) => ({ ...f, path: `body.${f.path}` }))];
}
