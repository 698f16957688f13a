import { resolve } from "node:path";
import { ExitCode, GeneratorError, InputChangedError } from "../errors.js";
import { doNotEditHeader } from "../emit/header.js";
import type { OpenApiDocument } from "../spec/document.js";
import { JobWorker } from "./job-worker.js";
import type { InlinedRef } from "./spec-source.mjs";

/** A types job started ahead of its input: the worker loads openapi-typescript meanwhile. */
export interface SchemaTypesJob {
  /**
   * Says whether the spec stands alone under a lint config that bundles as Redocly's default
   * does (load.ts), and which of its `$ref`s bundling replaces: if it does, the worker's own
   * parse of the file, those copied in, is the same document as our bundle, and it types that
   * without waiting. If not, it waits for `emit`'s document.
   */
  configure(standsAlone: boolean, inlined?: readonly InlinedRef[]): void;
  /**
   * openapi-typescript's `paths`, `components` and `operations` types for the bundled spec:
   * `document` when bundling changed the file, undefined when the worker's own parse is it.
   * `specDigest` is the sha256 of the spec's bytes as the main thread read them: a worker that
   * typed its own read of different bytes (the file was saved in between) fails with
   * InputChangedError.
   */
  emit(document: OpenApiDocument | undefined, specName: string, specDigest?: string): Promise<string>;
  /** Stops the worker when the run fails before `emit`. */
  cancel(): void;
}

/**
 * Starts openapi-typescript for `spec` in a worker of its own, ended with the job: a spec that
 * stands alone, under a lint config that bundles as the default does, is typed without waiting
 * for the main thread. Any other waits for our bundle, sent by `emit` (bundling it in the
 * worker too was slower: 2 cores, both busy).
 */
export function startSchemaTypes(spec?: string): SchemaTypesJob {
  const worker = new TypesWorker({ oneJob: true });
  return worker.start(spec, () => worker.close());
}

/**
 * One worker for job after job (watch mode): openapi-typescript's second of imports is paid
 * once, and with `keepUnits` a job types only the units of the spec that changed. A worker
 * that dies is replaced at the next job.
 */
export class TypesWorker {
  private readonly thread: JobWorker<TypesAnswer>;
  /**
   * The last answer's text, and the file made of it: an answer with the same text gives the same
   * string again, which the manifest's hashing knows at once (watch mode: most saves leave the
   * types as they were; comparing the header joined anew with the last text cost 35 ms of a
   * save on GitHub's spec).
   */
  private last: { text: string; specName: string; file: string } | undefined;

  /**
   * `keepUnits`: the worker keeps each unit's types for the next job, and types again only what
   * changed (schema-types.mjs). `oneJob`: the worker ends as soon as it has answered its first
   * job, its heap freed while the main thread is still busy (types-worker.mjs).
   */
  constructor(options: { keepUnits?: boolean; oneJob?: boolean } = {}) {
    const workerData = { keepUnits: options.keepUnits === true, oneJob: options.oneJob === true };
    // A run's one worker peaks as the run does, with the main thread's emit: a young generation
    // of 12 MB, not V8's 48, keeps about 35 MB less garbage at that moment (GitHub's spec), at no
    // measurable cost in time.
    const limits = options.oneJob ? { maxYoungGenerationSizeMb: 12 } : undefined;
    this.thread = new JobWorker<TypesAnswer>("src/generator/stages/types-worker.mjs", (error) => ({ error, crashed: true }), workerData, limits);
  }

  /** A job for `spec`; `done` runs once it is answered or cancelled. */
  start(spec?: string, done: () => void = () => {}): SchemaTypesJob {
    const { send, answer: reply, forget } = this.thread.job();
    send({ path: spec === undefined ? undefined : resolve(spec) });
    const typesFile = (text: string, specName: string) => {
      if (this.last?.text !== text || this.last.specName !== specName) this.last = { text, specName, file: doNotEditHeader(specName) + text };
      return this.last.file;
    };
    let configured = false;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      forget();
      done();
    };
    const configure = (standsAlone: boolean, inlined: readonly InlinedRef[] = []) => {
      if (configured) return;
      configured = true;
      send({ standsAlone, inlined });
    };
    return {
      configure,
      async emit(document, specName, specDigest) {
        configure(false);
        // Always sent, so a worker never waits forever.
        send({ document });
        const answer = await reply;
        end();
        if (answer.read !== undefined && specDigest !== undefined && answer.read !== specDigest) throw new InputChangedError(spec ?? specName);
        if (answer.crashed) throw new GeneratorError(`${specName}: openapi-typescript's worker stopped before typing it: ${answer.error}`, ExitCode.badSpec);
        if (answer.text === undefined) throw new GeneratorError(`${specName}: openapi-typescript cannot type this spec: ${answer.error}`, ExitCode.badSpec);
        return typesFile(answer.text, specName);
      },
      cancel: () => {
        if (ended) return;
        send({ cancel: true });
        end();
      },
    };
  }

  /** Starts the worker ahead of the first job. */
  prepared(): this {
    this.thread.prepared();
    return this;
  }

  close(): void {
    this.thread.close();
  }
}

interface TypesAnswer {
  text?: string;
  error?: string;
  /** The sha256 of the spec's bytes, when the worker typed its own read of the file. */
  read?: string;
  /** The worker died: the failure is not the spec's. */
  crashed?: boolean;
}
