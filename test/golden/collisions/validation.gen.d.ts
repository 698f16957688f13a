// Generated from collisions.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run the generator again; its `--check` fails when this file is stale.

import type { InputSchema, Operation, Schema } from "../../../src/runtime/types.js";
export declare const itemsReplaceV2Input: InputSchema;
export declare const itemsReplaceV2Response: Schema;
export declare const itemsReplaceV2Operation: Operation;
export declare const itemsRenameInput: InputSchema;
export declare const itemsRenameOperation: Operation;
export declare const uploadFileInput: InputSchema;
export declare const uploadFileResponse: Schema;
export declare const uploadFileOperation: Operation;
export declare const continue_Input: InputSchema;
export declare const continue_Operation: Operation;
export declare const apiDefaults_Input: InputSchema;
export declare const apiDefaults_Operation: Operation;
