import type { HttpMethod, OpenApiDocument } from "./document.js";

/** A path parameter the spec's template names but no parameter declares. */
export interface AddedParameter {
  path: string;
  method: HttpMethod;
  operationId: string | undefined;
  name: string;
}

/** The document with every undeclared path template parameter declared as a required string; shares what it does not change. */
export function declareTemplateParameters<T extends OpenApiDocument>(document: T): { document: T; added: AddedParameter[] };
