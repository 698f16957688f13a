// Runs openapi-typescript in a worker thread, so its module load and type generation
// overlap the main thread's lint, model and emit: on a large spec, seconds saved.
// Answers with the types' text or the error's first line.
// Plain JavaScript, so the worker needs no TypeScript loader.
import { parentPort } from "node:worker_threads";
// openapi-typescript's transform and printer, without its index: that loads Redocly to lint
// and bundle, which we have done already (0.65 s of the worker's start). Its exports allow
// these paths, and package.json pins its version.
import transformSchema from "openapi-typescript/dist/transform/index.mjs";
import { astToString, stringToAST } from "openapi-typescript/dist/lib/ts.mjs";
import { resolveRef, scanDiscriminators } from "openapi-typescript/dist/lib/utils.mjs";
import { repairSpec, withoutRepeatedOperationIds } from "../spec/repairs.mjs";
import { declareTemplateParameters } from "../spec/template-parameters.mjs";
import { asBundled, readSpecText } from "./spec-source.mjs";

/**
 * openapi-typescript's own options, as `openapiTS()` sets them. We call its transform directly:
 * `openapiTS()` would lint and bundle the spec again (2 of its 5 s on GitHub's spec), and ours
 * has been linted and bundled already.
 */
const options = {
  silent: true,
  // A field with a default is optional to send; openapi-typescript would otherwise make it required.
  defaultNonNullable: false,
};

/**
 * A file (`format: binary`, or 3.1's `contentMediaType` without an encoding) is typed as what
 * the runtime sends and accepts for it, not as openapi-typescript's `string`: a Blob (or File),
 * bytes, a stream, or text.
 */
const fileType = stringToAST("type File = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | string;")[0].type;
const nullableFileType = stringToAST("type File = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | string | null;")[0].type;

function binaryType(schema) {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const isFile = schema.format === "binary" || (typeof schema.contentMediaType === "string" && schema.contentEncoding === undefined);
  if (!isFile || !(types.includes("string") || schema.type === undefined)) return undefined;
  return types.includes("null") || schema.nullable === true ? nullableFileType : fileType;
}

/**
 * openapi-typescript's nodes for the document in `input`, which it takes from there: the
 * document (about 55 MB of heap on GitHub's spec) is then free while the nodes are printed.
 */
function typeNodes(input) {
  const schema = withoutRepeatedOperationIds(input.document);
  input.document = undefined;
  const ctx = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: options.defaultNonNullable,
    discriminators: scanDiscriminators(schema, options),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined,
    silent: options.silent,
    inject: undefined,
    transform: binaryType,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => resolveRef(schema, $ref, { silent: options.silent }),
  };
  return transformSchema(schema, ctx);
}

/** The spec as parsed here, made what load.ts makes of it: repaired, its path parameters declared. */
function ownDocument(parsed) {
  const document = asBundled(parsed);
  repairSpec(document);
  return declareTemplateParameters(document).document;
}

/**
 * Jobs, one after another, each a series of messages with its number: the spec's path; whether
 * the spec stands alone under the main thread's lint config (load.ts); the main thread's
 * bundle, or nothing when it used the file as parsed. A job the main thread gave up on ends with
 * `cancel`. The worker stays for the next job (watch mode keeps it, with openapi-typescript
 * loaded) until the main thread terminates it.
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
  const configured = await nextOf(job);
  if (configured === undefined) return undefined;
  if (configured.standsAlone && path !== undefined) {
    const read = await readSpecText(path);
    // The same additions load.ts makes to a spec that stands alone; a bundle it sends has them already.
    return { document: ownDocument(read.parsed), read: read.hash };
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
    parentPort.postMessage({ job, text: astToString(typeNodes(input)), read: input.read });
  } catch (error) {
    parentPort.postMessage({ job, error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
  }
}
