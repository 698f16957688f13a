// Generated from collisions.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run the generator again; its `--check` fails when this file is stale.

/** @import { InputSchema, Operation, Schema } from "../../../src/runtime/types.js" */
/** @type {InputSchema} */
export const itemsReplaceV2Input = { params: { path: { properties: { id: { type: "string" } }, required: ["id"] }, query: { properties: { id: { type: "string" } }, required: [] } }, body: { type: "object", properties: { name: { type: "string" } }, required: ["name"] }, bodyRequired: true };
/** @type {Schema} */
export const itemsReplaceV2Response = { type: "object", properties: { id: { type: "string" } } };
/** @type {Operation} */
export const itemsReplaceV2Operation = { name: "itemsReplaceV2", method: "put", path: "/items/{id}", input: "grouped", parseAs: "json", promisesBody: true, schema: itemsReplaceV2Input, response: itemsReplaceV2Response };
/** @type {InputSchema} */
export const itemsRenameInput = { params: { path: { properties: { id: { type: "string" } }, required: ["id"] } }, body: { type: "object", properties: { id: { type: "string" } } }, bodyRequired: true };
/** @type {Operation} */
export const itemsRenameOperation = { name: "itemsRename", method: "post", path: "/items/{id}/rename", input: "flat", params: { path: ["id"] }, body: "property", parseAs: "json", schema: itemsRenameInput };
/** @type {InputSchema} */
export const uploadFileInput = { body: { type: "object", properties: { file: { type: "string" } } }, bodyRequired: true };
/** @type {Schema} */
export const uploadFileResponse = { type: "object", properties: { size: { type: ["integer", "null"] } } };
/** @type {Operation} */
export const uploadFileOperation = { name: "uploadFile", method: "post", path: "/uploads", input: "flat", body: "fields", mediaType: "multipart/form-data", parseAs: "json", promisesBody: true, schema: uploadFileInput, response: uploadFileResponse };
/** @type {InputSchema} */
export const continue_Input = {};
/** @type {Operation} */
export const continue_Operation = { name: "continue_", method: "get", path: "/events", input: "flat", parseAs: "stream", promisesBody: true, schema: continue_Input };
/** @type {InputSchema} */
export const apiDefaults_Input = {};
/** @type {Operation} */
export const apiDefaults_Operation = { name: "apiDefaults_", method: "get", path: "/defaults", input: "flat", parseAs: "json", schema: apiDefaults_Input };
