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
  RedirectError,
  ResponseHandlingError,
  TimeoutError,
  UnprocessableEntityError,
  ValidationError,
  isApiError,
  isInvalidResponseError,
  isNetworkError,
  isRateLimitError,
  isResponseHandlingError,
  isTimeoutError,
  isValidationError,
  mayHaveTakenEffect,
  type RequestLine,
  type Violation,
} from "./errors.js";
export { createTransport, defaultTimeout } from "./transport.js";
export type * from "./types.js";
