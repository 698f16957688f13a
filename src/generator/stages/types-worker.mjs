// Runs openapi-typescript in a worker thread, so its module load and type generation
// overlap the main thread's lint, model and emit: on a large spec, seconds saved.
// Receives a single-file spec's URL at once, or the bundled document once it is ready;
// answers with the types' text or the error's first line.
// Plain JavaScript, so the worker needs no TypeScript loader.
import { parentPort } from "node:worker_threads";
import openapiTS, { astToString } from "openapi-typescript";

parentPort.once("message", async ({ url, document }) => {
  try {
    // A field with a default is optional to send; openapi-typescript would otherwise make it required.
    const ast = await openapiTS(url ? new URL(url) : document, { silent: true, defaultNonNullable: false });
    parentPort.postMessage({ text: astToString(ast) });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
  }
});
