/**
 * Two versions of a spec compared operation by operation, as the callers of the generated
 * client meet the change: operations matched by method and path (parameter names in the path
 * do not count), else by operationId; then parameters, request bodies, success responses,
 * security; then the servers and security schemes every call shares.
 */
import { buildModel, defaultBaseUrl, securityOf, specOperation, type NamedOperation } from "../model/operations.js";
import type { ApiModel, OperationModel } from "../model/types.js";
import { isReference, resolve, type OpenApiDocument, type OperationObject, type ParameterObject, type PathItemObject, type ReferenceObject, type RequestBodyObject, type ResponseObject } from "../spec/document.js";
import type { Change, Severity, Side } from "./changes.js";
import { escape, SchemaComparer, type Direction, type SchemaChange } from "./compare-schemas.js";

export interface CompareOptions {
  /** `file:line:col` of each pointer into the new version that can be found. */
  locate?: (pointers: string[]) => Map<string, string>;
}

interface Operation extends NamedOperation {
  pointer: string;
  label: string;
  /** The generator's view of it: how the function takes its input and what it resolves with. */
  model: OperationModel;
}

export function compareDocuments(base: OpenApiDocument, head: OpenApiDocument, options: CompareOptions = {}): Change[] {
  const changes: Change[] = [];
  const schemas = new SchemaComparer(base, head);
  const push = (change: Change) => void changes.push(change);
  compareServers(base, head, push);
  compareSchemes(base, head, push);

  const { operations: before, helpers: helpersBefore } = operationsOf(base);
  const { operations: after, helpers: helpersAfter } = operationsOf(head);
  compareHelpers(helpersBefore, helpersAfter, push);
  const byId = new Map([...after.values()].filter((o) => o.operation.operationId).map((o) => [o.operation.operationId!, o]));
  const matched = new Set<Operation>();
  for (const [key, was] of before) {
    const now = after.get(key) ?? (was.operation.operationId ? byId.get(was.operation.operationId) : undefined);
    if (now === undefined || matched.has(now)) {
      push({ severity: "breaking", side: "operation", kind: "operation-removed", operation: was.label, function: was.name, basePointer: was.pointer, message: `${was.label} was removed: ${was.name}() is gone` });
      continue;
    }
    matched.add(now);
    new OperationComparison(base, head, was, now, schemas, push).run(after.get(key) === now);
  }
  for (const now of after.values()) {
    if (!matched.has(now)) push({ severity: "non-breaking", side: "operation", kind: "operation-added", operation: now.label, function: now.name, pointer: now.pointer, message: `${now.label} is new: ${now.name}()` });
  }
  // Located all at once: finding places in a file is one pass over it.
  const locations = options.locate?.([...new Set(changes.flatMap((change) => (change.pointer ? [change.pointer] : [])))]) ?? new Map<string, string>();
  return changes.map(({ severity, side, kind, operation, function: name, pointer, basePointer, message }) => {
    const location = pointer ? locations.get(pointer) : undefined;
    // The JSON report's documented key order.
    return { severity, side, kind, ...(operation ? { operation } : {}), ...(name ? { function: name } : {}), ...(pointer ? { pointer } : {}), ...(basePointer ? { basePointer } : {}), ...(location ? { location } : {}), message };
  });
}

/**
 * Operations by method and path, the path's parameter names left out (`/pets/{id}` and
 * `/pets/{petId}` are one path), each with the generator's model of it; and the content helpers.
 */
function operationsOf(document: OpenApiDocument): { operations: Map<string, Operation>; helpers: ApiModel["contentHelpers"] } {
  const operations = new Map<string, Operation>();
  const model = buildModel(document, "");
  for (const operation of model.operations) {
    const { pathItem, operation: raw } = specOperation(document, operation);
    const item = document.paths?.[operation.path];
    const itemPointer = isReference(item) ? (item as ReferenceObject).$ref : `#/paths/${escape(operation.path)}`;
    operations.set(`${operation.method} ${operation.path.replace(/\{[^}]*\}/g, "{}")}`, {
      path: operation.path,
      method: operation.method,
      operation: raw,
      pathItem,
      name: operation.name,
      pointer: `${itemPointer}/${operation.method}`,
      label: `${operation.method.toUpperCase()} ${operation.path}`,
      model: operation,
    });
  }
  return { operations, helpers: model.contentHelpers };
}

type Push = (change: Change) => void;

class OperationComparison {
  constructor(
    private readonly base: OpenApiDocument,
    private readonly head: OpenApiDocument,
    private readonly was: Operation,
    private readonly now: Operation,
    private readonly schemas: SchemaComparer,
    private readonly push: Push,
  ) {}

  run(samePlace: boolean): void {
    const { was, now } = this;
    if (!samePlace) {
      const what = was.method !== now.method ? `its method changed from ${was.method.toUpperCase()} to ${now.method.toUpperCase()}` : `its path changed from ${was.path} to ${now.path}`;
      this.add("breaking", "operation", was.method !== now.method ? "method-changed" : "path-changed", now.pointer, `operationId ${now.operation.operationId}: ${what}`, was.pointer);
    }
    if (was.name !== now.name) this.add("breaking", "operation", "function-renamed", `${now.pointer}/operationId`, `the generated function ${was.name}() is now ${now.name}() (operationId ${JSON.stringify(was.operation.operationId ?? null)} -> ${JSON.stringify(now.operation.operationId ?? null)})`);
    if (!was.operation.deprecated && now.operation.deprecated) this.add("non-breaking", "operation", "operation-deprecated", `${now.pointer}/deprecated`, `${now.label} is now deprecated`);
    this.shape();
    this.parameters();
    // fetch sends no body with GET or HEAD, so the client offers none: nothing for a caller to meet.
    if (now.method !== "get" && now.method !== "head") this.requestBody();
    this.responses();
    this.security();
  }

  /**
   * The generated function's own shape, as the generator decides it from the whole operation:
   * a parameter named like a body field groups the input; an optional body of fields, or one
   * of another media type, moves under `body`; a success without a body adds `undefined`.
   */
  private shape(): void {
    const [was, now] = [this.was.model, this.now.model];
    const describe = (m: OperationModel) => (m.input === "grouped" ? "{ path, query, header, body }" : m.body?.layout === "property" ? "parameters beside `body`" : "parameters and body fields side by side");
    if (was.input !== now.input || (was.body && now.body && was.body.layout !== now.body.layout)) {
      this.add("breaking", "request", "input-shape-changed", this.now.pointer, `${now.name}() now takes its input as ${describe(now)}, not ${describe(was)}`);
    }
    if (was.body && now.body && was.body.mediaType !== now.body.mediaType) {
      this.add("breaking", "request", "request-default-media-type-changed", `${this.now.pointer}/requestBody/content`, `${now.name}() now sends its body as ${now.body.mediaType} by default, not ${was.body.mediaType}`);
    }
    if (was.success.parseAs !== now.success.parseAs && was.success.mediaType !== undefined) {
      this.add("breaking", "response", "output-type-changed", `${this.now.pointer}/responses`, `${now.name}() now resolves with ${now.success.parseAs} (${now.success.mediaType ?? "no body"}), not ${was.success.parseAs} (${was.success.mediaType})`);
    }
    const always = (m: OperationModel) => m.success.statuses.length > 0 && m.success.statuses.every((status) => status.body);
    if (always(was) && !always(now)) this.add("breaking", "response", "output-may-be-empty", `${this.now.pointer}/responses`, `${now.name}() may now resolve with undefined: a success it can answer has no body`);
  }

  private add(severity: Severity, side: Side, kind: string, pointer: string | undefined, message: string, basePointer?: string): void {
    this.push({ severity, side, kind, operation: this.now.label, function: this.now.name, ...(pointer ? { pointer } : {}), ...(basePointer ? { basePointer } : {}), message });
  }

  /** Schema changes under a subject: "query parameter `limit`", "request body". */
  private schemaChanges(subject: string, changes: SchemaChange[], side: Side): void {
    for (const change of changes) {
      const field = fieldPath(change.path);
      // A top-level array's items read as "items", not as a field named `[]`.
      const rest = field.startsWith("[]") ? field.slice(field[2] === "." ? 3 : 2) : undefined;
      const what = rest === undefined ? (field ? `${subject} field \`${field}\`` : subject) : rest ? `${subject} item field \`${rest}\`` : `${subject} items`;
      const message = `${what} ${change.detail}`;
      this.add(change.severity, side, change.kind, change.pointer, message, change.basePointer);
    }
  }

  private parameters(): void {
    const was = parameterEntries(this.base, this.was);
    const now = parameterEntries(this.head, this.now);
    const removed = [...was.keys()].filter((key) => !now.has(key));
    const added = [...now.keys()].filter((key) => !was.has(key));
    for (const key of removed) {
      const old = was.get(key)!;
      // Gone from here and new elsewhere in the list: renamed (same place, same schema) or moved (same name).
      const moved = added.find((other) => now.get(other)!.parameter.name === old.parameter.name);
      const renamed = moved ?? added.find((other) => now.get(other)!.parameter.in === old.parameter.in && sameSchema(this.base, old.parameter, this.head, now.get(other)!.parameter));
      if (renamed !== undefined) {
        const next = now.get(renamed)!;
        added.splice(added.indexOf(renamed), 1);
        const what = moved !== undefined ? `moved from the ${old.parameter.in} to the ${next.parameter.in}` : `was renamed to \`${next.parameter.name}\``;
        this.add("breaking", "request", moved !== undefined ? "parameter-moved" : "parameter-renamed", next.pointer, `${describe(old.parameter)} ${what}`, old.pointer);
        this.compareParameter(old, next);
        continue;
      }
      this.add("breaking", "request", "parameter-removed", undefined, `${describe(old.parameter)} was removed: callers that pass it no longer compile`, old.pointer);
    }
    for (const key of added) {
      const next = now.get(key)!;
      const required = isRequired(next.parameter);
      this.add(required ? "breaking" : "non-breaking", "request", required ? "required-parameter-added" : "parameter-added", next.pointer, `${describe(next.parameter)} is new${required ? " and required" : " (optional)"}`);
    }
    for (const [key, old] of was) if (now.has(key)) this.compareParameter(old, now.get(key)!);
  }

  private compareParameter(old: ParameterEntry, next: ParameterEntry): void {
    const subject = describe(next.parameter);
    // One header for HTTP, but another key in the client's input.
    if (old.parameter.name !== next.parameter.name) this.add("breaking", "request", "parameter-renamed", next.pointer, `${describe(old.parameter)} was renamed to \`${next.parameter.name}\``, old.pointer);
    if (!isRequired(old.parameter) && isRequired(next.parameter)) this.add("breaking", "request", "parameter-made-required", next.pointer, `${subject} is now required`);
    if (isRequired(old.parameter) && !isRequired(next.parameter)) this.add("non-breaking", "request", "parameter-made-optional", next.pointer, `${subject} is now optional`);
    const [oldSchema, newSchema] = [parameterSchemaAt(old), parameterSchemaAt(next)];
    if (oldSchema && newSchema) this.schemaChanges(subject, this.schemas.compare(oldSchema.schema, oldSchema.pointer, newSchema.schema, newSchema.pointer, "request"), "request");
  }

  private requestBody(): void {
    const was = followed<RequestBodyObject>(this.base, this.was.operation.requestBody, `${this.was.pointer}/requestBody`);
    const now = followed<RequestBodyObject>(this.head, this.now.operation.requestBody, `${this.now.pointer}/requestBody`);
    if (!was && !now) return;
    if (was && !now) return this.add("breaking", "request", "request-body-removed", undefined, "the request body was removed: callers that send one no longer compile", was.pointer);
    if (!was && now) {
      const required = now.value.required === true;
      return this.add(required ? "breaking" : "non-breaking", "request", required ? "required-request-body-added" : "request-body-added", now.pointer, `a request body is new${required ? " and required" : " (optional)"}`);
    }
    if (!was!.value.required && now!.value.required) this.add("breaking", "request", "request-body-made-required", now!.pointer, "the request body is now required");
    if (was!.value.required && !now!.value.required) this.add("non-breaking", "request", "request-body-made-optional", now!.pointer, "the request body is now optional");
    const oldTypes = Object.keys(was!.value.content ?? {});
    const newTypes = Object.keys(now!.value.content ?? {});
    for (const type of oldTypes.filter((t) => !newTypes.includes(t))) this.add("breaking", "request", "request-media-type-removed", `${now!.pointer}/content`, `the request body can no longer be sent as ${type}${replacement(oldTypes, newTypes)}`, `${was!.pointer}/content/${escape(type)}`);
    for (const type of newTypes.filter((t) => !oldTypes.includes(t))) this.add("non-breaking", "request", "request-media-type-added", `${now!.pointer}/content/${escape(type)}`, `the request body can now also be sent as ${type}`);
    this.compareMediaTypes(was!, now!, oldTypes.filter((t) => newTypes.includes(t)), "request body", "request");
  }

  /**
   * The body of each media type both versions offer, compared once per schema: JSON, XML and a
   * form that all `$ref` one schema are one comparison, told as "request body"; where the types'
   * schemas differ, each is named.
   */
  private compareMediaTypes(old: Followed<Media>, next: Followed<Media>, types: string[], subject: string, direction: Direction): void {
    const schemaKey = (type: string) => {
      const schema = next.value.content?.[type]?.schema;
      return isReference(schema) ? (schema as ReferenceObject).$ref : `${type}`;
    };
    const distinct = new Set(types.map(schemaKey));
    const compared = new Set<string>();
    for (const type of types) {
      if (compared.has(schemaKey(type))) continue;
      compared.add(schemaKey(type));
      this.compareMedia(old, next, type, distinct.size > 1 ? `${subject} (${type})` : subject, direction);
    }
  }

  /** Success statuses and their bodies as the caller reads them; error statuses as news. */
  /**
   * Each status both versions answer, its bodies as the caller reads them: success bodies (and
   * `default` where no 2xx is listed) are the function's result, error bodies `ApiError.body`.
   * A success status that went while another with the same body came is one change, no break.
   */
  private responses(): void {
    const responsesOf = (operation: OperationObject) => (operation.responses !== null && typeof operation.responses === "object" ? operation.responses : {}) as Record<string, unknown>;
    const was = responsesOf(this.was.operation);
    const now = responsesOf(this.now.operation);
    const success = (code: string, all: Record<string, unknown>) => /^2/.test(code) || (code === "default" && !Object.keys(all).some((c) => /^2/.test(c)));
    const body = (document: OpenApiDocument, responses: Record<string, unknown>, code: string) => JSON.stringify(followed<ResponseObject>(document, responses[code], "")?.value.content ?? null);
    const gone = Object.keys(was).filter((c) => !(c in now));
    const come = Object.keys(now).filter((c) => !(c in was));
    for (const code of gone) {
      const movedTo = success(code, was) ? come.find((other) => success(other, now) && body(this.head, now, other) === body(this.base, was, code)) : undefined;
      if (movedTo) {
        come.splice(come.indexOf(movedTo), 1);
        this.add("non-breaking", "response", "success-status-changed", `${this.now.pointer}/responses/${escape(movedTo)}`, `answers ${movedTo} where it answered ${code}, with the same body`, `${this.was.pointer}/responses/${escape(code)}`);
        continue;
      }
      this.add(success(code, was) ? "breaking" : "info", "response", success(code, was) ? "success-status-removed" : "error-status-removed", `${this.now.pointer}/responses`, `no longer answers ${code}`, `${this.was.pointer}/responses/${escape(code)}`);
    }
    for (const code of come) {
      this.add(success(code, now) ? "non-breaking" : "info", "response", success(code, now) ? "success-status-added" : "error-status-added", `${this.now.pointer}/responses/${escape(code)}`, `may now answer ${code}`);
    }
    for (const code of Object.keys(was).filter((c) => c in now)) {
      const old = followed<ResponseObject>(this.base, was[code], `${this.was.pointer}/responses/${escape(code)}`);
      const next = followed<ResponseObject>(this.head, now[code], `${this.now.pointer}/responses/${escape(code)}`);
      if (!old || !next) continue;
      const oldTypes = Object.keys(old.value.content ?? {});
      const newTypes = Object.keys(next.value.content ?? {});
      const isSuccess = success(code, now);
      for (const type of oldTypes.filter((t) => !newTypes.includes(t))) this.add(isSuccess ? "breaking" : "info", "response", "response-media-type-removed", `${next.pointer}/content`, `the ${code} response no longer comes as ${type}${replacement(oldTypes, newTypes)}`, `${old.pointer}/content/${escape(type)}`);
      for (const type of newTypes.filter((t) => !oldTypes.includes(t))) this.add("info", "response", "response-media-type-added", `${next.pointer}/content/${escape(type)}`, `the ${code} response may now come as ${type}`);
      this.compareMediaTypes(old, next, oldTypes.filter((t) => newTypes.includes(t)), `${code} response`, "response");
    }
  }

  private compareMedia(old: Followed<Media>, next: Followed<Media>, type: string, subject: string, direction: Direction): void {
    const oldSchema = old.value.content?.[type]?.schema;
    const newSchema = next.value.content?.[type]?.schema;
    if (oldSchema === undefined || newSchema === undefined) return;
    const at = (f: Followed<unknown>) => `${f.pointer}/content/${escape(type)}/schema`;
    this.schemaChanges(subject, this.schemas.compare(oldSchema, at(old), newSchema, at(next), direction), direction);
  }

  /** Each alternative is a set of schemes sent together; losing one a caller may use breaks it. */
  private security(): void {
    const show = (alternatives: string[][] | undefined) => (alternatives === undefined ? "none declared" : alternatives.length === 0 ? "none" : alternatives.map((names) => (names.length === 0 ? "(public)" : names.join(" + "))).join(" or "));
    const key = (names: string[]) => [...names].sort().join("+");
    const was = securityOf(this.base, this.was.operation);
    const now = securityOf(this.head, this.now.operation);
    const before = new Set((was ?? []).map(key));
    const after = new Set((now ?? []).map(key));
    if ([...before].every((k) => after.has(k)) && [...after].every((k) => before.has(k))) return;
    const pointer = this.now.operation.security ? `${this.now.pointer}/security` : "#/security";
    // Public: no security declared, an empty list, or an empty alternative. Going from public to not breaks callers without credentials.
    const isPublic = (alternatives: string[][] | undefined, keys: Set<string>) => alternatives === undefined || alternatives.length === 0 || keys.has("");
    // Breaking when callers may now lack what it takes: it was public and is not, or a way they could call it is gone.
    const breaks = !isPublic(now, after) && (isPublic(was, before) || [...before].some((k) => !after.has(k)));
    this.add(breaks ? "breaking" : "non-breaking", "request", "security-changed", pointer, `security changed from ${show(was)} to ${show(now)}`);
  }
}

/** A request body or a response: what has media types with schemas. */
type Media = { content?: Record<string, { schema?: unknown }> };

interface Followed<T> {
  value: T;
  pointer: string;
}

/** A `$ref`'d object and where it is written, or undefined when absent. */
function followed<T>(document: OpenApiDocument, value: unknown, pointer: string): Followed<T> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isReference(value)) return { value: value as T, pointer };
  const target = resolve<T>(document, value as ReferenceObject);
  return target === undefined ? undefined : { value: target, pointer: (value as ReferenceObject).$ref };
}

interface ParameterEntry {
  parameter: ParameterObject;
  pointer: string;
}

/** Path-level parameters, overridden by the operation's own, by place and name (a header's name in any case). */
function parameterEntries(document: OpenApiDocument, operation: Operation): Map<string, ParameterEntry> {
  const entries = new Map<string, ParameterEntry>();
  const itemPointer = operation.pointer.slice(0, operation.pointer.lastIndexOf("/"));
  const lists: [unknown[] | undefined, string][] = [
    [(operation.pathItem as PathItemObject).parameters, `${itemPointer}/parameters`],
    [operation.operation.parameters, `${operation.pointer}/parameters`],
  ];
  for (const [list, at] of lists) {
    (Array.isArray(list) ? list : []).forEach((raw, i) => {
      const entry = followed<ParameterObject>(document, raw, `${at}/${i}`);
      if (!entry || typeof entry.value.name !== "string") return;
      const { name, in: where } = entry.value;
      entries.set(`${where}:${where === "header" ? name.toLowerCase() : name}`, { parameter: entry.value, pointer: entry.pointer });
    });
  }
  return entries;
}

function parameterSchemaAt({ parameter, pointer }: ParameterEntry): { schema: unknown; pointer: string } | undefined {
  if (parameter.schema !== undefined) return { schema: parameter.schema, pointer: `${pointer}/schema` };
  const [type, media] = Object.entries(parameter.content ?? {})[0] ?? [];
  return type && media?.schema !== undefined ? { schema: media.schema, pointer: `${pointer}/content/${escape(type)}/schema` } : undefined;
}

function sameSchema(base: OpenApiDocument, a: ParameterObject, head: OpenApiDocument, b: ParameterObject): boolean {
  return JSON.stringify(resolve(base, a.schema as never) ?? null) === JSON.stringify(resolve(head, b.schema as never) ?? null);
}

function isRequired(parameter: ParameterObject): boolean {
  return parameter.in === "path" || parameter.required === true;
}

function describe(parameter: ParameterObject): string {
  return `${parameter.in} parameter \`${parameter.name}\``;
}

/** `(now as application/sarif+json)`, when one media type went and one came: most likely renamed. */
function replacement(before: string[], after: string[]): string {
  const gone = before.filter((type) => !after.includes(type));
  const come = after.filter((type) => !before.includes(type));
  return gone.length === 1 && come.length === 1 ? ` (now as ${come[0]})` : "";
}

/** `items[].name`, `labels.*`: the path of a field as a caller writes it. */
function fieldPath(path: string[]): string {
  return path.reduce((text, segment) => (segment === "[]" ? `${text}[]` : segment === "{}" ? `${text}.*` : text ? `${text}.${segment}` : segment), "");
}

/** The generated content helpers (`secretFile()`), one per schema with a base64 field: exported functions callers use. */
function compareHelpers(before: ApiModel["contentHelpers"], after: ApiModel["contentHelpers"], push: Push): void {
  for (const helper of before) {
    const now = after.find((other) => other.schemaName === helper.schemaName) ?? after.find((other) => other.name === helper.name);
    const pointer = `#/components/schemas/${escape(helper.schemaName)}`;
    if (!now) push({ severity: "breaking", side: "document", kind: "helper-removed", basePointer: pointer, message: `the generated helper ${helper.name}() is gone: ${helper.schemaName} has no base64 field any more` });
    else if (now.name !== helper.name || now.field !== helper.field) push({ severity: "breaking", side: "document", kind: "helper-changed", pointer: `#/components/schemas/${escape(now.schemaName)}`, message: `the generated helper ${helper.name}() is now ${now.name}(), filling ${now.field}` });
  }
}

/** The client's default base URL is the first server; the others are news. */
function compareServers(base: OpenApiDocument, head: OpenApiDocument, push: Push): void {
  const was = defaultBaseUrl(base);
  const now = defaultBaseUrl(head);
  if (was !== now) {
    const message = now === undefined ? `the default server ${was} is gone: callers must now pass baseUrl` : was === undefined ? `the client now defaults to ${now}` : `the client's default server changed from ${was} to ${now}: callers that rely on the default now call ${now}`;
    push({ severity: was === undefined ? "non-breaking" : "breaking", side: "document", kind: "default-server-changed", pointer: "#/servers/0", message });
  }
  const urls = (document: OpenApiDocument) => (document.servers ?? []).map((server) => server.url);
  const [before, after] = [urls(base), urls(head)];
  for (const url of before.filter((u) => !after.includes(u) && u !== base.servers?.[0]?.url)) push({ severity: "info", side: "document", kind: "server-removed", basePointer: "#/servers", message: `the server ${url} is no longer listed` });
  for (const url of after.filter((u) => !before.includes(u) && u !== head.servers?.[0]?.url)) push({ severity: "info", side: "document", kind: "server-added", pointer: "#/servers", message: `the server ${url} is now listed` });
}

/** A scheme callers have credentials for must keep its name and its kind. */
function compareSchemes(base: OpenApiDocument, head: OpenApiDocument, push: Push): void {
  const schemes = (document: OpenApiDocument) => document.components?.securitySchemes ?? {};
  const [was, now] = [schemes(base), schemes(head)];
  // How the caller gives the credential and how it is sent: HTTP bearer, OAuth 2 and OpenID Connect are all a token.
  const shape = (document: OpenApiDocument, scheme: unknown) => {
    const s = resolve<Record<string, unknown>>(document, scheme as never) ?? {};
    const http = typeof s.scheme === "string" ? s.scheme.toLowerCase() : s.scheme;
    const bearer = s.type === "oauth2" || s.type === "openIdConnect" || (s.type === "http" && http === "bearer");
    return bearer ? "bearer" : JSON.stringify([s.type, http, s.in, s.name]);
  };
  for (const name of Object.keys(was)) {
    const pointer = `#/components/securitySchemes/${escape(name)}`;
    if (!(name in now)) push({ severity: "breaking", side: "document", kind: "security-scheme-removed", basePointer: pointer, message: `the security scheme ${name} was removed: credentials given for it are no longer sent` });
    else if (shape(base, was[name]) !== shape(head, now[name])) push({ severity: "breaking", side: "document", kind: "security-scheme-changed", pointer, message: `the security scheme ${name} changed how its credential is sent` });
  }
  for (const name of Object.keys(now).filter((n) => !(n in was))) push({ severity: "info", side: "document", kind: "security-scheme-added", pointer: `#/components/securitySchemes/${escape(name)}`, message: `the security scheme ${name} is new` });
}
