// Runs openapi-typescript in a worker thread, so its module load and type generation
// overlap the main thread's lint, model and emit: on a large spec, seconds saved.
// Answers with the types' text or the error's first line.
// Plain JavaScript, so the worker needs no TypeScript loader.
import { parentPort, workerData } from "node:worker_threads";
import { repairSpec } from "../spec/repairs.mjs";
import { declareTemplateParameters } from "../spec/template-parameters.mjs";
import { SchemaTypesByUnit, schemaTypes } from "./schema-types.mjs";
import { asBundled, inlineRefs, readSpecText } from "./spec-source.mjs";

/** A worker kept for job after job (watch mode) keeps each unit's types for the next. */
const byUnit = workerData?.keepUnits ? new SchemaTypesByUnit() : undefined;
const typesOf = (input) => (byUnit ? byUnit.text(input) : schemaTypes(input));

/** The spec as parsed here, made what load.ts makes of it: its literal `$ref`s copied in, repaired, its path parameters declared. */
function ownDocument({ parsed, fromJson }, inlined) {
  const document = asBundled(inlineRefs(parsed, inlined));
  repairSpec(document, { acyclic: fromJson });
  return declareTemplateParameters(document).document;
}

/**
 * Jobs, one after another, each a series of messages with its number: the spec's path; whether
 * the spec stands alone under the main thread's lint config (load.ts), with the `$ref`s
 * bundling replaces in it (inlined-refs.ts); the main thread's
 * bundle, or nothing when it used the file as parsed. A job the main thread gave up on ends with
 * `cancel`. The worker stays for the next job (watch mode keeps it, with openapi-typescript
 * loaded) until the main thread terminates it, unless it was started for one job only.
 */
const inbox = [];
let waiting;
parentPort.on("message", (message) => (waiting ? (waiting(message), (waiting = undefined)) : inbox.push(message)));
const next = () => (inbox.length > 0 ? Promise.resolve(inbox.shift()) : new Promise((done) => (waiting = done)));

/** The next message of `job`; undefined when the job was cancelled or a later one began (the message stays for it). */
async function nextOf(job) {
  for (;;) {
    const message = await next();
    if (message.job > job) {
      inbox.unshift(message);
      return undefined;
    }
    if (message.job === job) return message.cancel ? undefined : message;
  }
}

/**
 * The document `job` is to type: when the main thread says the spec stands alone, the
 * worker's own parse of `path`, with the hash of the bytes it read (`read`); else the main
 * thread's bundle. Undefined when the job ends without one.
 */
async function inputOf(job, path) {
  // In watch mode, read and parsed before the main thread says whether the spec stands alone,
  // while it parses its own: about 0.05 s off a save on GitHub's spec. Not in a single run, where
  // it saves nothing, and both parses would be held at once at the run's peak of memory.
  const early = byUnit !== undefined && path !== undefined ? readSpecText(path) : undefined;
  early?.catch(() => undefined); // taken below; unused when the spec does not stand alone
  const configured = await nextOf(job);
  if (configured === undefined) return undefined;
  if (configured.standsAlone && path !== undefined) {
    const read = await (early ?? readSpecText(path));
    // The same additions load.ts makes to a spec that stands alone; a bundle it sends has them already.
    return { document: ownDocument(read, configured.inlined), read: read.hash };
  }
  const sent = await nextOf(job);
  if (sent === undefined) return undefined;
  if (sent.document === undefined) throw new Error("no bundled document to type");
  return { document: sent.document };
}

for (;;) {
  const first = await next();
  // A message left over from a job already answered or given up (its bundle, sent regardless).
  if (!("path" in first)) continue;
  const { job, path } = first;
  try {
    const input = await inputOf(job, path);
    if (input === undefined) continue;
    // Typed from its own read of the file: the hash lets the main thread check it read the same text.
    parentPort.postMessage({ job, text: typesOf(input), read: input.read });
  } catch (error) {
    parentPort.postMessage({ job, error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
  }
  // A worker for one job ends as soon as it has answered, its heap freed at once: the main
  // thread, busy emitting, would only end it once it reads the answer, and the two heaps at
  // their largest together made the run's peak (about 90 MB more on GitHub's spec). Its answer
  // still arrives: a worker's messages come before its exit.
  if (workerData?.oneJob) process.exit(0);
}
