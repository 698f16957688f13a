// Generated from openapi.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run the generator again; its `--check` fails when this file is stale.

import type { InputSchema, Operation, Schema } from "../src/runtime/types.js";
export declare const startJobBuildInput: InputSchema;
export declare const startJobBuildResponse: Schema;
export declare const startJobBuildOperation: Operation;
