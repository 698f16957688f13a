// The runtime that generated clients call: a thin layer over openapi-fetch.
export { ApiError, ValidationError, isApiError, isValidationError, type Violation } from "./errors.js";
export type { Operation, ParameterLocation } from "./operation.js";
export { createTransport, type CallOptions, type ClientOptions, type Transport } from "./transport.js";
