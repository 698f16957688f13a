import { Worker, type ResourceLimits } from "node:worker_threads";
import { packageFile } from "../package-files.js";

/** A job given to a JobWorker: its messages go out with its number, and its answer comes back by it. */
export interface WorkerJob<Answer> {
  send(message: object): void;
  /** The worker's answer; `dead`'s, if the worker dies first. */
  answer: Promise<Answer>;
  /** Stops waiting for the answer (a job given up on). */
  forget(): void;
}

/**
 * A worker thread of this package's (plain JavaScript, `src/generator/stages/*.mjs`) that takes
 * job after job, each answered by number. One that dies answers every job it had with `dead`'s
 * answer, and the next job starts a fresh one.
 */
export class JobWorker<Answer> {
  private worker: Worker | undefined;
  private jobs = 0;
  /** Each job waiting for its answer, with the worker it went to. */
  private readonly replies = new Map<number, { worker: Worker; reply: (answer: Answer) => void }>();

  constructor(
    private readonly file: string,
    private readonly dead: (reason: string) => Answer,
    private readonly workerData?: unknown,
    private readonly resourceLimits?: ResourceLimits,
  ) {}

  job(): WorkerJob<Answer> {
    const worker = this.running();
    const job = ++this.jobs;
    // Listened for from the start: an answer may come before the caller awaits it.
    const answer = new Promise<Answer>((reply) => this.replies.set(job, { worker, reply }));
    return { send: (message) => worker.postMessage({ job, ...message }), answer, forget: () => this.replies.delete(job) };
  }

  /** Starts the worker ahead of the first job. */
  prepared(): this {
    this.running();
    return this;
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    // No inherited loader flags: the worker is plain JavaScript, and a TypeScript loader would
    // slow every module it imports (0.4 s on openapi-typescript's).
    const worker = new Worker(packageFile(this.file), { execArgv: [], workerData: this.workerData, ...(this.resourceLimits && { resourceLimits: this.resourceLimits }) });
    worker.on("message", ({ job, ...answer }: { job: number }) => {
      this.replies.get(job)?.reply(answer as Answer);
      this.replies.delete(job);
    });
    // Only its own jobs: one started meanwhile went to the worker that replaces it.
    const dead = (reason: string) => {
      if (this.worker === worker) this.worker = undefined;
      for (const [job, waiting] of this.replies) {
        if (waiting.worker !== worker) continue;
        waiting.reply(this.dead(reason));
        this.replies.delete(job);
      }
    };
    worker.on("error", (error) => dead(error.message.split("\n")[0]!));
    worker.on("exit", () => dead("it exited"));
    this.worker = worker;
    return worker;
  }
}
