// The runtime that generated clients call: a thin layer over openapi-fetch.
export { base64 } from "./base64.js";
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidResponseError,
  NetworkError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  UnprocessableEntityError,
  ValidationError,
  isApiError,
  isInvalidResponseError,
  isNetworkError,
  isRateLimitError,
  isTimeoutError,
  isValidationError,
  type RequestLine,
  type Violation,
} from "./errors.js";
export type { Logger } from "./log.js";
export type { Operation, ParameterLocation } from "./operation.js";
export type { RetryOptions } from "./retry.js";
export type { InputSchema, Schema } from "./schema.js";
export { createTransport, defaultTimeout, type ApiDefaults, type CallOptions, type ClientOptions, type RequestSettings, type Transport } from "./transport.js";
