// The package's public API: the client generated from openapi.yaml, and the runtime's errors.
export * from "../generated/client.gen.js";
export type { components, operations, paths } from "../generated/schema.js";
export { ApiError, ValidationError, isApiError, isValidationError, type CallOptions, type ClientOptions, type Violation } from "./runtime/index.js";
