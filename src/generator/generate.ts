import { basename, relative, resolve as resolvePath } from "node:path";
import { fileURLToPath } from "node:url";
import { emitClient } from "./emit/client.js";
import { buildModel } from "./model/operations.js";
import type { ApiModel } from "./model/types.js";
import { loadSpec, type LoadOptions } from "./stages/load.js";
import { emitSchemaTypes } from "./stages/types.js";
import type { OutputFile } from "./stages/write.js";

export interface GenerateOptions extends LoadOptions {
  /** The OpenAPI 3.0/3.1 document (YAML or JSON; may `$ref` other files). */
  spec: string;
  /** The output folder; decides the default runtime import. */
  out: string;
  /** How generated code imports the runtime. Default: a relative path to this package's `src/runtime`. */
  runtimeImport?: string;
}

export interface Generated {
  files: OutputFile[];
  model: ApiModel;
  /** Lint warnings, one line each. */
  warnings: string[];
}

/** The whole chain, load -> types -> model -> emit, with no writes: the caller decides what to do with the files. */
export async function generate(options: GenerateOptions): Promise<Generated> {
  const { document, warnings } = await loadSpec(options.spec, options);
  const specName = basename(options.spec);
  const model = buildModel(document, specName);
  const client = emitClient(model, { runtimeImport: options.runtimeImport ?? defaultRuntimeImport(options.out), schemaImport: "./schema.js" });
  const files = [
    { path: "schema.d.ts", contents: await emitSchemaTypes(document, specName) },
    { path: "client.gen.ts", contents: client },
  ];
  return { files, model, warnings };
}

/** `../src/runtime/index.js` from `generated/`: the same on every machine with this layout. */
function defaultRuntimeImport(outDir: string): string {
  const runtime = fileURLToPath(new URL("../runtime/index.js", import.meta.url));
  const path = relative(resolvePath(outDir), runtime).split("\\").join("/");
  return path.startsWith(".") ? path : `./${path}`;
}
