import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
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

/** A `$ref` to anything but this file (`#/...`): YAML or JSON, quoted or not. */
const externalRef = /["']?\$ref["']?\s*:\s*["']?(?!#)[^\s"']/;

/**
 * Starts openapi-typescript for `spec` in a worker. A spec in one file goes to it at once,
 * read by openapi-typescript itself (the same types as from our bundle: tested on GitHub's
 * and OpenAI's specs); one that `$ref`s other files waits for our bundle, whose component
 * names openapi-typescript's own bundler would not reproduce.
 */
export function startSchemaTypes(spec?: string): SchemaTypesJob {
  const worker = new Worker(new URL("./types-worker.mjs", import.meta.url));
  // Listen from the start: an early answer may come before `emit` is called.
  const reply = new Promise<{ text?: string; error?: string }>((done, fail) => {
    worker.once("message", done);
    worker.once("error", fail);
  });
  reply.catch(() => undefined); // awaited in `emit`; a failure before then must not go unhandled
  const early = spec !== undefined && !externalRef.test(readFileSync(spec, "utf8"));
  if (early) worker.postMessage({ url: pathToFileURL(resolve(spec)).href });
  return {
    async emit(document, specName) {
      if (!early) worker.postMessage({ document });
      const answer: { text?: string; error?: string } = await reply.catch((error: Error) => ({ error: `worker failed: ${error.message.split("\n")[0]}` }));
      void worker.terminate();
      if (answer.text === undefined) throw new GeneratorError(`${specName}: openapi-typescript cannot type this spec: ${answer.error}`, ExitCode.badSpec);
      return doNotEditHeader(specName) + answer.text;
    },
    cancel: () => void worker.terminate(),
  };
}
