import type { OpenApiDocument, ReferenceObject } from "./document.js";

export function isReference(value: unknown): value is ReferenceObject;
/** Follows local `$ref`s to the object they name; undefined for a ref that leads nowhere or in a circle. */
export function resolve<T>(document: OpenApiDocument, value: T | ReferenceObject | undefined): T | undefined;
/** RFC 6901: `/components/schemas/a~1b` names `components.schemas["a/b"]`. */
export function lookupPointer(root: unknown, pointer: string): unknown;
/** A chain of local `$ref`s that comes back to where it started, as the pointers it passes, or undefined. */
export function findRefCycle(document: unknown): string[] | undefined;
