// Generated from collisions.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run `npm run generate`; `npm run generate -- --check` fails when this file is stale.
// @ts-nocheck -- data with declared types; this project's tests type-check it in full.

import type { InputSchema, Schema } from "../../../src/runtime/index.js";
export const itemsReplaceV2Input: InputSchema = { params: { path: { properties: { id: { type: "string" } }, required: ["id"] }, query: { properties: { id: { type: "string" } }, required: [] } }, body: { type: "object", properties: { name: { type: "string" } }, required: ["name"] }, bodyRequired: true };
export const itemsReplaceV2Response: Schema = { type: "object", properties: { id: { type: "string" } } };
export const itemsRenameInput: InputSchema = { params: { path: { properties: { id: { type: "string" } }, required: ["id"] } }, body: { type: "object", properties: { id: { type: "string" } } }, bodyRequired: true };
export const uploadFileInput: InputSchema = { bodyRequired: true };
export const uploadFileResponse: Schema = { type: "object", properties: { size: { type: ["integer", "null"] } } };
export const continue_Input: InputSchema = {};
