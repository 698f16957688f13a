import type { Violation } from "./errors.js";
import { deref } from "./deref.js";
import type { JsonType, Schema } from "./schema.js";

/** Which way a value travels: `readOnly` fields are not required in requests, `writeOnly` ones not in responses. */
export type Direction = "request" | "response";

/**
 * Every way `value` breaks `schema`, each with where (`overrides.docker.dockerFilePath`),
 * the rule and a message. Messages never quote the value: it may be a secret.
 */
export function validate(schema: Schema, value: unknown, path: string, direction: Direction): Violation[] {
  const out: Violation[] = [];
  validateInto(out, schema, value, path, direction);
  return out;
}

/** As `validate`, adding the violations to `out`. */
export function validateInto(out: Violation[], schema: Schema, value: unknown, path: string, direction: Direction): void {
  try {
    validatorOf(schema)(value, path, direction, out);
  } catch (error) {
    // A value nested deeper than the stack allows (a hostile or broken server): a violation, not a crash.
    if (!(error instanceof RangeError)) throw error;
    add(out, path, "depth", "is nested too deeply to check");
  }
}

/** A schema compiled to a function that checks only the keywords the schema has. */
type Validator = (value: unknown, path: string, direction: Direction, out: Violation[]) => void;

// This runs on every request. Generated schema literals come in many shapes, so reading
// each keyword off them on every call is slow; each schema is compiled once, on first use.
const validators = new WeakMap<Schema, Validator>();

function validatorOf(schema: Schema): Validator {
  let validator = validators.get(schema);
  if (!validator) {
    validator = schema.ref ? lazyRef(schema) : compile(schema);
    validators.set(schema, validator);
  }
  return validator;
}

/** Resolved on the first call, not at compile time: a recursive schema refers to itself. */
function lazyRef(schema: Schema): Validator {
  let target: Validator | undefined;
  return (value, path, direction, out) => {
    if (!target) {
      const resolved = deref(schema);
      target = resolved.ref ? acceptAll : validatorOf(resolved);
    }
    target(value, path, direction, out);
  };
}

/** A `$ref` cycle with no schema at its end checks nothing. */
const acceptAll: Validator = () => {};

function compile(schema: Schema): Validator {
  const types = schema.type === undefined ? undefined : typeof schema.type === "string" ? [schema.type] : schema.type;
  const typeMessage = `must be ${types?.join(" or ")}`;
  const single = types?.length === 1 ? types[0] : undefined;
  const checks = [
    enumCheck(schema),
    constCheck(schema),
    stringCheck(schema),
    numberCheck(schema),
    arrayCheck(schema),
    objectCheck(schema),
    containsCheck(schema),
    dependentCheck(schema),
    schema.not && notCheck(validatorOf(schema.not), Object.keys(schema.not).length === 0),
    schema.if && conditionalCheck(validatorOf(schema.if), schema.then && validatorOf(schema.then), schema.else && validatorOf(schema.else)),
    ...(schema.allOf ?? []).map(validatorOf),
    schema.oneOf && variantsCheck(schema.oneOf.map(validatorOf)),
    schema.anyOf && variantsCheck(schema.anyOf.map(validatorOf)),
  ].filter((check): check is Validator => check !== undefined);
  const binary = schema.binary === true;
  return (value, path, direction, out) => {
    // A file part or body: its bytes are the server's business.
    if (binary && isBinary(value)) return;
    // A wrong type makes every other keyword's message noise.
    if (single !== undefined ? !isType(value, single) : types && !types.some((type) => isType(value, type))) return add(out, path, "type", typeMessage);
    for (const check of checks) check(value, path, direction, out);
  };
}

function add(out: Violation[], path: string, rule: string, message: string): void {
  out.push({ path: path || "(input)", rule, message });
}

function enumCheck({ enum: allowed }: Schema): Validator | undefined {
  if (!allowed) return undefined;
  const message = `must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`;
  return (value, path, _direction, out) => {
    if (!allowed.some((option) => equal(option, value))) add(out, path, "enum", message);
  };
}

function constCheck({ const: expected }: Schema): Validator | undefined {
  if (expected === undefined) return undefined;
  const message = `must be ${JSON.stringify(expected)}`;
  return (value, path, _direction, out) => {
    if (!equal(expected, value)) add(out, path, "const", message);
  };
}

function stringCheck({ minLength, maxLength, pattern }: Schema): Validator | undefined {
  if (minLength === undefined && maxLength === undefined && pattern === undefined) return undefined;
  const exactly = minLength === maxLength;
  const compiled = pattern === undefined ? undefined : regex(pattern);
  return (value, path, _direction, out) => {
    if (typeof value !== "string") return;
    const length = minLength !== undefined || maxLength !== undefined ? codePoints(value) : 0;
    if (minLength !== undefined && length < minLength) add(out, path, "minLength", exactly ? `must be exactly ${minLength} characters` : `must be at least ${minLength} characters`);
    else if (maxLength !== undefined && length > maxLength) add(out, path, "maxLength", exactly ? `must be exactly ${maxLength} characters` : `must be at most ${maxLength} characters`);
    if (compiled?.test(value) === false) add(out, path, "pattern", `must match ${pattern}`);
  };
}

/** Lengths count code points, as JSON Schema does, not UTF-16 units (as `[...text].length`, without the array). */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

function numberCheck({ minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf }: Schema): Validator | undefined {
  if ([minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf].every((limit) => limit === undefined)) return undefined;
  return (value, path, _direction, out) => {
    if (typeof value !== "number") return;
    if (minimum !== undefined && value < minimum) add(out, path, "minimum", `must be >= ${minimum}`);
    if (maximum !== undefined && value > maximum) add(out, path, "maximum", `must be <= ${maximum}`);
    if (exclusiveMinimum !== undefined && value <= exclusiveMinimum) add(out, path, "exclusiveMinimum", `must be > ${exclusiveMinimum}`);
    if (exclusiveMaximum !== undefined && value >= exclusiveMaximum) add(out, path, "exclusiveMaximum", `must be < ${exclusiveMaximum}`);
    if (multipleOf !== undefined && !Number.isInteger(Number((value / multipleOf).toPrecision(12)))) add(out, path, "multipleOf", `must be a multiple of ${multipleOf}`);
  };
}

function arrayCheck({ minItems, maxItems, uniqueItems, items, prefixItems }: Schema): Validator | undefined {
  if (minItems === undefined && maxItems === undefined && !uniqueItems && !items && !prefixItems) return undefined;
  const item = items && validatorOf(items);
  const prefix = prefixItems?.map(validatorOf) ?? [];
  return (value, path, direction, out) => {
    if (!Array.isArray(value)) return;
    if (minItems !== undefined && value.length < minItems) add(out, path, "minItems", `must have at least ${minItems} items`);
    if (maxItems !== undefined && value.length > maxItems) add(out, path, "maxItems", `must have at most ${maxItems} items`);
    if (uniqueItems && value.some((entry, i) => value.findIndex((other) => equal(entry, other)) !== i)) add(out, path, "uniqueItems", "must not repeat items");
    for (let i = 0; i < Math.min(prefix.length, value.length); i++) prefix[i]!(value[i], `${path}[${i}]`, direction, out);
    // Beside `prefixItems`, `items` covers only the items after them.
    if (item) for (let i = prefix.length; i < value.length; i++) item(value[i], `${path}[${i}]`, direction, out);
  };
}

/** Whether `value` passes `check`, its violations thrown away: for `contains`, `not` and `if`. */
function passes(check: Validator, value: unknown, path: string, direction: Direction): boolean {
  const scratch: Violation[] = [];
  check(value, path, direction, scratch);
  return scratch.length === 0;
}

function containsCheck({ contains, minContains = 1, maxContains }: Schema): Validator | undefined {
  if (!contains) return undefined;
  const check = validatorOf(contains);
  return (value, path, direction, out) => {
    if (!Array.isArray(value)) return;
    const count = value.filter((item, i) => passes(check, item, `${path}[${i}]`, direction)).length;
    if (count < minContains) add(out, path, "contains", `must have at least ${minContains} item${minContains === 1 ? "" : "s"} matching its \`contains\` schema`);
    if (maxContains !== undefined && count > maxContains) add(out, path, "maxContains", `must have at most ${maxContains} item${maxContains === 1 ? "" : "s"} matching its \`contains\` schema`);
  };
}

function dependentCheck({ dependentRequired }: Schema): Validator | undefined {
  if (!dependentRequired) return undefined;
  const rules = Object.entries(dependentRequired);
  return (value, path, _direction, out) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return;
    const object = value as Record<string, unknown>;
    for (const [given, needed] of rules) {
      if (!Object.hasOwn(object, given) || object[given] === undefined) continue;
      for (const name of needed) if (object[name] === undefined) add(out, joinPath(path, name), "dependentRequired", `is required when ${given} is given`);
    }
  };
}

/** `not`; `not: {}` is how the generator writes the schema `false` (`items: false`): nothing is allowed there. */
function notCheck(check: Validator, nothing: boolean): Validator {
  const message = nothing ? "is not allowed here" : "must not match the schema under `not`";
  return (value, path, direction, out) => {
    if (passes(check, value, path, direction)) add(out, path, "not", message);
  };
}

/** `if`/`then`/`else`: the branch the value's fit to `if` picks reports as any schema does. */
function conditionalCheck(condition: Validator, then: Validator | undefined, otherwise: Validator | undefined): Validator {
  return (value, path, direction, out) => {
    const branch = passes(condition, value, path, direction) ? then : otherwise;
    branch?.(value, path, direction, out);
  };
}

function objectCheck(schema: Schema): Validator | undefined {
  const { required = [], minProperties, maxProperties, additionalProperties } = schema;
  if (!schema.properties && required.length === 0 && minProperties === undefined && maxProperties === undefined && additionalProperties === undefined && !schema.propertyNames) return undefined;
  // A Map, not the literal: a key such as `constructor` must not find Object.prototype's.
  const properties = new Map(Object.entries(schema.properties ?? {}).map(([name, property]) => [name, { check: validatorOf(property), identifier: isIdentifier(name) }]));
  const exempt = (name: string, flag: "readOnly" | "writeOnly") => {
    const property = schema.properties?.[name];
    return property !== undefined && Object.hasOwn(schema.properties!, name) && deref(property)[flag] === true;
  };
  // Which fields must be there depends on the direction: readOnly ones are not sent, writeOnly ones not returned.
  const requiredIn = { request: required.filter((name) => !exempt(name, "readOnly")), response: required.filter((name) => !exempt(name, "writeOnly")) };
  const additional = typeof additionalProperties === "object" ? validatorOf(additionalProperties) : additionalProperties;
  const namePattern = schema.propertyNames && deref(schema.propertyNames).pattern;
  const names = namePattern === undefined ? undefined : regex(namePattern);
  const counted = minProperties !== undefined || maxProperties !== undefined;
  return (value, path, direction, out) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return;
    const object = value as Record<string, unknown>;
    for (const name of requiredIn[direction]) if (object[name] === undefined) add(out, join(path, name, isIdentifier(name)), "required", "is required");
    const keys = Object.keys(object);
    if (counted) {
      const count = keys.filter((key) => object[key] !== undefined).length;
      if (minProperties !== undefined && count < minProperties) add(out, path, "minProperties", `must have at least ${minProperties} properties`);
      if (maxProperties !== undefined && count > maxProperties) add(out, path, "maxProperties", `must have at most ${maxProperties} properties`);
    }
    for (const key of keys) {
      const entry = object[key];
      if (entry === undefined) continue;
      const property = properties.get(key);
      const at = join(path, key, property ? property.identifier : isIdentifier(key));
      if (names?.test(key) === false) add(out, at, "propertyNames", `key must match ${namePattern}`);
      if (property) property.check(entry, at, direction, out);
      else if (additional === false) add(out, at, "additionalProperties", "is not allowed");
      else if (typeof additional === "function") additional(entry, at, direction, out);
    }
  };
}

/**
 * `oneOf` and `anyOf` both need a variant to match. That no more than one `oneOf` variant
 * matches is the server's to judge: variants often differ only by keywords the client does not
 * check (`format: ipv4` against `format: ipv6`), so two may seem to match a valid value. When
 * none does, the useful report is the failures of the variant the value was meant for: the
 * one it fits best, with the fewest wrong types, missing or unknown fields at its own level,
 * then the fewest failures in all.
 */
function variantsCheck(variants: readonly Validator[]): Validator {
  return (value, path, direction, out) => {
    // The first variant the value fits ends the check; a variant's report is kept, never made twice.
    const results: Violation[][] = [];
    for (const variant of variants) {
      const violations: Violation[] = [];
      variant(value, path, direction, violations);
      if (violations.length === 0) return;
      results.push(violations);
    }
    const depth = segments(path);
    const misfits = (violations: Violation[]) => violations.filter((v) => shapeRules.has(v.rule) && segments(v.path) <= depth + 1).length;
    const best = results.reduce((a, b) => (misfits(b) < misfits(a) || (misfits(b) === misfits(a) && b.length < a.length) ? b : a));
    out.push(...best);
  };
}

const shapeRules = new Set(["type", "required", "additionalProperties", "const", "enum"]);

function segments(path: string): number {
  return path === "" ? 0 : (path.match(/\.|\[/g)?.length ?? 0) + 1;
}

/** `key` under `path`, as violations name it: `overrides.docker`, `overrides.buildFiles["/dir/file"]`. */
export function joinPath(path: string, key: string): string {
  return join(path, key, isIdentifier(key));
}

/** `overrides.buildFiles["/dir/file"]`: identifiers after a dot, anything else quoted. */
function join(path: string, key: string, identifier: boolean): string {
  if (identifier) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

function isIdentifier(key: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(key);
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

/** What fetch can send as a file. */
export function isBinary(value: unknown): boolean {
  return (
    (typeof Blob !== "undefined" && value instanceof Blob) ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    (typeof ReadableStream !== "undefined" && value instanceof ReadableStream)
  );
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
export function regex(pattern: string): RegExp | undefined {
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
