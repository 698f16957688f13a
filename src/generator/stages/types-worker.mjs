// Runs openapi-typescript in a worker thread, so its module load and type generation
// overlap the main thread's lint, model and emit: on a large spec, seconds saved.
// Answers with the types' text or the error's first line.
// Plain JavaScript, so the worker needs no TypeScript loader.
import { parentPort } from "node:worker_threads";
import { astToString, resolveRef, scanDiscriminators, stringToAST, transformSchema } from "openapi-typescript";
import { repairSpec, withoutRepeatedOperationIds } from "../spec/repairs.mjs";
import { declareTemplateParameters } from "../spec/template-parameters.mjs";
import { asBundled, isSelfContained, readSpecText } from "./spec-source.mjs";

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

function typesOf(schema) {
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
  return astToString(transformSchema(schema, ctx));
}

/** The spec as parsed here, made what load.ts makes of it: repaired, its path parameters declared. */
function ownDocument(parsed) {
  const document = asBundled(parsed);
  repairSpec(document);
  return declareTemplateParameters(document).document;
}

/**
 * Jobs, one after another, each a series of messages with its number: the spec's path; whether
 * the main thread's lint config bundles as the default does; the main thread's bundle, or
 * nothing when it used the file as parsed. A job the main thread gave up on ends with
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

for (;;) {
  const first = await next();
  // A message left over from a job already answered or given up (its bundle, sent regardless).
  if (!("path" in first)) continue;
  const { job, path } = first;
  try {
    const read = path === undefined ? undefined : readSpecText(path);
    const own = read?.parsed;
    const standsAlone = own !== undefined && isSelfContained(own);
    const configured = await nextOf(job);
    if (configured === undefined) continue;
    // The same test the main thread makes before it skips bundling (spec-source.mjs), and the
    // same additions it makes then (load.ts); a bundle it sends has them already.
    const sent = configured.bundlesAsDefault && standsAlone ? undefined : await nextOf(job);
    if (!(configured.bundlesAsDefault && standsAlone) && sent === undefined) continue;
    const schema = sent === undefined ? ownDocument(own) : sent.document;
    if (schema === undefined) throw new Error("no bundled document to type");
    // Typed from its own read of the file: the hash lets the main thread check it read the same text.
    parentPort.postMessage({ job, text: typesOf(withoutRepeatedOperationIds(schema)), read: sent === undefined ? read.hash : undefined });
  } catch (error) {
    parentPort.postMessage({ job, error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
  }
}
