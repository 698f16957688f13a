import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { ExitCode, GeneratorError } from "../errors.js";
import { doNotEditHeader } from "../emit/header.js";
import { packageFile } from "../package-files.js";
import type { OpenApiDocument } from "../spec/document.js";

/** A types job started ahead of its input: the worker loads openapi-typescript meanwhile. */
export interface SchemaTypesJob {
  /**
   * Says whether the lint config bundles as Redocly's default does: if so, and the spec stands
   * alone, the worker's own parse of the file is the same document as our bundle.
   */
  configure(bundlesAsDefault: boolean): void;
  /**
   * openapi-typescript's `paths`, `components` and `operations` types for the bundled spec:
   * `document` when bundling changed the file, undefined when the worker's own parse is it.
   */
  emit(document: OpenApiDocument | undefined, specName: string): Promise<string>;
  /** Stops the worker when the run fails before `emit`. */
  cancel(): void;
}

/**
 * Starts openapi-typescript for `spec` in a worker, which reads the file itself at once: a
 * spec that stands alone, under a lint config that bundles as the default does, is typed
 * without waiting for the main thread. Any other waits for our bundle, sent by `emit`
 * (bundling it in the worker too was slower: 2 cores, both busy).
 */
export function startSchemaTypes(spec?: string): SchemaTypesJob {
  // No inherited loader flags: the worker is plain JavaScript, and a TypeScript loader would
  // slow every module it imports (0.4 s on openapi-typescript's).
  const worker = new Worker(packageFile("src/generator/stages/types-worker.mjs"), { execArgv: [] });
  // Listen from the start: an early answer may come before `emit` is called.
  const reply = new Promise<{ text?: string; error?: string }>((done, fail) => {
    worker.once("message", done);
    worker.once("error", fail);
  });
  reply.catch(() => undefined); // awaited in `emit`; a failure before then must not go unhandled
  worker.postMessage({ path: spec === undefined ? undefined : resolve(spec) });
  let configured = false;
  const configure = (bundlesAsDefault: boolean) => {
    if (configured) return;
    configured = true;
    worker.postMessage({ bundlesAsDefault });
  };
  return {
    configure,
    async emit(document, specName) {
      configure(false);
      // Always sent, so a worker never waits forever.
      worker.postMessage({ document });
      const answer: { text?: string; error?: string } = await reply.catch((error: Error) => ({ error: `worker failed: ${error.message.split("\n")[0]}` }));
      void worker.terminate();
      if (answer.text === undefined) throw new GeneratorError(`${specName}: openapi-typescript cannot type this spec: ${answer.error}`, ExitCode.badSpec);
      return doNotEditHeader(specName) + answer.text;
    },
    cancel: () => void worker.terminate(),
  };
}
