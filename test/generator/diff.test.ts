/**
 * The breaking-change report on real specs: each row edits a real spec the way a pull request
 * would, and the report must name the change with its severity and its JSON pointer; where one
 * direction breaks callers and the other does not, both are checked. Edits that change nothing
 * a caller sees (reformatting, reordering, moving a schema into components, prose) report no
 * change at all.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Change } from "../../src/generator/diff/changes.js";
import { compareDocuments } from "../../src/generator/diff/compare-documents.js";
import { withoutRepeats } from "../../src/generator/diff/diff-specs.js";
import type { OpenApiDocument } from "../../src/generator/spec/document.js";
import { repairSpec } from "../../src/generator/spec/repairs.mjs";
import { loadSpec } from "../../src/generator/stages/load.js";
import { sharedSpecs } from "../support/real-specs.js";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edits reach anywhere in a spec

const bases: Record<"petstore" | "museum" | "ours", OpenApiDocument> = {} as never;
beforeAll(async () => {
  bases.petstore = (await loadSpec(`${sharedSpecs}/swagger-petstore__openapi.yaml`, { lint: false })).document;
  bases.museum = (await loadSpec(`${sharedSpecs}/redocly-museum__openapi.yaml`, { lint: false })).document;
  bases.ours = (await loadSpec("openapi.yaml", { lint: false })).document;
});

function compare(base: OpenApiDocument, head: OpenApiDocument): Change[] {
  return withoutRepeats(compareDocuments(base, head));
}

/** The spec before and after an edit (`prepare` runs on both, to set up what the edit then changes). */
function versions(spec: keyof typeof bases, edit: (doc: Doc) => void, prepare?: (doc: Doc) => void): [OpenApiDocument, OpenApiDocument] {
  const before = structuredClone(bases[spec]) as Doc;
  prepare?.(before);
  const after = structuredClone(before);
  edit(after);
  return [before as OpenApiDocument, after as OpenApiDocument];
}

const S = "#/components/schemas";
const pet = (d: Doc) => d.components.schemas.Pet;
const order = (d: Doc) => d.components.schemas.Order;
const user = (d: Doc) => d.components.schemas.User;
const op = (d: Doc, path: string, method: string) => d.paths[path][method];
const p = (path: string) => `#/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}`;

interface Row {
  name: string;
  spec?: keyof typeof bases;
  prepare?: (doc: Doc) => void;
  edit: (doc: Doc) => void;
  /** A change the report must hold. */
  want: Partial<Change> & Pick<Change, "kind" | "severity">;
  /** The change the reverse edit must report, with its severity. */
  reverse?: Partial<Change> & Pick<Change, "kind" | "severity">;
}

const rows: Row[] = [
  // Operations
  { name: "operation removed", edit: (d) => delete d.paths["/store/inventory"], want: { kind: "operation-removed", severity: "breaking", basePointer: `${p("/store/inventory")}/get`, function: "getInventory" }, reverse: { kind: "operation-added", severity: "non-breaking", pointer: `${p("/store/inventory")}/get` } },
  { name: "path changed, same operationId", edit: (d) => ((d.paths["/store/stock"] = d.paths["/store/inventory"]), delete d.paths["/store/inventory"]), want: { kind: "path-changed", severity: "breaking", pointer: `${p("/store/stock")}/get`, basePointer: `${p("/store/inventory")}/get` } },
  { name: "method changed", edit: (d) => ((d.paths["/user/logout"].post = d.paths["/user/logout"].get), delete d.paths["/user/logout"].get), want: { kind: "method-changed", severity: "breaking", operation: "POST /user/logout" } },
  { name: "operationId renamed: the function's name changes", edit: (d) => (op(d, "/store/inventory", "get").operationId = "fetchInventory"), want: { kind: "function-renamed", severity: "breaking", function: "fetchInventory", pointer: `${p("/store/inventory")}/get/operationId` }, reverse: { kind: "function-renamed", severity: "breaking", function: "getInventory" } },
  { name: "operation newly deprecated", edit: (d) => (op(d, "/user/logout", "get").deprecated = true), want: { kind: "operation-deprecated", severity: "non-breaking", pointer: `${p("/user/logout")}/get/deprecated` } },
  { name: "operation added", edit: (d) => (d.paths["/user/me"] = { get: { operationId: "me", responses: { "200": { description: "ok" } } } }), want: { kind: "operation-added", severity: "non-breaking", function: "me" }, reverse: { kind: "operation-removed", severity: "breaking" } },

  // Parameters
  { name: "query parameter removed", edit: (d) => op(d, "/user/login", "get").parameters.splice(0, 1), want: { kind: "parameter-removed", severity: "breaking", basePointer: `${p("/user/login")}/get/parameters/0` }, reverse: { kind: "parameter-added", severity: "non-breaking" } },
  { name: "parameter renamed", edit: (d) => (op(d, "/user/login", "get").parameters[0].name = "user_name"), want: { kind: "parameter-renamed", severity: "breaking", pointer: `${p("/user/login")}/get/parameters/0` } },
  { name: "parameter moved from header to query", edit: (d) => (op(d, "/pet/{petId}", "delete").parameters[0].in = "query"), want: { kind: "parameter-moved", severity: "breaking" } },
  { name: "parameter made required", edit: (d) => (op(d, "/user/login", "get").parameters[0].required = true), want: { kind: "parameter-made-required", severity: "breaking", pointer: `${p("/user/login")}/get/parameters/0` }, reverse: { kind: "parameter-made-optional", severity: "non-breaking" } },
  { name: "required parameter added", edit: (d) => op(d, "/user/login", "get").parameters.push({ name: "otp", in: "query", required: true, schema: { type: "string" } }), want: { kind: "required-parameter-added", severity: "breaking", pointer: `${p("/user/login")}/get/parameters/2` }, reverse: { kind: "parameter-removed", severity: "breaking" } },
  { name: "optional parameter added", edit: (d) => op(d, "/user/login", "get").parameters.push({ name: "remember", in: "query", schema: { type: "boolean" } }), want: { kind: "parameter-added", severity: "non-breaking" }, reverse: { kind: "parameter-removed", severity: "breaking" } },
  { name: "path parameter type changed", edit: (d) => (op(d, "/pet/{petId}", "get").parameters[0].schema = { type: "string" }), want: { kind: "request-type-changed", severity: "breaking", pointer: `${p("/pet/{petId}")}/get/parameters/0/schema/type` } },
  { name: "parameter enum value removed", edit: (d) => op(d, "/pet/findByStatus", "get").parameters[0].schema.enum.pop(), want: { kind: "request-enum-value-removed", severity: "breaking", pointer: `${p("/pet/findByStatus")}/get/parameters/0/schema/enum` }, reverse: { kind: "request-enum-value-added", severity: "non-breaking" } },
  { name: "parameter maxLength added", edit: (d) => (op(d, "/user/login", "get").parameters[0].schema.maxLength = 8), want: { kind: "request-constraint-tightened", severity: "breaking", pointer: `${p("/user/login")}/get/parameters/0/schema/maxLength` }, reverse: { kind: "request-constraint-relaxed", severity: "non-breaking" } },
  { name: "path parameter renamed in the template", spec: "museum", edit: (d) => renamePathParameter(d, "/special-events/{eventId}", "eventId", "id"), want: { kind: "parameter-renamed", severity: "breaking", operation: "GET /special-events/{id}" } },

  // Request bodies
  { name: "request body made required", edit: (d) => (op(d, "/store/order", "post").requestBody.required = true), want: { kind: "request-body-made-required", severity: "breaking", pointer: `${p("/store/order")}/post/requestBody` }, reverse: { kind: "request-body-made-optional", severity: "non-breaking" } },
  { name: "request body removed", edit: (d) => delete op(d, "/user", "post").requestBody, want: { kind: "request-body-removed", severity: "breaking", basePointer: `${p("/user")}/post/requestBody` }, reverse: { kind: "request-body-added", severity: "non-breaking" } },
  { name: "required request body added", edit: (d) => (op(d, "/user/{username}", "delete").requestBody = { required: true, content: { "application/json": { schema: { type: "object" } } } }), want: { kind: "required-request-body-added", severity: "breaking" } },
  { name: "request content type removed", edit: (d) => delete op(d, "/pet", "post").requestBody.content["application/xml"], want: { kind: "request-media-type-removed", severity: "breaking", basePointer: `${p("/pet")}/post/requestBody/content/application~1xml` }, reverse: { kind: "request-media-type-added", severity: "non-breaking" } },
  { name: "request field made required", edit: (d) => (order(d).required = ["petId"]), want: { kind: "request-property-made-required", severity: "breaking", operation: "POST /store/order" }, reverse: { kind: "request-property-made-optional", severity: "non-breaking" } },
  { name: "new required request field", edit: (d) => ((order(d).properties.note = { type: "string" }), (order(d).required = ["note"])), want: { kind: "request-required-property-added", severity: "breaking", pointer: `${S}/Order/properties/note` }, reverse: { kind: "request-property-removed", severity: "breaking" } },
  { name: "new optional request field", edit: (d) => (order(d).properties.note = { type: "string" }), want: { kind: "request-property-added", severity: "non-breaking", operation: "POST /store/order" }, reverse: { kind: "request-property-removed", severity: "breaking" } },
  { name: "request field removed", edit: (d) => delete order(d).properties.complete, want: { kind: "request-property-removed", severity: "breaking", basePointer: `${S}/Order/properties/complete`, operation: "POST /store/order" } },
  { name: "request field type changed", edit: (d) => (order(d).properties.quantity = { type: "string" }), want: { kind: "request-type-changed", severity: "breaking", pointer: `${S}/Order/properties/quantity/type` } },
  { name: "request field widened integer -> number", edit: (d) => (order(d).properties.quantity.type = "number"), want: { kind: "request-type-widened", severity: "non-breaking", operation: "POST /store/order" }, reverse: { kind: "request-type-narrowed", severity: "breaking" } },
  { name: "request enum value removed", edit: (d) => order(d).properties.status.enum.pop(), want: { kind: "request-enum-value-removed", severity: "breaking", pointer: `${S}/Order/properties/status/enum` }, reverse: { kind: "request-enum-value-added", severity: "non-breaking" } },
  { name: "request pattern added", edit: (d) => (user(d).properties.username.pattern = "^[a-z]+$"), want: { kind: "request-constraint-tightened", severity: "breaking", pointer: `${S}/User/properties/username/pattern` }, reverse: { kind: "request-constraint-relaxed", severity: "non-breaking" } },
  { name: "request maxLength lowered", prepare: (d) => (user(d).properties.phone.maxLength = 20), edit: (d) => (user(d).properties.phone.maxLength = 12), want: { kind: "request-constraint-tightened", severity: "breaking", pointer: `${S}/User/properties/phone/maxLength` }, reverse: { kind: "request-constraint-relaxed", severity: "non-breaking" } },
  { name: "request minimum raised", prepare: (d) => (order(d).properties.quantity.minimum = 0), edit: (d) => (order(d).properties.quantity.minimum = 1), want: { kind: "request-constraint-tightened", severity: "breaking", pointer: `${S}/Order/properties/quantity/minimum` }, reverse: { kind: "request-constraint-relaxed", severity: "non-breaking" } },
  { name: "request format added", edit: (d) => (user(d).properties.email.format = "email"), want: { kind: "request-constraint-tightened", severity: "breaking", pointer: `${S}/User/properties/email/format` }, reverse: { kind: "request-constraint-relaxed", severity: "non-breaking" } },
  { name: "additionalProperties: false added", edit: (d) => (order(d).additionalProperties = false), want: { kind: "request-additional-properties-closed", severity: "breaking", pointer: `${S}/Order/additionalProperties` }, reverse: { kind: "request-additional-properties-opened", severity: "non-breaking" } },
  { name: "request nullable removed", prepare: (d) => (order(d).properties.shipDate.nullable = true), edit: (d) => delete order(d).properties.shipDate.nullable, want: { kind: "request-nullable-removed", severity: "breaking", operation: "POST /store/order" }, reverse: { kind: "request-nullable-added", severity: "non-breaking" } },
  { name: "request oneOf variant removed", prepare: (d) => (pet(d).properties.category = { oneOf: [{ $ref: `${S}/Category` }, { $ref: `${S}/Order` }] }), edit: (d) => pet(d).properties.category.oneOf.pop(), want: { kind: "request-variant-removed", severity: "breaking", operation: "POST /pet", basePointer: `${S}/Order` }, reverse: { kind: "request-variant-added", severity: "non-breaking" } },
  // Tag and Category are the same shape ({id, name}): what one accepted, the other does.
  { name: "request oneOf variant taken in by one that accepts all it did", prepare: (d) => (pet(d).properties.category = { oneOf: [{ $ref: `${S}/Category` }, { $ref: `${S}/Tag` }] }), edit: (d) => pet(d).properties.category.oneOf.pop(), want: { kind: "request-variant-merged", severity: "non-breaking", operation: "POST /pet", basePointer: `${S}/Tag` } },
  { name: "request uniqueItems added", edit: (d) => (pet(d).properties.photoUrls.uniqueItems = true), want: { kind: "request-constraint-tightened", severity: "breaking", pointer: `${S}/Pet/properties/photoUrls/uniqueItems` }, reverse: { kind: "request-constraint-relaxed", severity: "non-breaking" } },
  { name: "request minItems raised", edit: (d) => (pet(d).properties.photoUrls.minItems = 1), want: { kind: "request-constraint-tightened", severity: "breaking", operation: "PUT /pet" }, reverse: { kind: "request-constraint-relaxed", severity: "non-breaking" } },
  { name: "request minProperties added (a 3.1 spec)", spec: "ours", edit: (d) => (d.components.schemas.BuildOverrides.properties.buildArguments.minProperties = 1), want: { kind: "request-constraint-tightened", severity: "breaking", operation: "POST /v1/projects/{projectId}/jobs/{jobId}/build", pointer: `${S}/BuildOverrides/properties/buildArguments/minProperties` }, reverse: { kind: "request-constraint-relaxed", severity: "non-breaking" } },
  { name: "request sha length loosened", spec: "ours", edit: (d) => (d.components.schemas.CommitSha.minLength = 7), want: { kind: "request-constraint-relaxed", severity: "non-breaking", pointer: `${S}/CommitSha/minLength` }, reverse: { kind: "request-constraint-tightened", severity: "breaking" } },

  // Responses
  { name: "response field removed", edit: (d) => delete d.components.schemas.ApiResponse.properties.message, want: { kind: "response-property-removed", severity: "breaking", operation: "POST /pet/{petId}/uploadImage", basePointer: `${S}/ApiResponse/properties/message` } },
  { name: "response field made optional", edit: (d) => (pet(d).required = ["photoUrls"]), want: { kind: "response-property-made-optional", severity: "breaking", operation: "GET /pet/{petId}" }, reverse: { kind: "response-property-made-required", severity: "non-breaking" } },
  { name: "response field may now be null", edit: (d) => (pet(d).properties.name.nullable = true), want: { kind: "response-nullable-added", severity: "breaking", pointer: `${S}/Pet/properties/name/nullable`, operation: "GET /pet/{petId}" }, reverse: { kind: "response-nullable-removed", severity: "non-breaking" } },
  { name: "response field type changed", edit: (d) => (pet(d).properties.id = { type: "string" }), want: { kind: "response-type-changed", severity: "breaking", operation: "GET /pet/{petId}" } },
  { name: "response enum value added: an exhaustive switch breaks", edit: (d) => pet(d).properties.status.enum.push("lost"), want: { kind: "response-enum-value-added", severity: "breaking", operation: "GET /pet/{petId}", pointer: `${S}/Pet/properties/status/enum` }, reverse: { kind: "response-enum-value-removed", severity: "non-breaking" } },
  { name: "the same enum value added, in a request", edit: (d) => pet(d).properties.status.enum.push("lost"), want: { kind: "request-enum-value-added", severity: "non-breaking", operation: "POST /pet" } },
  { name: "response field added", edit: (d) => (pet(d).properties.born = { type: "string" }), want: { kind: "response-property-added", severity: "non-breaking", operation: "GET /pet/{petId}" }, reverse: { kind: "response-property-removed", severity: "breaking" } },
  { name: "response oneOf variant added", prepare: (d) => (pet(d).properties.category = { oneOf: [{ $ref: `${S}/Category` }] }), edit: (d) => pet(d).properties.category.oneOf.push({ $ref: `${S}/Order` }), want: { kind: "response-variant-added", severity: "breaking", operation: "GET /pet/{petId}" }, reverse: { kind: "response-variant-removed", severity: "non-breaking" } },
  { name: "response oneOf variant added that an old one already allowed", prepare: (d) => (pet(d).properties.category = { oneOf: [{ $ref: `${S}/Category` }] }), edit: (d) => pet(d).properties.category.oneOf.push({ $ref: `${S}/Tag` }), want: { kind: "response-variant-added", severity: "non-breaking", operation: "GET /pet/{petId}" } },
  { name: "an integer parameter gains format int64: how it is stored, nothing refused", edit: (d) => (op(d, "/pet/{petId}", "get").parameters[0].schema.format = "int64"), prepare: (d) => delete op(d, "/pet/{petId}", "get").parameters[0].schema.format, want: { kind: "request-number-format-changed", severity: "info" } },
  { name: "response constraint tightened is news only", edit: (d) => (pet(d).properties.name.maxLength = 30), want: { kind: "response-constraint-tightened", severity: "info", operation: "GET /pet/{petId}" } },
  { name: "success status removed", edit: (d) => ((op(d, "/store/inventory", "get").responses["201"] = { description: "other", content: { "application/json": { schema: { type: "string" } } } }), delete op(d, "/store/inventory", "get").responses["200"]), want: { kind: "success-status-removed", severity: "breaking", basePointer: `${p("/store/inventory")}/get/responses/200` } },
  { name: "success status changed, same body: the output is the same", edit: (d) => ((op(d, "/store/inventory", "get").responses["201"] = op(d, "/store/inventory", "get").responses["200"]), delete op(d, "/store/inventory", "get").responses["200"]), want: { kind: "success-status-changed", severity: "non-breaking", pointer: `${p("/store/inventory")}/get/responses/201` } },
  { name: "a success without a body added: the output may be undefined", edit: (d) => (op(d, "/store/inventory", "get").responses["204"] = { description: "nothing yet" }), want: { kind: "output-may-be-empty", severity: "breaking", function: "getInventory" } },
  { name: "the only response is default, and its body changes", edit: (d) => { const o = op(d, "/user/logout", "get"); o.responses = { default: { description: "ok", content: { "application/json": { schema: { type: "object", required: ["ok"], properties: { ok: { type: "boolean" } } } } } } }; }, prepare: (d) => { const o = op(d, "/user/logout", "get"); o.responses = { default: { description: "ok", content: { "application/json": { schema: { type: "object", required: ["ok"], properties: { ok: { type: "integer" } } } } } } }; }, want: { kind: "response-type-changed", severity: "breaking", operation: "GET /user/logout" } },
  { name: "an error body loses a field callers read from ApiError.body", prepare: (d) => (op(d, "/store/inventory", "get").responses["400"] = { description: "bad", content: { "application/json": { schema: { $ref: `${S}/ApiResponse` } } } }), edit: (d) => delete d.components.schemas.ApiResponse.properties.code, want: { kind: "response-property-removed", severity: "breaking", operation: "GET /store/inventory" } },
  { name: "a parameter named like a body field: the input is grouped", spec: "ours", edit: (d) => op(d, "/v1/projects/{projectId}/jobs/{jobId}/build", "post").parameters.push({ name: "sha", in: "query", schema: { type: "string" } }), want: { kind: "input-shape-changed", severity: "breaking", function: "startJobBuild" } },
  { name: "a text body gains a JSON alternative: the default media type changes", edit: (d) => (op(d, "/pet/{petId}/uploadImage", "post").requestBody.content = { "application/json": { schema: { type: "object", properties: { url: { type: "string" } } } }, ...op(d, "/pet/{petId}/uploadImage", "post").requestBody.content }), want: { kind: "request-default-media-type-changed", severity: "breaking", function: "uploadFile" } },
  { name: "a header parameter's name changes case: another input key", edit: (d) => (op(d, "/pet/{petId}", "delete").parameters[0].name = "Api_Key"), want: { kind: "parameter-renamed", severity: "breaking", operation: "DELETE /pet/{petId}" } },
  { name: "a content helper's schema loses its base64 field: the helper is gone", spec: "ours", edit: (d) => delete d.components.schemas.SecretFile.properties.data.contentEncoding, want: { kind: "helper-removed", severity: "breaking", basePointer: `${S}/SecretFile` } },
  { name: "a discriminator value now names another variant", prepare: (d) => (pet(d).properties.category = { oneOf: [{ $ref: `${S}/Category` }, { $ref: `${S}/Tag` }], discriminator: { propertyName: "name", mapping: { cat: `${S}/Category`, tag: `${S}/Tag` } } }), edit: (d) => (pet(d).properties.category.discriminator.mapping = { cat: `${S}/Tag`, tag: `${S}/Category` }), want: { kind: "request-discriminator-changed", severity: "breaking", operation: "POST /pet" } },
  { name: "nullable beside an allOf in a response: may now be null", edit: (d) => (pet(d).properties.category = { allOf: [{ $ref: `${S}/Category` }], nullable: true }), want: { kind: "response-nullable-added", severity: "breaking", operation: "GET /pet/{petId}" } },
  { name: "response map values no longer typed", prepare: (d) => (op(d, "/store/inventory", "get").responses["200"].content["application/json"].schema.additionalProperties = { type: "integer" }), edit: (d) => (op(d, "/store/inventory", "get").responses["200"].content["application/json"].schema.additionalProperties = true), want: { kind: "response-type-widened", severity: "breaking", operation: "GET /store/inventory" } },
  { name: "response array items no longer typed", edit: (d) => delete op(d, "/pet/findByStatus", "get").responses["200"].content["application/json"].schema.items, want: { kind: "response-type-widened", severity: "breaking", operation: "GET /pet/findByStatus" } },
  { name: "a readOnly field becomes writable and required", prepare: (d) => (order(d).properties.id.readOnly = true), edit: (d) => (delete order(d).properties.id.readOnly, (order(d).required = ["id"])), want: { kind: "request-required-property-added", severity: "breaking", operation: "POST /store/order" } },
  { name: "success status added", edit: (d) => (op(d, "/store/inventory", "get").responses["202"] = { description: "later" }), want: { kind: "success-status-added", severity: "non-breaking" }, reverse: { kind: "success-status-removed", severity: "breaking" } },
  { name: "success content type removed", edit: (d) => delete op(d, "/pet/{petId}", "get").responses["200"].content["application/xml"], want: { kind: "response-media-type-removed", severity: "breaking", basePointer: `${p("/pet/{petId}")}/get/responses/200/content/application~1xml` }, reverse: { kind: "response-media-type-added", severity: "info" } },
  { name: "new error status", edit: (d) => (op(d, "/store/inventory", "get").responses["429"] = { description: "slow down" }), want: { kind: "error-status-added", severity: "info", pointer: `${p("/store/inventory")}/get/responses/429` }, reverse: { kind: "error-status-removed", severity: "info" } },
  { name: "response map values changed type", edit: (d) => (op(d, "/store/inventory", "get").responses["200"].content["application/json"].schema.additionalProperties = { type: "string" }), want: { kind: "response-type-changed", severity: "breaking", pointer: `${p("/store/inventory")}/get/responses/200/content/application~1json/schema/additionalProperties/type` } },
  { name: "response 3.1 type array gains null", spec: "museum", edit: (d) => (d.components.schemas.EventName.type = ["string", "null"]), want: { kind: "response-nullable-added", severity: "breaking", operation: "GET /special-events" }, reverse: { kind: "response-nullable-removed", severity: "non-breaking" } },

  // Security and servers
  { name: "operation security changed", edit: (d) => (op(d, "/store/inventory", "get").security = [{ petstore_auth: [] }]), want: { kind: "security-changed", severity: "breaking", pointer: `${p("/store/inventory")}/get/security` } },
  { name: "security alternative added", edit: (d) => op(d, "/store/inventory", "get").security.push({ petstore_auth: [] }), want: { kind: "security-changed", severity: "non-breaking" }, reverse: { kind: "security-changed", severity: "breaking" } },
  { name: "public operation now needs credentials", edit: (d) => (op(d, "/store/order", "post").security = [{ api_key: [] }]), want: { kind: "security-changed", severity: "breaking", operation: "POST /store/order" }, reverse: { kind: "security-changed", severity: "non-breaking" } },
  { name: "security scheme removed", edit: (d) => delete d.components.securitySchemes.api_key, want: { kind: "security-scheme-removed", severity: "breaking", basePointer: "#/components/securitySchemes/api_key" }, reverse: { kind: "security-scheme-added", severity: "info" } },
  { name: "security scheme changed", edit: (d) => (d.components.securitySchemes.api_key.in = "query"), want: { kind: "security-scheme-changed", severity: "breaking", pointer: "#/components/securitySchemes/api_key" } },
  { name: "default server changed", edit: (d) => (d.servers = [{ url: "https://petstore.example.com/api/v3" }]), want: { kind: "default-server-changed", severity: "breaking", pointer: "#/servers/0" } },
  { name: "another server listed", edit: (d) => d.servers.push({ url: "https://eu.petstore.example.com/api/v3" }), want: { kind: "server-added", severity: "info" }, reverse: { kind: "server-removed", severity: "info" } },
];

/** `/special-events/{eventId}` -> `/special-events/{id}`, the parameter's name with it. */
function renamePathParameter(d: Doc, path: string, from: string, to: string): void {
  const item = d.paths[path];
  delete d.paths[path];
  d.paths[path.replace(`{${from}}`, `{${to}}`)] = item;
  const rename = (list: Doc[] | undefined) => list?.forEach((entry, i) => {
    const parameter = entry.$ref ? d.components.parameters[entry.$ref.split("/").at(-1)] : entry;
    if (parameter.name === from) list[i] = { ...parameter, name: to };
  });
  rename(item.parameters);
  for (const method of ["get", "put", "post", "patch", "delete"]) rename(item[method]?.parameters);
}

describe("a change and its severity, on real specs", () => {
  it.each(rows.map((row) => [row.name, row] as const))("%s", (_name, { spec = "petstore", prepare, edit, want, reverse }) => {
    const [before, after] = versions(spec, edit, prepare);
    const forward = compare(before, after);
    expect(forward, JSON.stringify(forward, null, 1)).toContainEqual(expect.objectContaining(want));
    if (reverse) {
      const backward = compare(after, before);
      expect(backward, JSON.stringify(backward, null, 1)).toContainEqual(expect.objectContaining(reverse));
    }
  });

  it("covers every category the report promises, in at least 60 cases", () => {
    expect(rows.length + rows.filter((row) => row.reverse).length).toBeGreaterThanOrEqual(60);
  });
});

describe("edits no caller can see report nothing", () => {
  const none = (before: OpenApiDocument, after: OpenApiDocument) => expect(compare(before, after)).toEqual([]);

  it.each(["petstore", "museum", "ours"] as const)("%s: the spec compared with itself", (spec) => none(bases[spec], structuredClone(bases[spec])));

  it("reformatted: the YAML spec written out as JSON and loaded again", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "diff-reformatted-")), "petstore.json");
    writeFileSync(file, JSON.stringify(bases.petstore, null, 1));
    none(bases.petstore, (await loadSpec(file, { lint: false })).document);
  });

  it("reordered: paths, operations' parameters, properties and enum-free keys in reverse", () => {
    const reversed = (record: Doc) => Object.fromEntries(Object.entries(record).reverse());
    none(...versions("petstore", (d) => {
      d.paths = reversed(d.paths);
      for (const item of Object.values(d.paths) as Doc[]) for (const operation of Object.values(item) as Doc[]) operation.parameters?.reverse();
      for (const schema of Object.values(d.components.schemas) as Doc[]) if (schema.properties) schema.properties = reversed(schema.properties);
    }));
  });

  it("a $ref'd schema written inline, and an inline one moved into components", () => {
    none(...versions("petstore", (d) => (pet(d).properties.category = structuredClone(d.components.schemas.Category))));
    none(...versions("petstore", (d) => ((d.components.schemas.OrderStatus = order(d).properties.status), (order(d).properties.status = { $ref: `${S}/OrderStatus` }))));
  });

  it("an enum split into oneOf variants of one value each (as GitHub's spec rewrites them), and back", () => {
    const [before, after] = versions("petstore", (d) => (order(d).properties.status = { oneOf: order(d).properties.status.enum.map((value: string) => ({ type: "string", enum: [value] })) }));
    none(before, after);
    none(after, before);
  });

  it("a $ref wrapped in an allOf to carry a description; oneOf turned anyOf with the same variants; a type added to a typeless enum", () => {
    none(...versions("petstore", (d) => (pet(d).properties.category = { allOf: [{ $ref: `${S}/Category` }], description: "The pet's category" })));
    none(...versions("petstore", (d) => (pet(d).properties.category = { anyOf: [{ $ref: `${S}/Category` }, { $ref: `${S}/Order` }] }), (d) => (pet(d).properties.category = { oneOf: [{ $ref: `${S}/Category` }, { $ref: `${S}/Order` }] })));
    none(...versions("petstore", (d) => (order(d).properties.status.type = "string"), (d) => delete order(d).properties.status.type));
  });

  it("a component renamed, every $ref with it", () => {
    none(...versions("petstore", (d) => {
      d.components.schemas.Label = d.components.schemas.Tag;
      delete d.components.schemas.Tag;
      pet(d).properties.tags.items.$ref = `${S}/Label`;
    }));
  });

  it("descriptions, summaries and examples edited everywhere", () => {
    const prose = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(prose);
      if (node === null || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node as Doc)) {
        if (key === "description" || key === "summary") (node as Doc)[key] = `${String(value)} (edited)`;
        else if (key === "example") (node as Doc)[key] = "changed";
        else prose(value);
      }
    };
    none(...versions("petstore", prose));
    none(...versions("museum", prose));
  });

  it("properties gathered into an allOf of the same fields", () => {
    none(...versions("petstore", (d) => {
      const { properties, required } = order(d);
      d.components.schemas.Order = { allOf: [{ type: "object", properties: { id: properties.id, petId: properties.petId } }, { type: "object", properties: { ...properties, id: undefined, petId: undefined }, ...(required ? { required } : {}) }] };
      for (const part of d.components.schemas.Order.allOf) part.properties = JSON.parse(JSON.stringify(part.properties));
    }));
  });
});

describe("what real specs get wrong does not stop the report", () => {
  it("`required: true` on a property, parameters that are not a list (repaired as loading repairs them)", () => {
    const [before, after] = versions("petstore", (d) => ((order(d).properties.petId.required = true), (op(d, "/user/login", "get").parameters = { username: {} })));
    expect(repairSpec(after).map((repair) => repair.message)).toEqual(["an object is not a list of parameters; left out"]);
    expect(compare(before, after)).toContainEqual(expect.objectContaining({ kind: "parameter-removed", operation: "GET /user/login" }));
  });
});

describe("schemas that contain themselves", () => {
  it("a change inside a cycle is found from every operation that reaches it, whichever is compared first", () => {
    const cycle = (d: Doc) => {
      d.components.schemas.A = { type: "object", properties: { b: { $ref: `${S}/B` } } };
      d.components.schemas.B = { type: "object", properties: { c: { $ref: `${S}/C` } } };
      d.components.schemas.C = { type: "object", properties: { a: { $ref: `${S}/A` } } };
      d.paths["/a"] = { post: { operationId: "postA", requestBody: { content: { "application/json": { schema: { $ref: `${S}/A` } } } }, responses: { "204": { description: "ok" } } } };
      d.paths["/c"] = { post: { operationId: "postC", requestBody: { content: { "application/json": { schema: { $ref: `${S}/C` } } } }, responses: { "204": { description: "ok" } } } };
    };
    const [before, after] = versions("petstore", (d) => ((d.components.schemas.A.properties.x = { type: "string" }), (d.components.schemas.A.required = ["x"])), cycle);
    const added = compare(before, after).filter((c) => c.kind === "request-required-property-added");
    expect(added.map((c) => `${c.operation}: ${c.message}`)).toEqual(["POST /a: request body field `x` is new and required", "POST /c: request body field `a.x` is new and required"]);
  });

  it("are compared to the end, and a change deep inside is found once per place", () => {
    const [before, after] = versions(
      "petstore",
      (d) => (d.components.schemas.Category.properties.parent.properties = { note: { type: "string" } }),
      (d) => (d.components.schemas.Category.properties.parent = { type: "object", properties: { child: { $ref: `${S}/Category` } } }),
    );
    const changes = compare(before, after);
    expect(changes.filter((c) => c.kind === "request-property-removed" && c.operation === "POST /pet").map((c) => c.message)).toEqual(["request body field `category.parent.child` was removed: callers that send it no longer compile"]);
  });
});
