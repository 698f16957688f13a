// Generated from pets.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run `npm run generate`; `npm run generate -- --check` fails when this file is stale.
// @ts-nocheck -- data with declared types; this project's tests type-check it in full.

import type { InputSchema, Operation, Schema } from "../../../src/runtime/index.js";
export const listPetsInput: InputSchema = { params: { query: { properties: { limit: { type: "integer", minimum: 1, maximum: 100 } }, required: [] }, header: { properties: { "X-Request-Id": { type: "string" } }, required: ["X-Request-Id"] } } };
export const listPetsResponse: Schema = { type: "array", items: { ref: () => PetSchema } };
export const listPetsOperation: Operation = { name: "listPets", method: "get", path: "/pets", input: "flat", params: { query: ["limit"], header: ["X-Request-Id"] }, parseAs: "json", schema: listPetsInput, response: listPetsResponse };
export const listPets2Input: InputSchema = { body: { type: "array", items: { ref: () => PetSchema } }, bodyRequired: true };
export const listPets2Operation: Operation = { name: "listPets2", method: "post", path: "/pets", input: "flat", body: "property", parseAs: "json", schema: listPets2Input };
export const delete_Input: InputSchema = { params: { path: { properties: { "pet-id": { type: "string", pattern: "^[a-z0-9-]+$" } }, required: ["pet-id"] } } };
export const delete_Operation: Operation = { name: "delete_", method: "delete", path: "/pets/{pet-id}", input: "flat", params: { path: ["pet-id"] }, parseAs: "json", schema: delete_Input };
export const patchPetsByPetIdInput: InputSchema = { params: { path: { properties: { "pet-id": { type: "string", pattern: "^[a-z0-9-]+$" } }, required: ["pet-id"] } }, body: { type: "object", properties: { name: { type: ["string", "null"], maxLength: 50 }, notify: { type: "boolean" } } } };
export const patchPetsByPetIdResponse: Schema = { ref: () => PetSchema };
export const patchPetsByPetIdOperation: Operation = { name: "patchPetsByPetId", method: "patch", path: "/pets/{pet-id}", input: "flat", params: { path: ["pet-id"] }, body: "fields", parseAs: "json", schema: patchPetsByPetIdInput, response: patchPetsByPetIdResponse };
export const dateInput: InputSchema = { params: { path: { properties: { "pet-id": { type: "string" } }, required: ["pet-id"] } } };
export const dateOperation: Operation = { name: "date", method: "get", path: "/pets/{pet-id}/photo", input: "flat", params: { path: ["pet-id"] }, parseAs: "blob", schema: dateInput };
export const import_Input: InputSchema = {};
export const import_Operation: Operation = { name: "import_", method: "get", path: "/health", input: "flat", parseAs: "text", schema: import_Input };
const PetSchema: Schema = { type: "object", properties: { id: { type: "integer", readOnly: true }, name: { type: "string", minLength: 1 }, tag: { type: "string", enum: ["cat", "dog"] }, parent: { ref: () => PetSchema } }, required: ["id", "name"] };
