import { httpMethods, resolve, type OpenApiDocument, type OperationObject } from "../../src/generator/spec/document.js";

/** One example the spec gives, where it stands, and the schema it must meet. */
export interface Example {
  kind: "parameter" | "request" | "response";
  /** JSON pointer to the example's value in the bundled spec. */
  pointer: string;
  path: string;
  method: string;
  /** The response status, for response examples. */
  status?: string;
  schema: unknown;
  value: unknown;
}

const escape = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

/**
 * Every `example` and `examples` value of every parameter, request body and response, with
 * its JSON pointer (at the component it comes from, when it is `$ref`d).
 */
export function collectExamples(document: OpenApiDocument): Example[] {
  const found: Example[] = [];
  const at = (pointer: string, value: unknown): { pointer: string; node: Record<string, unknown> | undefined } => {
    const ref = (value as { $ref?: string } | undefined)?.$ref;
    return { pointer: ref ?? pointer, node: resolve<Record<string, unknown>>(document, value as never) };
  };
  /** `example` and each `examples` entry of a parameter or media type object. */
  const take = (base: Omit<Example, "pointer" | "value" | "schema">, pointer: string, holder: Record<string, unknown> | undefined, schema: unknown) => {
    if (!holder) return;
    if (holder.example !== undefined) found.push({ ...base, pointer: `${pointer}/example`, schema, value: holder.example });
    for (const [key, entry] of Object.entries((holder.examples ?? {}) as Record<string, unknown>)) {
      const example = at(`${pointer}/examples/${escape(key)}`, entry);
      if (example.node?.value !== undefined) found.push({ ...base, pointer: `${example.pointer}/value`, schema, value: example.node.value });
    }
  };
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = (item as Record<string, OperationObject> | undefined)?.[method];
      if (!operation) continue;
      const base = `#/paths/${escape(path)}/${method}`;
      (operation.parameters ?? []).forEach((p, i) => {
        const parameter = at(`${base}/parameters/${i}`, p);
        take({ kind: "parameter", path, method }, parameter.pointer, parameter.node, parameter.node?.schema);
      });
      const body = at(`${base}/requestBody`, operation.requestBody);
      for (const [media, content] of Object.entries((body.node?.content ?? {}) as Record<string, Record<string, unknown>>)) {
        take({ kind: "request", path, method }, `${body.pointer}/content/${escape(media)}`, content, content.schema);
      }
      for (const [status, r] of Object.entries(operation.responses ?? {})) {
        const response = at(`${base}/responses/${status}`, r);
        for (const [media, content] of Object.entries((response.node?.content ?? {}) as Record<string, Record<string, unknown>>)) {
          take({ kind: "response", path, method, status }, `${response.pointer}/content/${escape(media)}`, content, content.schema);
        }
      }
    }
  }
  return found;
}
