// Generated from collisions.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run `npm run generate`; `npm run generate -- --check` fails when this file is stale.
// @ts-nocheck -- data with declared types; this project's tests type-check it in full.

import type { InputSchema, Operation, Schema } from "../../../src/runtime/index.js";
export const itemsReplaceV2Input: InputSchema = { params: { path: { properties: { id: { type: "string" } }, required: ["id"] }, query: { properties: { id: { type: "string" } }, required: [] } }, body: { type: "object", properties: { name: { type: "string" } }, required: ["name"] }, bodyRequired: true };
export const itemsReplaceV2Response: Schema = { type: "object", properties: { id: { type: "string" } } };
export const itemsReplaceV2Operation: Operation = { name: "itemsReplaceV2", method: "put", path: "/items/{id}", input: "grouped", parseAs: "json", schema: itemsReplaceV2Input, response: itemsReplaceV2Response };
export const itemsRenameInput: InputSchema = { params: { path: { properties: { id: { type: "string" } }, required: ["id"] } }, body: { type: "object", properties: { id: { type: "string" } } }, bodyRequired: true };
export const itemsRenameOperation: Operation = { name: "itemsRename", method: "post", path: "/items/{id}/rename", input: "flat", params: { path: ["id"] }, body: "property", parseAs: "json", schema: itemsRenameInput };
export const uploadFileInput: InputSchema = { bodyRequired: true };
export const uploadFileResponse: Schema = { type: "object", properties: { size: { type: ["integer", "null"] } } };
export const uploadFileOperation: Operation = { name: "uploadFile", method: "post", path: "/uploads", input: "flat", body: "property", mediaType: "multipart/form-data", parseAs: "json", schema: uploadFileInput, response: uploadFileResponse };
export const continue_Input: InputSchema = {};
export const continue_Operation: Operation = { name: "continue_", method: "get", path: "/events", input: "flat", parseAs: "stream", schema: continue_Input };
