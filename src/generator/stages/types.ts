import openapiTS, { astToString } from "openapi-typescript";
import { ExitCode, GeneratorError } from "../errors.js";
import { doNotEditHeader } from "../emit/header.js";
import type { OpenApiDocument } from "../spec/document.js";

/** openapi-typescript's `paths`, `components` and `operations` types for the bundled spec. */
export async function emitSchemaTypes(document: OpenApiDocument, specName: string): Promise<string> {
  try {
    // A field with a default is optional to send; openapi-typescript would otherwise make it required.
    const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { silent: true, defaultNonNullable: false });
    return doNotEditHeader(specName) + astToString(ast);
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new GeneratorError(`${specName}: openapi-typescript cannot type this spec: ${message}`, ExitCode.badSpec);
  }
}
