import { existsSync } from "node:fs";
import { basename, resolve as resolvePath } from "node:path";
import { withCodeSamples } from "./emit/code-samples.js";
import { jsonWithNotice } from "./emit/header.js";
import type { JsModule } from "./emit/jsdoc.js";
import type { StatementsPrinter } from "./emit/ts-morph.js";
import { InputChangedError } from "./errors.js";
import { fingerprintOptions, manifest, manifestText, outputHashes } from "./incremental.js";
import { docsSpecFile, manifestFile } from "./output-files.js";
import { runSettings } from "./run-settings.js";
import { buildCliModel } from "./model/cli.js";
import { madeOnce, type OperationMemo } from "./model/operation-memo.js";
import { buildModel, securitySchemes } from "./model/operations.js";
import { requestCases } from "./model/request-examples.js";
import type { ApiModel } from "./model/types.js";
import type { OpenApiDocument } from "./spec/document.js";
import { changedInput } from "./stages/changed-input.js";
import { displayPath, loadSpecWhileLinting, type LoadingSpec, type LoadOptions } from "./stages/load.js";
import { startSchemaTypes, type SchemaTypesJob } from "./stages/types.js";
import type { OutputFile } from "./stages/write.js";

export interface GenerateOptions extends LoadOptions {
  /** The OpenAPI 3.0/3.1 document (YAML or JSON; may `$ref` other files). */
  spec: string;
  /** The output folder; decides the default runtime import. */
  out: string;
  /** How generated code imports the runtime, its types included. Default: a relative path to this package's `src/runtime` (types from its `types.js`). */
  runtimeImport?: string;
  /** Where the generated CLI takes the engine's `Program` type from. Default: a relative path to this package's `src/cli/program.js`. */
  cliImport?: string;
  /** The User-Agent the client sends. Default: `name/version` from ./package.json. */
  userAgent?: string;
  /** Remembers each operation's printed client declarations from run to run (watch mode keeps one): a run reprints only those that changed. */
  printer?: StatementsPrinter;
  /** Remembers each operation's model and what was made of it from run to run (watch mode keeps one): a run rebuilds only the operations an edit reaches. */
  memo?: OperationMemo;
}

export interface Generated {
  files: OutputFile[];
  model: ApiModel;
  /** The spec as loaded: bundled and repaired (what the diff compares). */
  document: OpenApiDocument;
  /** Lint warnings, and the generator's own (path parameters the spec forgot to declare), one line each. */
  warnings: string[];
}

/**
 * The whole chain, load -> types -> model -> emit, with no writes: the caller decides what
 * to do with the files. openapi-typescript runs in a worker meanwhile (see types.ts), which
 * a caller may start sooner and pass in.
 */
export async function generate(options: GenerateOptions, types = startSchemaTypes(existsSync(options.spec) ? options.spec : undefined)): Promise<Generated> {
  try {
    // With the lint elsewhere (watch mode), it runs while this thread builds: nothing is kept until it has answered.
    const loading = await loadSpecWhileLinting(options.spec, options, types.configure);
    return await built(options, loading, types).catch(loading.failed);
  } finally {
    types.cancel();
  }
}

/** What a run builds from the loaded spec, with the lint's verdict: every file, the manifest included, and the warnings. */
async function built(options: GenerateOptions, loading: LoadingSpec, types: SchemaTypesJob): Promise<Generated> {
  const { document, files: inputs, bundled, digests } = loading;
  const specName = basename(options.spec);
  const schemaTypes = types.emit(bundled ? document : undefined, specName, digests.get(resolvePath(options.spec)));
  schemaTypes.catch(() => undefined); // awaited below; a failure meanwhile must not go unhandled
  const { emitCli, emitClient, emitValidation } = await importEmitters();
  const { runtimeImport, runtimeTypesImport, cliImport, pkg, userAgent } = runSettings(options);
  const title = document.info?.title ?? specName;
  const { memo } = options;
  // What each operation's model and products read besides its path item and what that reaches
  // (the security schemes as followed: they decide the CLI's auth flags, which every command's flags avoid).
  const shared = () => [specName, title, document.security, document.servers, securitySchemes(document), (document as Record<string, unknown>)["x-cli"], runtimeImport, runtimeTypesImport, cliImport, userAgent, pkg];
  const model = buildModel(document, specName, memo && ((operations, build) => memo.models(document, shared(), operations, build)));
  // Each operation's request examples, for the CLI's examples and the docs' samples alike.
  const requests = model.operations.map((operation) => madeOnce(memo, operation, "requests", () => requestCases(document, operation)));
  const cli = buildCliModel(document, model.operations, requests, title, model.securitySchemes, memo);
  const clientOptions = { runtimeImport, runtimeTypesImport, schemaImport: "./schema.js", validationImport: "./validation.gen.js", selfImport: "./client.gen.js", userAgent, printer: options.printer, memo };
  const emitted = [
    ...moduleFiles("validation.gen", emitValidation(document, model, runtimeTypesImport, memo)),
    ...moduleFiles("client.gen", emitClient(model, clientOptions)),
    ...moduleFiles("cli.gen", emitCli(model, cli, { cliImport, clientImport: "./client.gen.js", validationImport: "./validation.gen.js", version: pkg.version, title, memo })),
    // The docs' input: the bundled spec with code samples.
    { path: docsSpecFile, contents: jsonWithNotice(specName, withCodeSamples(document, model, requests, cli, { packageName: pkg.name, memo })) },
  ];
  // Hashed while the types are on their way: the worker's part is the longest (GitHub's spec).
  const emittedHashes = outputHashes(emitted);
  // A worker that failed on its own read of a file saved meanwhile met the save, not a bad spec.
  const schema = { path: "schema.d.ts", contents: await schemaTypes.catch((error: unknown) => Promise.reject(inputChanged(digests) ?? error)) };
  // The manifest records the inputs as read: a save before this check stops the run, one after it is seen by the next.
  const { warnings } = await loading.checked();
  const changed = inputChanged(digests);
  if (changed !== undefined) throw changed;
  const outputs = { ...outputHashes([schema]), ...emittedHashes };
  const files = [schema, ...emitted, { path: manifestFile, contents: manifestText(manifest(options.spec, inputs, fingerprintOptions(options), outputs, digests)) }];
  return { files, model, document, warnings };
}

/** The mid-run change error for the first input file no longer as it was read, or undefined. */
function inputChanged(digests: ReadonlyMap<string, string>): InputChangedError | undefined {
  const changed = changedInput(digests);
  return changed === undefined ? undefined : new InputChangedError(displayPath(changed));
}

/**
 * The emitters load ts-morph, 0.6 s of imports. They are loaded only once the spec is sent to
 * the types worker, whose part is the longest: it starts that much sooner (GitHub's spec).
 */
async function importEmitters() {
  const [cli, client, validation] = await Promise.all([import("./emit/cli.js"), import("./emit/client.js"), import("./emit/validation.js")]);
  return { emitCli: cli.emitCli, emitClient: client.emitClient, emitValidation: validation.emitValidation };
}

/** A generated module's two files: `name.js`, and `name.d.ts` beside it. */
function moduleFiles(name: string, { module, declarations }: JsModule): OutputFile[] {
  return [
    { path: `${name}.js`, contents: module },
    { path: `${name}.d.ts`, contents: declarations },
  ];
}

