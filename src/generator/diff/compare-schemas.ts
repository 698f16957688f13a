/**
 * Two versions of a schema compared as the caller of the generated client meets them: in a
 * request the caller writes values, so what the new schema refuses breaks them; in a response
 * the caller reads values, so what the new schema may return that the old could not breaks
 * them. Structural, after resolving `$ref`s (moving a schema into components is no change),
 * with `allOf` read as one schema; descriptions and examples are not compared. Each pair of
 * schemas is compared once per direction and remembered, so a component shared by a thousand
 * operations costs one comparison, and a schema that contains itself ends the walk.
 */
import { isReference, resolve, type OpenApiDocument, type ReferenceObject, type SchemaObject } from "../spec/document.js";
import type { Severity } from "./changes.js";

export type Direction = "request" | "response";

/** A change inside a schema, relative to the schema compared. */
export interface SchemaChange {
  /** Field path below the compared schema: `["owner", "login"]`; `[]` stands for an array's items, `{}` for a map's values. */
  path: string[];
  kind: string;
  severity: Severity;
  /** The rest of a sentence whose subject is the field: "is now required", "no longer accepts null". */
  detail: string;
  /** Where in the new version. */
  pointer: string;
  /** Where in the old version, when that is where the change is to be seen (something removed). */
  basePointer?: string;
}

type Schema = SchemaObject & Record<string, unknown>;

/** A schema with its `allOf` parts read into it, and where each of its properties is written. */
interface Effective {
  schema: Schema;
  pointer: string;
  /** Where each keyword taken from an `allOf` part is written (its own keywords are at `pointer`). */
  origins: Map<string, string>;
  types: Set<string> | undefined;
  /** The values allowed, from `enum` or `const` (or a `oneOf`/`anyOf` of them); undefined when not a list. */
  values: unknown[] | undefined;
  /** A `oneOf`/`anyOf` of plain scalar schemas, read into `types` and `values` instead of compared variant by variant. */
  folded?: "oneOf" | "anyOf";
  properties: Map<string, { schema: unknown; pointer: string }>;
  required: Set<string>;
}

const lowerBounds = ["minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties"] as const;
const upperBounds = ["maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties"] as const;
/** Keywords whose any change may refuse what was accepted (a new pattern is not known to be looser). */
const opaqueRules = ["pattern", "format", "multipleOf"] as const;

export class SchemaComparer {
  private readonly memo = new Map<string, SchemaChange[]>();
  private readonly active = new Set<string>();
  private readonly canonicalMemo = new Map<string, string>();

  constructor(
    private readonly base: OpenApiDocument,
    private readonly head: OpenApiDocument,
  ) {}

  compare(baseSchema: unknown, basePointer: string, headSchema: unknown, headPointer: string, direction: Direction): SchemaChange[] {
    const b = follow(this.base, baseSchema, basePointer);
    const h = follow(this.head, headSchema, headPointer);
    const key = `${direction}\0${b.pointer}\0${h.pointer}`;
    const known = this.memo.get(key);
    if (known) return known;
    // A schema met again inside itself: its differences are being found further up.
    if (this.active.has(key)) {
      this.cut.add(key);
      return [];
    }
    this.active.add(key);
    const changes = this.compareResolved(effective(this.base, b.schema, b.pointer), effective(this.head, h.schema, h.pointer), direction);
    this.active.delete(key);
    this.cut.delete(key);
    // A result that stopped at a schema still being compared further up is only whole from there: not kept for elsewhere.
    if (![...this.cut].some((pending) => this.active.has(pending))) this.memo.set(key, changes);
    return changes;
  }

  /** Pairs where a walk stopped because they were already being compared further up. */
  private readonly cut = new Set<string>();

  private compareResolved(b: Effective, h: Effective, direction: Direction): SchemaChange[] {
    const union = this.acrossUnion(b, h, direction);
    if (union) return union;
    const changes: SchemaChange[] = [];
    const add = (kind: string, severity: Severity, detail: string, path: string[] = [], basePointer?: string, pointer = h.pointer) =>
      changes.push({ path, kind: `${direction}-${kind}`, severity, detail, pointer, ...(basePointer ? { basePointer } : {}) });
    const request = direction === "request";
    // Where a keyword is written in the new version (in an `allOf` part, maybe), else the schema itself (the keyword is gone).
    const at = (keyword: string) => h.origins.get(keyword) ?? (h.schema[keyword] !== undefined ? `${h.pointer}/${keyword}` : h.pointer);
    const addAt = (keyword: string): AddChange => (kind, severity, detail, path = [], basePointer) => add(kind, severity, detail, path, basePointer, at(keyword));

    // 3.0's `nullable` is where null comes and goes, when the new version writes it.
    compareTypes(b.types, h.types, request, (kind, ...rest) => addAt(kind.startsWith("nullable") && h.schema.nullable !== undefined ? "nullable" : "type")(kind, ...rest));
    compareEnums(b.values, h.values, request, addAt(h.folded ?? (Array.isArray(h.schema.enum) || !("const" in h.schema) ? "enum" : "const")));
    for (const keyword of [...lowerBounds, ...upperBounds]) {
      const [was, now] = [bound(b.schema, keyword), bound(h.schema, keyword)];
      if (was === now) continue;
      const lower = (lowerBounds as readonly string[]).includes(keyword);
      const tighter = now !== undefined && (was === undefined || (lower ? now > was : now < was));
      const text = was === undefined ? `now has ${keyword} ${now}` : now === undefined ? `no longer has ${keyword} ${was}` : `${keyword} changed from ${was} to ${now}`;
      constraint(tighter, text, keyword);
    }
    for (const keyword of opaqueRules) {
      const [was, now] = [b.schema[keyword], h.schema[keyword]];
      if (was === now || (was === undefined && now === undefined)) continue;
      const text = was === undefined ? `now has ${keyword} ${String(now)}` : now === undefined ? `no longer has ${keyword} ${String(was)}` : `${keyword} changed from ${String(was)} to ${String(now)}`;
      // A number's format says how it is stored: only int32 refuses a number a caller could send (int64 holds every safe integer).
      if (keyword === "format" && isNumberFormat(was) && isNumberFormat(now)) {
        if (now === "int32" && request) constraint(true, text, keyword);
        else addAt(keyword)("number-format-changed", "info", text);
        continue;
      }
      constraint(now !== undefined, text, keyword);
    }
    if (!b.schema.uniqueItems && h.schema.uniqueItems) constraint(true, "now needs unique items", "uniqueItems");
    if (b.schema.uniqueItems && !h.schema.uniqueItems) constraint(false, "no longer needs unique items", "uniqueItems");

    this.compareProperties(b, h, direction, add, changes);
    this.compareAdditional(b, h, direction, add, changes);
    // An array's items: a side that says nothing about them takes any item.
    const isArray = (e: Effective) => e.types?.has("array") === true || e.schema.items !== undefined;
    if (isArray(b) && isArray(h) && (b.schema.items !== undefined || h.schema.items !== undefined) && !Array.isArray(b.schema.items) && !Array.isArray(h.schema.items)) {
      nest(changes, "[]", this.compare(b.schema.items ?? {}, `${b.pointer}/items`, h.schema.items ?? {}, `${h.pointer}/items`, direction));
    }
    this.compareVariants(b, h, direction, add, changes);
    compareDiscriminators(b.schema, h.schema, (kind, severity, detail) => addAt("discriminator")(kind, severity, detail));
    if (!b.schema.deprecated && h.schema.deprecated) addAt("deprecated")("deprecated", "info", "is now deprecated");
    return changes;

    /** A rule that refuses more is breaking for a writer; for a reader it is only news. */
    function constraint(tighter: boolean, text: string, keyword: string) {
      const severity = !request ? "info" : tighter ? "breaking" : "non-breaking";
      addAt(keyword)(tighter ? "constraint-tightened" : "constraint-relaxed", severity, text);
    }
  }

  private compareProperties(b: Effective, h: Effective, direction: Direction, add: AddChange, changes: SchemaChange[]): void {
    const request = direction === "request";
    // A reader never gets a writeOnly field; a writer never sends a readOnly one.
    const hidden = (schema: unknown, document: OpenApiDocument) => {
      const resolved = resolve<SchemaObject>(document, schema as SchemaObject);
      return request ? resolved?.readOnly === true : resolved?.writeOnly === true;
    };
    const names = new Set([...b.properties.keys(), ...h.properties.keys(), ...b.required, ...h.required]);
    for (const name of names) {
      const was = b.properties.get(name);
      const now = h.properties.get(name);
      const wasHere = was !== undefined || b.required.has(name);
      const nowHere = now !== undefined || h.required.has(name);
      const [hiddenBefore, hiddenNow] = [was !== undefined && hidden(was.schema, this.base), now !== undefined && hidden(now.schema, this.head)];
      if (hiddenBefore && hiddenNow) continue;
      if (hiddenNow) {
        // Newly readOnly in a request (writeOnly in a response): the client's types keep the field; the server ignores it.
        add(request ? "property-made-read-only" : "property-made-write-only", "info", request ? "is now readOnly: the server ignores it in requests" : "is now writeOnly: responses leave it out", [name], undefined, now!.pointer);
        continue;
      }
      // Newly writable (readable): as if new on this side.
      const wasRequired = !hiddenBefore && b.required.has(name);
      const nowRequired = h.required.has(name);
      if (hiddenBefore) {
        if (request) add(nowRequired ? "required-property-added" : "property-added", nowRequired ? "breaking" : "non-breaking", nowRequired ? "is no longer readOnly, and required" : "is no longer readOnly (optional)", [name], undefined, now!.pointer);
        else add("property-added", "non-breaking", "is no longer writeOnly", [name], undefined, now!.pointer);
        continue;
      }
      if (wasHere && !nowHere) {
        add("property-removed", "breaking", request ? "was removed: callers that send it no longer compile" : "was removed", [name], was?.pointer ?? b.pointer, h.pointer);
        continue;
      }
      if (!wasHere && nowHere) {
        if (request) add(nowRequired ? "required-property-added" : "property-added", nowRequired ? "breaking" : "non-breaking", nowRequired ? "is new and required" : "is new (optional)", [name], undefined, now?.pointer ?? h.pointer);
        else add("property-added", "non-breaking", "is new", [name], undefined, now?.pointer ?? h.pointer);
        continue;
      }
      const requiredAt = h.schema.required ? `${h.pointer}/required` : h.pointer;
      if (!wasRequired && nowRequired) add("property-made-required", request ? "breaking" : "non-breaking", request ? "is now required" : "is now always present", [name], undefined, requiredAt);
      if (wasRequired && !nowRequired) add("property-made-optional", request ? "non-breaking" : "breaking", request ? "is now optional" : "may now be absent", [name], undefined, requiredAt);
      if (was && now) nest(changes, name, this.compare(was.schema, was.pointer, now.schema, now.pointer, direction));
    }
  }

  private compareAdditional(b: Effective, h: Effective, direction: Direction, add: AddChange, changes: SchemaChange[]): void {
    const [was, now] = [b.schema.additionalProperties, h.schema.additionalProperties];
    const closedBefore = was === false;
    const closedNow = now === false;
    if (!closedBefore && closedNow) add("additional-properties-closed", direction === "request" ? "breaking" : "non-breaking", "no longer accepts fields it does not name", [], undefined, `${h.pointer}/additionalProperties`);
    if (closedBefore && !closedNow) add("additional-properties-opened", direction === "request" ? "non-breaking" : "info", "now takes fields it does not name");
    // Map values: a side that allows other fields without a schema for them takes any value.
    const values = (value: unknown) => (value === false ? undefined : typeof value === "object" && value !== null ? value : {});
    const [oldValues, newValues] = [values(was), values(now)];
    if (oldValues && newValues && (typeof was === "object" || typeof now === "object")) nest(changes, "{}", this.compare(oldValues, `${b.pointer}/additionalProperties`, newValues, `${h.pointer}/additionalProperties`, direction));
  }

  /**
   * Variants are paired by being the same schema (the same component, or the same shape after
   * resolving), then by position when as many remain on both sides; the rest were removed or
   * added. A writer loses a removed variant; a reader must handle an added one.
   */
  private compareVariants(b: Effective, h: Effective, direction: Direction, add: AddChange, changes: SchemaChange[]): void {
    // `oneOf` and `anyOf` alike: for a caller, a union is a union (an edit from one to the other is no change to them).
    const union = (document: OpenApiDocument, e: Effective) => (["oneOf", "anyOf"] as const).flatMap((keyword) => (e.folded === keyword ? [] : variants(document, e, keyword)));
    const was = union(this.base, b);
    const now = union(this.head, h);
    const keyword = "variant";
    if (was.length === 0 && now.length === 0) return;
    const unmatched = [...now];
    const pairs: [Variant, Variant][] = [];
    const left: Variant[] = [];
    for (const variant of was) {
      const same = unmatched.findIndex((candidate) => candidate.name === variant.name || this.canonical(this.head, candidate) === this.canonical(this.base, variant));
      if (same >= 0) pairs.push([variant, unmatched.splice(same, 1)[0]!]);
      else left.push(variant);
    }
    if (left.length === unmatched.length) left.splice(0).forEach((variant, i) => pairs.push([variant, unmatched[i]!])), unmatched.splice(0);
    const request = direction === "request";
    // A variant gone into a wider one (`labels: string[]` and `labels: {name}[]` become `labels: (string | {name})[]`)
    // takes away nothing a writer sent; one added within an old one gives a reader nothing new.
    const widens = (narrow: Variant, wide: Variant, wideInHead: boolean) => (wideInHead ? this : this.reversed()).compare(narrow.schema, narrow.pointer, wide.schema, wide.pointer, "request").every((change) => change.severity !== "breaking");
    for (const variant of left) {
      const into = now.find((candidate) => widens(variant, candidate, true));
      if (into) add("variant-merged", "non-breaking", `the ${keyword} ${variant.name} is taken in by ${into.name}, which allows all it did`, [], variant.pointer, into.pointer);
      else add("variant-removed", request ? "breaking" : "non-breaking", request ? `no longer accepts the ${keyword} ${variant.name}` : `is no longer the ${keyword} ${variant.name}`, [], variant.pointer);
    }
    for (const variant of unmatched) {
      const within = !request && was.some((candidate) => widens(variant, candidate, false));
      if (within) add("variant-added", "non-breaking", `may now be the ${keyword} ${variant.name}, which an old variant already allowed`, [], undefined, variant.pointer);
      else add("variant-added", request ? "non-breaking" : "breaking", request ? `now also accepts the ${keyword} ${variant.name}` : `may now be the ${keyword} ${variant.name}: code that handles each variant misses it`, [], undefined, variant.pointer);
    }
    for (const [x, y] of pairs) changes.push(...this.compare(x.schema, x.pointer, y.schema, y.pointer, direction));
  }

  /**
   * A schema on one side and a union of schemas (nothing but a `oneOf` or `anyOf`) on the other:
   * compared against the variants, not the union's empty top. A writer keeps every value the old
   * schema (or each old variant) took if some new variant takes it; a reader meets only what a
   * new variant adds beyond the old schema. Undefined when neither side is a bare union.
   */
  private acrossUnion(b: Effective, h: Effective, direction: Direction): SchemaChange[] | undefined {
    const [was, now] = [bareUnion(this.base, b), bareUnion(this.head, h)];
    if ((was === undefined) === (now === undefined)) return undefined;
    const whole: Variant = { schema: now ? b.schema : h.schema, pointer: now ? b.pointer : h.pointer, name: "" };
    const changes: SchemaChange[] = [];
    const breaks = (list: SchemaChange[]) => list.some((change) => change.severity === "breaking");
    if (now) {
      // One schema became a union. A writer is fine if one variant takes all the schema took.
      const tries = now.map((variant) => ({ variant, found: this.compare(whole.schema, whole.pointer, variant.schema, variant.pointer, direction) }));
      if (direction === "request") {
        const fit = tries.find((attempt) => !breaks(attempt.found));
        if (!fit) return undefined;
        changes.push(...fit.found);
        for (const { variant } of tries.filter((attempt) => attempt !== fit)) changes.push({ path: [], kind: "request-variant-added", severity: "non-breaking", detail: `now also accepts the variant ${variant.name}`, pointer: variant.pointer });
        return changes;
      }
      // A reader meets each variant the old schema did not already allow.
      for (const variant of now) {
        const within = !breaks(this.reversed().compare(variant.schema, variant.pointer, whole.schema, whole.pointer, "request"));
        if (!within) changes.push({ path: [], kind: "response-variant-added", severity: "breaking", detail: `may now be the variant ${variant.name}: code that handles the old shape misses it`, pointer: variant.pointer });
      }
      return changes;
    }
    // A union became one schema. A writer loses each old variant the schema does not take.
    if (direction === "response") return undefined;
    for (const variant of was!) {
      if (breaks(this.compare(variant.schema, variant.pointer, whole.schema, whole.pointer, "request"))) changes.push({ path: [], kind: "request-variant-removed", severity: "breaking", detail: `no longer accepts the variant ${variant.name}`, pointer: whole.pointer, basePointer: variant.pointer });
    }
    return changes;
  }

  private reversedComparer: SchemaComparer | undefined;

  /** The same comparison with the versions swapped: does an old schema take in a new one? */
  private reversed(): SchemaComparer {
    return (this.reversedComparer ??= new SchemaComparer(this.head, this.base));
  }

  /** A schema's shape for telling variants apart: resolved two levels deep, words that do not constrain left out. */
  private canonical(document: OpenApiDocument, variant: Variant): string {
    const key = `${document === this.base ? "b" : "h"}${variant.pointer}`;
    let text = this.canonicalMemo.get(key);
    if (text === undefined) {
      text = JSON.stringify(shape(document, variant.schema, 3));
      this.canonicalMemo.set(key, text);
    }
    return text;
  }
}

type AddChange = (kind: string, severity: Severity, detail: string, path?: string[], basePointer?: string, pointer?: string) => void;

interface Variant {
  schema: unknown;
  pointer: string;
  /** The component's name for a `$ref`, else `#1`, `#2` by position. */
  name: string;
}

/** The variants of a schema that is nothing but a `oneOf` or `anyOf` (no type, properties or items of its own, not a list of scalars). */
function bareUnion(document: OpenApiDocument, e: Effective): Variant[] | undefined {
  if (e.folded || e.types !== undefined || e.properties.size > 0 || e.schema.items !== undefined || e.schema.allOf !== undefined) return undefined;
  const keyword = Array.isArray(e.schema.oneOf) ? "oneOf" : Array.isArray(e.schema.anyOf) ? "anyOf" : undefined;
  if (keyword === undefined || (keyword === "oneOf" && Array.isArray(e.schema.anyOf))) return undefined;
  return variants(document, e, keyword);
}

function variants(document: OpenApiDocument, e: Effective, keyword: "oneOf" | "anyOf"): Variant[] {
  const list = e.schema[keyword];
  if (!Array.isArray(list)) return [];
  return list.map((entry, i) => {
    const ref = isReference(entry) ? (entry as ReferenceObject).$ref : undefined;
    const followed = follow(document, entry, `${e.pointer}/${keyword}/${i}`);
    return { schema: followed.schema, pointer: followed.pointer, name: ref ? decodeURIComponent(ref.split("/").at(-1)!) : `#${i + 1}` };
  });
}

/** The schema behind any chain of `$ref`s, and the pointer of where it is written. */
function follow(document: OpenApiDocument, schema: unknown, pointer: string): { schema: Schema; pointer: string } {
  let current = schema;
  let at = pointer;
  for (let hops = 0; hops < 64; hops++) {
    if (isReference(current)) {
      at = (current as ReferenceObject).$ref;
      current = resolve(document, current as ReferenceObject);
      continue;
    }
    // `{allOf: [{$ref: X}], description: ...}` is how 3.0 puts a description on a `$ref`: it is X.
    const only = wrapped(current);
    if (only === undefined) break;
    at = `${at}/allOf/0`;
    current = only;
  }
  return { schema: (current !== null && typeof current === "object" && !isReference(current) ? current : {}) as Schema, pointer: at };
}

/** Words that say something about a schema without constraining its values. */
const annotations = new Set(["description", "title", "example", "examples", "deprecated", "externalDocs", "xml", "default", "$comment"]);

/** The one schema an `allOf` of one wraps, when the wrapper adds nothing but annotations. */
function wrapped(schema: unknown): unknown {
  if (schema === null || typeof schema !== "object") return undefined;
  const { allOf } = schema as Schema;
  if (!Array.isArray(allOf) || allOf.length !== 1) return undefined;
  return Object.keys(schema).every((key) => key === "allOf" || annotations.has(key) || key.startsWith("x-")) ? allOf[0] : undefined;
}

/** The schema with its `allOf` parts merged in: their properties and required fields; the first `type` given. */
function effective(document: OpenApiDocument, schema: Schema, pointer: string, seen = new Set<string>()): Effective {
  const properties = new Map<string, { schema: unknown; pointer: string }>();
  const declared = schema.properties !== null && typeof schema.properties === "object" ? schema.properties : {};
  for (const [name, property] of Object.entries(declared)) properties.set(name, { schema: property, pointer: `${pointer}/properties/${escape(name)}` });
  // What real specs get wrong stays harmless: a `required: true` on a property, `properties` that is not a map.
  const result: Effective = { schema, pointer, origins: new Map(), types: typesOf(schema), values: valuesOf(schema), properties, required: new Set(Array.isArray(schema.required) ? schema.required.filter((name): name is string => typeof name === "string") : []) };
  foldScalarVariants(document, result);
  seen.add(pointer);
  (schema.allOf ?? []).forEach((part, i) => {
    const followed = follow(document, part, `${pointer}/allOf/${i}`);
    if (seen.has(followed.pointer)) return;
    const inner = effective(document, followed.schema, followed.pointer, seen);
    for (const [name, property] of inner.properties) if (!properties.has(name)) properties.set(name, property);
    inner.required.forEach((name) => result.required.add(name));
    result.types ??= inner.types;
    result.values ??= inner.values;
    // Keywords the part has and the schema itself leaves out, for the comparisons above.
    for (const [key, value] of Object.entries(inner.schema)) {
      if (key in result.schema || key === "allOf" || key === "properties" || key === "required") continue;
      result.schema = { ...result.schema, [key]: value };
      result.origins.set(key, inner.origins.get(key) ?? `${inner.pointer}/${escape(key)}`);
    }
  });
  // 3.0's `nullable: true` beside an `allOf` adds null to what the parts allow.
  if (schema.nullable === true && result.types && !result.types.has("null")) result.types = new Set([...result.types, "null"]);
  // An `enum` with no `type` has the types of its values.
  if (result.types === undefined && result.values !== undefined && result.values.length > 0) result.types = new Set(result.values.map(jsonType));
  return result;
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/**
 * `oneOf: [{type: string, enum: [a]}, {type: string, enum: [b]}]` is `{type: string, enum: [a, b]}`
 * written another way (GitHub's spec rewrites enums so): a schema with no `type` of its own whose
 * variants are all plain scalars takes their types, and their values when each lists them.
 */
function foldScalarVariants(document: OpenApiDocument, e: Effective): void {
  if (e.types !== undefined || e.values !== undefined) return;
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const list = e.schema[keyword];
    if (!Array.isArray(list) || list.length === 0) continue;
    const parts = list.map((entry) => follow(document, entry, "").schema);
    const scalar = (part: Schema) => {
      const types = typesOf(part);
      return types !== undefined && [...types].every((type) => ["string", "number", "integer", "boolean", "null"].includes(type)) && !part.oneOf && !part.anyOf && !part.allOf;
    };
    if (!parts.every(scalar)) continue;
    e.types = new Set(parts.flatMap((part) => [...typesOf(part)!]));
    const lists = parts.map(valuesOf);
    if (lists.every((values) => values !== undefined)) e.values = lists.flat();
    e.folded = keyword;
    return;
  }
}

/** The types a value may have; undefined when the schema does not say (any). 3.0's `nullable` adds null to a `type`. */
function typesOf(schema: Schema): Set<string> | undefined {
  const types = Array.isArray(schema.type) ? schema.type : typeof schema.type === "string" ? [schema.type] : undefined;
  if (types === undefined) return undefined;
  const set = new Set(types);
  if (schema.nullable === true) set.add("null");
  return set;
}

function compareTypes(was: Set<string> | undefined, now: Set<string> | undefined, request: boolean, add: AddChange): void {
  if (was === undefined && now === undefined) return;
  const describe = (types: Set<string> | undefined) => (types === undefined ? "any type" : [...types].join(" or "));
  // An integer is a number: `number` in place of `integer` takes everything it took.
  const covers = (types: Set<string> | undefined, type: string) => types === undefined || types.has(type) || (type === "integer" && types.has("number"));
  const lost = was === undefined ? ["(any)"] : [...was].filter((type) => !covers(now, type));
  const gained = now === undefined ? ["(any)"] : [...now].filter((type) => !covers(was, type));
  if (lost.length === 0 && gained.length === 0) return;
  if (lost.length > 0 && gained.length > 0) return add("type-changed", "breaking", `changed type from ${describe(was)} to ${describe(now)}`);
  const onlyNull = (types: string[]) => types.length === 1 && types[0] === "null";
  if (request) {
    if (lost.length > 0) add(onlyNull(lost) ? "nullable-removed" : "type-narrowed", "breaking", onlyNull(lost) ? "no longer accepts null" : `no longer accepts ${lost.join(" or ")} (now ${describe(now)})`);
    else add(onlyNull(gained) ? "nullable-added" : "type-widened", "non-breaking", onlyNull(gained) ? "now also accepts null" : `now also accepts ${gained.join(" or ")}`);
  } else if (gained.length > 0) add(onlyNull(gained) ? "nullable-added" : "type-widened", "breaking", onlyNull(gained) ? "may now be null" : `may now be ${gained.join(" or ")} (was ${describe(was)})`);
  else add(onlyNull(lost) ? "nullable-removed" : "type-narrowed", "non-breaking", onlyNull(lost) ? "is no longer null" : `is no longer ${lost.join(" or ")}`);
}

/**
 * A discriminator decides which variant a value is (openapi-typescript writes its value into
 * each variant's type): another property name, or a value that now names another variant or
 * none, breaks writers and readers alike.
 */
function compareDiscriminators(was: Schema, now: Schema, add: AddChange): void {
  type Discriminator = { propertyName?: unknown; mapping?: Record<string, unknown> };
  const [b, h] = [was.discriminator as Discriminator | undefined, now.discriminator as Discriminator | undefined];
  if (!b || !h) return;
  if (b.propertyName !== h.propertyName) return add("discriminator-changed", "breaking", `is now told apart by ${String(h.propertyName)}, not ${String(b.propertyName)}`);
  const [before, after] = [b.mapping ?? {}, h.mapping ?? {}];
  for (const [value, target] of Object.entries(before)) {
    if (!(value in after)) add("discriminator-value-removed", "breaking", `no longer tells a variant by ${String(b.propertyName)} ${JSON.stringify(value)}`);
    else if (String(after[value]).split("/").at(-1) !== String(target).split("/").at(-1)) add("discriminator-changed", "breaking", `now reads ${String(b.propertyName)} ${JSON.stringify(value)} as ${String(after[value])}, not ${String(target)}`);
  }
}

function isNumberFormat(format: unknown): boolean {
  return format === undefined || format === "int32" || format === "int64" || format === "float" || format === "double";
}

/** `enum`, or `const` as an enum of one; undefined when neither limits the values. */
function valuesOf(schema: Schema): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  return "const" in schema ? [schema.const] : undefined;
}

function compareEnums(was: unknown[] | undefined, now: unknown[] | undefined, request: boolean, add: AddChange): void {
  if (was === undefined && now === undefined) return;
  const show = (value: unknown) => JSON.stringify(value);
  if (was === undefined) return add("enum-added", request ? "breaking" : "non-breaking", `is now limited to ${now!.map(show).join(", ")}`);
  if (now === undefined) return add("enum-removed", request ? "non-breaking" : "breaking", request ? "is no longer limited to a list of values" : "may now be any value, not only the listed ones");
  const wasSet = new Set(was.map(show));
  const nowSet = new Set(now.map(show));
  for (const value of wasSet) if (!nowSet.has(value)) add("enum-value-removed", request ? "breaking" : "non-breaking", request ? `no longer accepts ${value}` : `is no longer ${value}`);
  for (const value of nowSet) {
    if (wasSet.has(value)) continue;
    add("enum-value-added", request ? "non-breaking" : "breaking", request ? `now also accepts ${value}` : `may now be ${value}: an exhaustive switch over its values breaks`);
  }
}

/** A bound as a number: 3.0's `exclusiveMinimum: true` beside `minimum` is 3.1's `exclusiveMinimum: <minimum>`. */
function bound(schema: Schema, keyword: (typeof lowerBounds)[number] | (typeof upperBounds)[number]): number | undefined {
  const value = schema[keyword];
  if (keyword === "minimum" && schema.exclusiveMinimum === true) return undefined;
  if (keyword === "maximum" && schema.exclusiveMaximum === true) return undefined;
  if (value === true) return keyword === "exclusiveMinimum" ? (schema.minimum as number | undefined) : (schema.maximum as number | undefined);
  return typeof value === "number" ? value : undefined;
}

function nest(into: SchemaChange[], segment: string, changes: SchemaChange[]): void {
  for (const change of changes) into.push({ ...change, path: [segment, ...change.path] });
}

/** What a schema allows, `depth` levels of `$ref`s deep: for telling whether two variants are one schema. */
function shape(document: OpenApiDocument, schema: unknown, depth: number): unknown {
  if (isReference(schema)) return depth <= 0 ? { $ref: (schema as ReferenceObject).$ref.split("/").at(-1) } : shape(document, resolve(document, schema as ReferenceObject), depth - 1);
  if (Array.isArray(schema)) return schema.map((item) => shape(document, item, depth));
  if (schema === null || typeof schema !== "object") return schema;
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(schema).sort()) {
    if (key === "description" || key === "example" || key === "examples" || key === "title" || key.startsWith("x-")) continue;
    kept[key] = shape(document, (schema as Record<string, unknown>)[key], depth);
  }
  return kept;
}

/** A JSON pointer segment (RFC 6901). */
export function escape(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}
