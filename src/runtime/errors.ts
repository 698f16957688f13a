/**
 * Errors thrown by generated clients. `name` is set on every class and the guards check
 * it, so they hold across realms (another copy of this module, a worker, a VM context).
 */

/** The server answered with a status outside 2xx. */
export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    message: string,
    /** The HTTP status code. */
    readonly status: number,
    /** The parsed response body (or its text when it is not JSON). */
    readonly body: unknown,
  ) {
    super(message);
  }
}

/** One broken rule in a request's input. */
export interface Violation {
  /** Where in the input, as a dotted path (`overrides.docker.dockerFilePath`). */
  path: string;
  /** What is wrong with it. */
  message: string;
}

/** The input could not be sent as given; nothing was sent. */
export class ValidationError extends Error {
  override readonly name = "ValidationError";

  constructor(
    /** Every violation found, in input order. */
    readonly violations: readonly Violation[],
  ) {
    super(violations.map((v) => `${v.path}: ${v.message}`).join("; "));
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof Error && value.name === "ApiError";
}

export function isValidationError(value: unknown): value is ValidationError {
  return value instanceof Error && value.name === "ValidationError";
}
