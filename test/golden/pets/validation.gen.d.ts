// Generated from pets.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run the generator again; its `--check` fails when this file is stale.

import type { InputSchema, Operation, Schema } from "../../../src/runtime/types.js";
export declare const listPets2Input: InputSchema;
export declare const listPets2Response: Schema;
export declare const listPets2Operation: Operation;
export declare const listPetsInput: InputSchema;
export declare const listPetsOperation: Operation;
export declare const delete_Input: InputSchema;
export declare const delete_Operation: Operation;
export declare const patchPetsByPetIdInput: InputSchema;
export declare const patchPetsByPetIdResponse: Schema;
export declare const patchPetsByPetIdOperation: Operation;
export declare const dateInput: InputSchema;
export declare const dateOperation: Operation;
export declare const import_Input: InputSchema;
export declare const import_Operation: Operation;
export declare const traceHealthInput: InputSchema;
export declare const traceHealthOperation: Operation;
