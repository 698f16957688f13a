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

/**
 * A file the run read changed on disk before the run ended: what it generated may mix the old
 * text and the new. Nothing is written; watch mode runs again at once.
 */
export class InputChangedError extends GeneratorError {
  constructor(readonly file: string) {
    super(`${file} changed while it was being generated from; nothing was written; run again`, ExitCode.io);
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
  /** `--check` found a breaking change against its base that the spec neither acknowledges nor releases as a new major version. */
  breaking: 5,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error from the file system (it carries an errno code and the call that failed), as opposed to a bug. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { syscall: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" && typeof (error as NodeJS.ErrnoException).syscall === "string";
}

/**
 * Prints a failure as one line (and its details) under `command`'s name, and gives its exit
 * code: the generator's own errors as they are, the file system's as exit 4, anything else as
 * a bug (70). `after` says what happens next (`keeping the last good output`).
 */
export function printFailure(command: string, error: unknown, after?: string): number {
  const then = after ? ` (${after})` : "";
  if (error instanceof GeneratorError) {
    console.error(`${command}: ${error.message}${then}`);
    for (const line of error.details) console.error(`  ${line}`);
    return error.exitCode;
  }
  if (isFileSystemError(error)) {
    console.error(`${command}: cannot ${error.syscall}${error.path ? ` ${error.path}` : ""}: ${error.code}${then}`);
    return ExitCode.io;
  }
  console.error(`${command}: internal error: ${error instanceof Error ? error.message : String(error)} (please report this with the spec that caused it)`);
  return 70;
}
