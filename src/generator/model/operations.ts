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
} from "../spec/document.js";
import { bodyFieldDocs, describeConstraints } from "./field-docs.js";
import { objectShape } from "./input-layout.js";
import { camelCase, nameFromRoute, uniqueNames } from "./names.js";
import type { ApiModel, BodyModel, ContentHelperModel, FieldDoc, InputValidationModel, OperationModel, ParameterModel, SpecSchema, SuccessModel } from "./types.js";

/** Builds the model of every operation, in the order the spec lists paths and methods. */
export function buildModel(document: OpenApiDocument, specName: string): ApiModel {
  const found: { path: string; method: (typeof httpMethods)[number]; operation: OperationObject; pathItem: PathItemObject }[] = [];
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
    specName,
    defaultBaseUrl: defaultBaseUrl(document),
    operations: found.map(({ path, method, operation, pathItem }, i) => operationModel(document, names[i]!, path, method, operation, pathItem)),
    contentHelpers: helpers.map((helper, i) => ({ ...helper, name: names[found.length + i]! })),
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

/** The first server with every variable at its default, if that gives an absolute URL. */
function defaultBaseUrl(document: OpenApiDocument): string | undefined {
  const server = document.servers?.[0];
  if (!server?.url) return undefined;
  const url = server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => server.variables?.[name]?.default ?? whole);
  return /^https?:\/\/[^{}]+$/.test(url) ? url : undefined;
}

function operationModel(document: OpenApiDocument, name: string, path: string, method: OperationModel["method"], operation: OperationObject, pathItem: PathItemObject): OperationModel {
  const parameterObjects = parametersOf(document, pathItem, operation);
  const parameters: ParameterModel[] = parameterObjects.map((p) => ({ name: p.name, location: p.in as ParameterModel["location"], required: p.in === "path" || p.required === true }));
  const requestBody = resolve<RequestBodyObject>(document, operation.requestBody);
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
    responseSchema: responseSchema(document, operation, success),
    fields: [...parameterObjects.map((p) => parameterDoc(document, p, input)), ...(body ? bodyDocs(document, requestBody, body) : [])],
  };
}

/** The spec's path item and operation object behind a model operation. */
export function specOperation(document: OpenApiDocument, operation: OperationModel): { pathItem: PathItemObject; operation: OperationObject & Record<string, unknown> } {
  const pathItem = resolve<PathItemObject>(document, document.paths?.[operation.path]) ?? {};
  return { pathItem, operation: (pathItem[operation.method] ?? {}) as OperationObject & Record<string, unknown> };
}

/** Path-level parameters, overridden by operation-level ones of the same name and place; cookies are left out. */
export function parametersOf(document: OpenApiDocument, pathItem: PathItemObject, operation: OperationObject): ParameterObject[] {
  const byKey = new Map<string, ParameterObject>();
  for (const ref of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = resolve<ParameterObject>(document, ref);
    if (parameter && parameter.in !== "cookie") byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}

function bodyAndLayout(document: OpenApiDocument, requestBody: RequestBodyObject | undefined, parameters: ParameterModel[]): { body?: BodyModel; input: OperationModel["input"]; bodyAcceptsEmpty: boolean } {
  const names = parameters.map((p) => p.name);
  const collide = new Set(names).size < names.length;
  const mediaType = pickMediaType(requestBody?.content);
  if (!requestBody || mediaType === undefined) return { input: collide ? "grouped" : "flat", bodyAcceptsEmpty: true };

  const json = isJson(mediaType);
  const required = requestBody.required === true;
  const shape = json ? objectShape(document, requestBody.content![mediaType]!.schema) : undefined;
  const fieldsFit = !collide && shape !== undefined && names.every((n) => !shape.names.has(n)) && (required || shape.acceptsEmpty);
  const layout = fieldsFit ? "fields" : "property";
  const grouped = collide || (layout === "property" && names.includes("body"));
  return { body: { mediaType, json, required, layout }, input: grouped ? "grouped" : "flat", bodyAcceptsEmpty: shape?.acceptsEmpty ?? false };
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
    const location = (params[p.in as ParameterModel["location"]] ??= { properties: {}, required: [] });
    if (p.schema) location.properties[p.name] = p.schema;
    if (p.in === "path" || p.required) location.required.push(p.name);
  }
  // Every media type's body is checked: multipart and form fields, text length, file parts.
  return { params, body: body ? requestBody?.content?.[body.mediaType]?.schema : undefined, bodyRequired: body?.required ?? false };
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
  return {
    statuses: codes.map((code, i) => ({ code, body: mediaType !== undefined && contents[i]?.[mediaType] !== undefined })),
    mediaType,
    parseAs: parseAsFor(mediaType),
  };
}

function parseAsFor(mediaType: string | undefined): SuccessModel["parseAs"] {
  // openapi-fetch reads JSON by default; `*/*` promises nothing better.
  if (mediaType === undefined || mediaType === "*/*" || isJson(mediaType)) return "json";
  if (/^text\/event-stream/i.test(mediaType)) return "stream";
  if (/^text\//i.test(mediaType)) return "text";
  return "blob";
}

/** A parameter as the caller writes it: `projectId` in a flat input, `path.projectId` in a grouped one. */
function parameterDoc(document: OpenApiDocument, parameter: ParameterObject, input: OperationModel["input"]): FieldDoc {
  const constraints = describeConstraints(document, parameter.schema);
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
