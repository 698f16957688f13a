// Generated from openapi.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run the generator again; its `--check` fails when this file is stale.

/** @import * as declared from "./client.gen.js" */
import { base64, createTransport } from "../src/runtime/index.js";
import * as validation from "./validation.gen.js";

/** @type {typeof declared.apiDefaults} */
export const apiDefaults = { baseUrl: "https://api.northflank.com", userAgent: "northflank-build-kit/0.1.0", securitySchemes: { bearerAuth: { type: "bearer" } } };
/** @type {typeof declared.startJobBuild} */
export const startJobBuild = async (transport, input, options) => transport.call(validation.startJobBuildOperation, input, options);
/** @type {typeof declared.secretFile} */
export const secretFile = (content, fields = {}) => ({ data: base64(content), ...fields });
/** @type {typeof declared.createClient} */
export const createClient = (options = {}) => {
  const transport = createTransport(options, apiDefaults);
  return {
    startJobBuild: (input, callOptions) => startJobBuild(transport, input, callOptions),
  };
};
