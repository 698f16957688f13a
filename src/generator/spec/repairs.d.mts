/** A repair a spec's author should hear of: where, and what was done. */
export interface Repair {
  /** JSON pointer into the (bundled) document, `#/components/schemas/Pet/properties/a`. */
  pointer: string;
  message: string;
}

/** Repairs the document in place (cycles, values that are not schemas, bare discriminator names) and lists what its author should know (those, and repeated operationIds). */
export function repairSpec(document: object, options?: { acyclic?: boolean }): Repair[];
/** A copy of the document in which only the first operation with each operationId keeps it (openapi-typescript types the rest in their path items). */
export function withoutRepeatedOperationIds<T extends object>(document: T): T;
