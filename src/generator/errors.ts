/**
 * Failures the generator reports as one line and an exit code, never as a stack trace.
 * Anything else that escapes is a bug in the generator.
 */
export class GeneratorError extends Error {
  override readonly name = "GeneratorError";

  constructor(
    message: string,
    /** The process exit code this failure maps to. */
    readonly exitCode: ExitCode,
    /** Further lines to print after the message (lint problems, stale files). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** Exit codes of `npm run generate`, documented in README.md. */
export { reasonOf } from "../fs/reason.js";

export const ExitCode = {
  ok: 0,
  /** `--check` found generated files that differ from what the spec gives. */
  stale: 1,
  /** The spec is invalid or uses a construct the generator cannot express. */
  badSpec: 2,
  /** The command line is wrong. */
  usage: 3,
  /** A file could not be read or written. */
  io: 4,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error from the file system (it carries an errno code and the call that failed), as opposed to a bug. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { syscall: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" && typeof (error as NodeJS.ErrnoException).syscall === "string";
}
