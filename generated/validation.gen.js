// Generated from openapi.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run the generator again; its `--check` fails when this file is stale.

/** @import { InputSchema, Operation, Schema } from "../src/runtime/types.js" */
/** @type {InputSchema} */
export const startJobBuildInput = { params: { path: { properties: { projectId: { type: "string" }, jobId: { type: "string" } }, required: ["projectId", "jobId"] } }, body: { ref: () => StartJobBuildRequestSchema } };
/** @type {Schema} */
export const startJobBuildResponse = { ref: () => StartJobBuildResponseSchema };
/** @type {Operation} */
export const startJobBuildOperation = { name: "startJobBuild", method: "post", path: "/v1/projects/{projectId}/jobs/{jobId}/build", input: "flat", params: { path: ["projectId", "jobId"] }, body: "fields", parseAs: "json", promisesBody: true, security: [["bearerAuth"]], schema: startJobBuildInput, response: startJobBuildResponse };
/** @type {Schema} */
const StartJobBuildRequestSchema = { oneOf: [{ ref: () => StartJobBuildWithCurrentSettingsSchema }, { ref: () => StartJobBuildWithOverridesSchema }] };
/** @type {Schema} */
const StartJobBuildResponseSchema = { type: "object", properties: { data: { ref: () => JobBuildSchema } }, required: ["data"] };
/** @type {Schema} */
const StartJobBuildWithCurrentSettingsSchema = { type: "object", properties: { sha: { ref: () => CommitShaSchema } }, additionalProperties: false, title: "Start a build with the current settings" };
/** @type {Schema} */
const StartJobBuildWithOverridesSchema = { type: "object", properties: { sha: { ref: () => CommitShaSchema }, overrides: { ref: () => BuildOverridesSchema } }, required: ["overrides"], additionalProperties: false, title: "Start a build with overrides for the current settings" };
/** @type {Schema} */
const JobBuildSchema = { type: "object", properties: { id: { type: "string" }, branch: { type: "string" }, pullRequestId: { type: ["number", "null"] }, sha: { type: "string" }, registry: { type: "object", properties: { uri: { type: "string" } } }, createdAt: { type: "string" }, status: { type: "string" }, concluded: { type: "boolean" } }, required: ["id"] };
/** @type {Schema} */
const CommitShaSchema = { type: "string", minLength: 40, maxLength: 40 };
/** @type {Schema} */
const BuildOverridesSchema = { type: "object", properties: { buildArguments: { type: "object", additionalProperties: { type: "string" } }, buildFiles: { type: "object", additionalProperties: { ref: () => SecretFileSchema }, propertyNames: { pattern: "^/" } }, dockerSecretMounts: { type: "object", additionalProperties: { ref: () => SecretFileSchema } }, docker: { ref: () => DockerOverridesSchema } }, additionalProperties: false };
/** @type {Schema} */
const SecretFileSchema = { type: "object", properties: { data: { type: "string", pattern: "^[A-Za-z0-9+/]*={0,2}$", writeOnly: true, sensitive: true, contentEncoding: "base64" }, encoding: { type: "string" } }, required: ["data"], additionalProperties: false };
/** @type {Schema} */
const DockerOverridesSchema = { type: "object", properties: { dockerFilePath: { type: "string", pattern: "^\\/([a-zA-Z0-9-._]+\\/)*[a-zA-Z0-9-._]+$" }, dockerWorkDir: { type: "string", pattern: "^\\/([a-zA-Z0-9-._]+\\/)*[a-zA-Z0-9-._]*$" }, dockerfileTarget: { type: "string", pattern: "^[a-zA-Z0-9-_]+$" } }, additionalProperties: false };
