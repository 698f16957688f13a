// Generated from collisions.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run the generator again; its `--check` fails when this file is stale.

/** @import * as declared from "./client.gen.js" */
import { createTransport } from "../../../src/runtime/index.js";
import * as validation from "./validation.gen.js";

/** @type {typeof declared.apiDefaults} */
export const apiDefaults = { baseUrl: undefined, userAgent: "northflank-build-kit/0.1.0" };
/** @type {typeof declared.itemsReplaceV2} */
export const itemsReplaceV2 = async (transport, input, options) => transport.call(validation.itemsReplaceV2Operation, input, options);
/** @type {typeof declared.itemsRename} */
export const itemsRename = async (transport, input, options) => transport.call(validation.itemsRenameOperation, input, options);
/** @type {typeof declared.uploadFile} */
export const uploadFile = async (transport, input = {}, options) => transport.call(validation.uploadFileOperation, input, options);
/** @type {typeof declared.continue_} */
export const continue_ = async (transport, input = {}, options) => transport.call(validation.continue_Operation, input, options);
/** @type {typeof declared.apiDefaults_} */
export const apiDefaults_ = async (transport, input = {}, options) => transport.call(validation.apiDefaults_Operation, input, options);
/** @type {typeof declared.createClient} */
export const createClient = (options) => {
  const transport = createTransport(options, apiDefaults);
  return {
    itemsReplaceV2: (input, callOptions) => itemsReplaceV2(transport, input, callOptions),
    itemsRename: (input, callOptions) => itemsRename(transport, input, callOptions),
    uploadFile: (input, callOptions) => uploadFile(transport, input, callOptions),
    continue_: (input, callOptions) => continue_(transport, input, callOptions),
    apiDefaults_: (input, callOptions) => apiDefaults_(transport, input, callOptions),
  };
};
