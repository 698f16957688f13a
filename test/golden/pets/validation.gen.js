// Generated from pets.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run the generator again; its `--check` fails when this file is stale.

/** @import { InputSchema, Operation, Schema } from "../../../src/runtime/types.js" */
/** @type {InputSchema} */
export const listPets2Input = { params: { query: { properties: { limit: { type: "integer", minimum: 1, maximum: 100 } }, required: [] }, header: { properties: { "X-Request-Id": { type: "string" } }, required: ["X-Request-Id"] } } };
/** @type {Schema} */
export const listPets2Response = { type: "array", items: { ref: () => PetSchema } };
/** @type {Operation} */
export const listPets2Operation = { name: "listPets2", method: "get", path: "/pets", input: "flat", params: { query: ["limit"], header: ["X-Request-Id"] }, parseAs: "json", promisesBody: true, schema: listPets2Input, response: listPets2Response };
/** @type {InputSchema} */
export const listPetsInput = { body: { type: "array", items: { ref: () => PetSchema } }, bodyRequired: true };
/** @type {Operation} */
export const listPetsOperation = { name: "listPets", method: "post", path: "/pets", input: "flat", body: "property", parseAs: "json", schema: listPetsInput };
/** @type {InputSchema} */
export const delete_Input = { params: { path: { properties: { "pet-id": { type: "string", pattern: "^[a-z0-9-]+$" } }, required: ["pet-id"] } } };
/** @type {Operation} */
export const delete_Operation = { name: "delete_", method: "delete", path: "/pets/{pet-id}", input: "flat", params: { path: ["pet-id"] }, parseAs: "json", schema: delete_Input };
/** @type {InputSchema} */
export const patchPetsByPetIdInput = { params: { path: { properties: { "pet-id": { type: "string", pattern: "^[a-z0-9-]+$" } }, required: ["pet-id"] } }, body: { type: "object", properties: { name: { type: ["string", "null"], maxLength: 50 }, notify: { type: "boolean" }, photo: { type: "string", binary: true } } } };
/** @type {Schema} */
export const patchPetsByPetIdResponse = { ref: () => PetSchema };
/** @type {Operation} */
export const patchPetsByPetIdOperation = { name: "patchPetsByPetId", method: "patch", path: "/pets/{pet-id}", input: "flat", params: { path: ["pet-id"] }, body: "fields", parseAs: "json", accept: "application/json", schema: patchPetsByPetIdInput, response: patchPetsByPetIdResponse };
/** @type {InputSchema} */
export const dateInput = { params: { path: { properties: { "pet-id": { type: "string" } }, required: ["pet-id"] } } };
/** @type {Operation} */
export const dateOperation = { name: "date", method: "get", path: "/pets/{pet-id}/photo", input: "flat", params: { path: ["pet-id"] }, parseAs: "blob", promisesBody: true, server: "https://eu.photos.pets.example.test", schema: dateInput };
/** @type {InputSchema} */
export const import_Input = {};
/** @type {Operation} */
export const import_Operation = { name: "import_", method: "get", path: "/health", input: "flat", parseAs: "text", promisesBody: true, schema: import_Input };
/** @type {InputSchema} */
export const traceHealthInput = {};
/** @type {Operation} */
export const traceHealthOperation = { name: "traceHealth", method: "trace", path: "/health", input: "flat", parseAs: "blob", promisesBody: true, schema: traceHealthInput };
/** @type {Schema} */
const PetSchema = { type: "object", properties: { id: { type: "integer", readOnly: true }, name: { type: "string", minLength: 1 }, tag: { type: "string", enum: ["cat", "dog"] }, parent: { ref: () => PetSchema } }, required: ["id", "name"] };
