import { resolve } from "node:path";
import { JobWorker } from "./job-worker.js";
import type { FileRead, LintFinding } from "./lint.mjs";

/**
 * What the lint worker made of a spec: its findings, with the sha256 of each file it read (null
 * for one it could not); or why it could not say (Redocly threw, or the worker died), for the
 * caller to lint itself.
 */
export type LintedElsewhere = { findings: LintFinding[]; digests: FileRead[] } | { failed: string };

/**
 * Watch mode's lint worker (lint-worker.mjs), kept for run after run with Redocly loaded: a
 * run lints there while its main thread bundles, models and emits. A worker that dies is
 * replaced at the next job.
 */
export class LintWorker {
  private readonly thread = new JobWorker<LintedElsewhere>("src/generator/stages/lint-worker.mjs", (reason) => ({ failed: `the lint worker stopped: ${reason}` }));

  /** Lints `spec` under the lint config at `configPath`, or the lenient rules when there is none (lint.mjs). */
  readonly lint = (spec: string, configPath: string | undefined): Promise<LintedElsewhere> => {
    const { send, answer } = this.thread.job();
    send({ spec: resolve(spec), configPath: configPath === undefined ? undefined : resolve(configPath) });
    return answer;
  };

  /** Starts the worker ahead of the first job. */
  prepared(): this {
    this.thread.prepared();
    return this;
  }

  close(): void {
    this.thread.close();
  }
}
