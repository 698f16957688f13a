import { Worker } from "node:worker_threads";
import { ExitCode, GeneratorError } from "../errors.js";
import { doNotEditHeader } from "../emit/header.js";
import type { OpenApiDocument } from "../spec/document.js";

/** A types job started ahead of its input: the worker loads openapi-typescript meanwhile. */
export interface SchemaTypesJob {
  /** openapi-typescript's `paths`, `components` and `operations` types for the bundled spec. */
  emit(document: OpenApiDocument, specName: string): Promise<string>;
  /** Stops the worker when the run fails before `emit`. */
  cancel(): void;
}

export function startSchemaTypes(): SchemaTypesJob {
  const worker = new Worker(new URL("./types-worker.mjs", import.meta.url));
  return {
    emit(document, specName) {
      return new Promise((resolve, reject) => {
        worker.once("message", (reply: { text?: string; error?: string }) => {
          void worker.terminate();
          if (reply.text !== undefined) resolve(doNotEditHeader(specName) + reply.text);
          else reject(new GeneratorError(`${specName}: openapi-typescript cannot type this spec: ${reply.error}`, ExitCode.badSpec));
        });
        worker.once("error", (error) => reject(new GeneratorError(`${specName}: openapi-typescript failed: ${error.message.split("\n")[0]}`, ExitCode.badSpec)));
        worker.postMessage(document);
      });
    },
    cancel: () => void worker.terminate(),
  };
}
