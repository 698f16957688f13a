// Runs openapi-typescript in a worker thread, so its module load and type generation
// overlap the main thread's lint, model and emit: on a large spec, seconds saved.
// Answers with the types' text or the error's first line.
// Plain JavaScript, so the worker needs no TypeScript loader.
import { parentPort } from "node:worker_threads";
import { astToString, resolveRef, scanDiscriminators, stringToAST, transformSchema } from "openapi-typescript";
import { repairSpec, withoutRepeatedOperationIds } from "../spec/repairs.mjs";
import { declareTemplateParameters } from "../spec/template-parameters.mjs";
import { asBundled, isSelfContained, readSpecFile } from "./spec-source.mjs";

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
 * Messages, in order: the spec's path; whether the main thread's lint config bundles as the
 * default does; the main thread's bundle, or nothing when it used the file as parsed.
 */
const messages = [];
let waiting;
parentPort.on("message", (message) => (waiting ? (waiting(message), (waiting = undefined)) : messages.push(message)));
const next = () => (messages.length > 0 ? Promise.resolve(messages.shift()) : new Promise((done) => (waiting = done)));

try {
  const { path } = await next();
  const own = path === undefined ? undefined : readSpecFile(path);
  const standsAlone = own !== undefined && isSelfContained(own);
  const { bundlesAsDefault } = await next();
  // The same test the main thread makes before it skips bundling (spec-source.mjs), and the
  // same additions it makes then (load.ts); a bundle it sends has them already.
  const schema = bundlesAsDefault && standsAlone ? ownDocument(own) : (await next()).document;
  if (schema === undefined) throw new Error("no bundled document to type");
  parentPort.postMessage({ text: typesOf(withoutRepeatedOperationIds(schema)) });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
}
parentPort.close();
