import type { Violation } from "./errors.js";
import { deref, type JsonType, type Schema } from "./schema.js";

/** Which way a value travels: `readOnly` fields are not required in requests, `writeOnly` ones not in responses. */
export type Direction = "request" | "response";

/**
 * Every way `value` breaks `schema`, each with where (`overrides.docker.dockerFilePath`),
 * the rule and a message. Messages never quote the value: it may be a secret.
 */
export function validate(schema: Schema, value: unknown, path: string, direction: Direction): Violation[] {
  const out: Violation[] = [];
  check(deref(schema), value, path, direction, out);
  return out;
}

function check(schema: Schema, value: unknown, path: string, direction: Direction, out: Violation[]): void {
  const add = (rule: string, message: string, at = path): void => {
    out.push({ path: at || "(input)", rule, message });
  };

  if (schema.type !== undefined) {
    const types = typeof schema.type === "string" ? [schema.type] : schema.type;
    if (!types.some((type) => isType(value, type))) return add("type", `must be ${types.join(" or ")}`);
  }
  if (schema.enum && !schema.enum.some((allowed) => equal(allowed, value))) add("enum", `must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`);
  if (schema.const !== undefined && !equal(schema.const, value)) add("const", `must be ${JSON.stringify(schema.const)}`);

  if (typeof value === "string") checkString(schema, value, add);
  else if (typeof value === "number") checkNumber(schema, value, add);
  else if (Array.isArray(value)) checkArray(schema, value, path, direction, out, add);
  else if (typeof value === "object" && value !== null) checkObject(schema, value as Record<string, unknown>, path, direction, out, add);

  for (const part of schema.allOf ?? []) check(deref(part), value, path, direction, out);
  if (schema.oneOf) checkVariants(schema.oneOf, "oneOf", value, path, direction, out);
  if (schema.anyOf) checkVariants(schema.anyOf, "anyOf", value, path, direction, out);
}

type Add = (rule: string, message: string, at?: string) => void;

function checkString(schema: Schema, value: string, add: Add): void {
  // Lengths count code points, as JSON Schema does, not UTF-16 units.
  const length = schema.minLength !== undefined || schema.maxLength !== undefined ? [...value].length : 0;
  if (schema.minLength !== undefined && length < schema.minLength) add("minLength", schema.minLength === schema.maxLength ? `must be exactly ${schema.minLength} characters` : `must be at least ${schema.minLength} characters`);
  else if (schema.maxLength !== undefined && length > schema.maxLength) add("maxLength", schema.minLength === schema.maxLength ? `must be exactly ${schema.maxLength} characters` : `must be at most ${schema.maxLength} characters`);
  if (schema.pattern !== undefined && regex(schema.pattern)?.test(value) === false) add("pattern", `must match ${schema.pattern}`);
}

function checkNumber(schema: Schema, value: number, add: Add): void {
  if (schema.minimum !== undefined && value < schema.minimum) add("minimum", `must be >= ${schema.minimum}`);
  if (schema.maximum !== undefined && value > schema.maximum) add("maximum", `must be <= ${schema.maximum}`);
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) add("exclusiveMinimum", `must be > ${schema.exclusiveMinimum}`);
  if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) add("exclusiveMaximum", `must be < ${schema.exclusiveMaximum}`);
  if (schema.multipleOf !== undefined && !Number.isInteger(Number((value / schema.multipleOf).toPrecision(12)))) add("multipleOf", `must be a multiple of ${schema.multipleOf}`);
}

function checkArray(schema: Schema, value: unknown[], path: string, direction: Direction, out: Violation[], add: Add): void {
  if (schema.minItems !== undefined && value.length < schema.minItems) add("minItems", `must have at least ${schema.minItems} items`);
  if (schema.maxItems !== undefined && value.length > schema.maxItems) add("maxItems", `must have at most ${schema.maxItems} items`);
  if (schema.uniqueItems && value.some((item, i) => value.findIndex((other) => equal(item, other)) !== i)) add("uniqueItems", "must not repeat items");
  if (schema.items) value.forEach((item, i) => check(deref(schema.items!), item, `${path}[${i}]`, direction, out));
}

function checkObject(schema: Schema, value: Record<string, unknown>, path: string, direction: Direction, out: Violation[], add: Add): void {
  const keys = Object.keys(value).filter((key) => value[key] !== undefined);
  const properties = schema.properties ?? {};
  for (const name of schema.required ?? []) {
    const property = properties[name] && deref(properties[name]);
    const exempt = direction === "request" ? property?.readOnly : property?.writeOnly;
    if (value[name] === undefined && !exempt) add("required", "is required", join(path, name));
  }
  if (schema.minProperties !== undefined && keys.length < schema.minProperties) add("minProperties", `must have at least ${schema.minProperties} properties`);
  if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) add("maxProperties", `must have at most ${schema.maxProperties} properties`);
  for (const key of keys) {
    const at = join(path, key);
    if (schema.propertyNames) {
      const names = deref(schema.propertyNames);
      if (names.pattern !== undefined && regex(names.pattern)?.test(key) === false) add("propertyNames", `key must match ${names.pattern}`, at);
    }
    const property = properties[key];
    if (property) check(deref(property), value[key], at, direction, out);
    else if (schema.additionalProperties === false) add("additionalProperties", "is not allowed", at);
    else if (typeof schema.additionalProperties === "object") check(deref(schema.additionalProperties), value[key], at, direction, out);
  }
}

/**
 * `oneOf` needs exactly one variant to match, `anyOf` at least one. When none does, the
 * useful report is the failures of the variant the value was meant for: the one it fits
 * best, with the fewest wrong types, missing or unknown fields at its own level, then the
 * fewest failures in all.
 */
function checkVariants(variants: readonly Schema[], rule: "oneOf" | "anyOf", value: unknown, path: string, direction: Direction, out: Violation[]): void {
  const results = variants.map((variant) => validate(variant, value, path, direction));
  const matches = results.filter((violations) => violations.length === 0).length;
  if (rule === "oneOf" && matches > 1) {
    out.push({ path: path || "(input)", rule, message: `must match exactly one of ${variants.length} variants, but matches ${matches}` });
    return;
  }
  if (matches > 0) return;
  const depth = segments(path);
  const misfits = (violations: Violation[]) => violations.filter((v) => shapeRules.has(v.rule) && segments(v.path) <= depth + 1).length;
  const best = results.reduce((a, b) => (misfits(b) < misfits(a) || (misfits(b) === misfits(a) && b.length < a.length) ? b : a));
  out.push(...best);
}

const shapeRules = new Set(["type", "required", "additionalProperties", "const", "enum"]);

function segments(path: string): number {
  return path === "" ? 0 : (path.match(/\.|\[/g)?.length ?? 0) + 1;
}

/** `overrides.buildFiles["/dir/file"]`: identifiers after a dot, anything else quoted. */
function join(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

function isType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => equal((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

const regexCache = new Map<string, RegExp | undefined>();

/** Spec patterns are ECMA-262; one that does not compile here is not checked rather than failing every call. */
function regex(pattern: string): RegExp | undefined {
  if (!regexCache.has(pattern)) {
    let compiled: RegExp | undefined;
    for (const flags of ["u", ""]) {
      try {
        compiled = new RegExp(pattern, flags);
        break;
      } catch {
        // try the next flags
      }
    }
    regexCache.set(pattern, compiled);
  }
  return regexCache.get(pattern);
}
