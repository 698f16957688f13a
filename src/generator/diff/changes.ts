/**
 * A change between two versions of a spec, in the terms a caller of the generated client sees:
 * how bad it is for them, which side of the call it touches, the operation and the generated
 * function, where it is (JSON pointers into both versions, a file:line when known), and one
 * plain sentence. Plain data: the JSON report is these objects as they are.
 */
export type Severity = "breaking" | "non-breaking" | "info";

/** `request`: what callers send; `response`: what they get back; `operation`: the call itself; `document`: the whole API. */
export type Side = "request" | "response" | "operation" | "document";

export interface Change {
  severity: Severity;
  side: Side;
  /** What changed, as a stable identifier: `request-property-removed`, `response-enum-value-added`, ... */
  kind: string;
  /** `GET /pets/{id}`, where the change touches one operation. */
  operation?: string;
  /** The generated function's name in the new version (in the old one, for an operation that is gone). */
  function?: string;
  /** Where the change is in the new version (`#/components/schemas/Pet/properties/name`). */
  pointer?: string;
  /** Where it was in the old version, when that differs (something removed or moved). */
  basePointer?: string;
  /** `openapi.yaml:42:7`, where the pointer is found in a file of the new version. */
  location?: string;
  message: string;
}

export interface Summary {
  breaking: number;
  nonBreaking: number;
  info: number;
}

export type Bump = "major" | "minor" | "patch" | "none";

export function summarize(changes: readonly Change[]): Summary {
  const count = (severity: Severity) => changes.filter((change) => change.severity === severity).length;
  return { breaking: count("breaking"), nonBreaking: count("non-breaking"), info: count("info") };
}

/** Semantic versioning for the generated package: breaking needs a major, a new capability a minor, anything else a patch. */
export function suggestedBump({ breaking, nonBreaking, info }: Summary): Bump {
  if (breaking > 0) return "major";
  if (nonBreaking > 0) return "minor";
  return info > 0 ? "patch" : "none";
}
