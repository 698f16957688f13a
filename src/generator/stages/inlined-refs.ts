/**
 * The `$ref`s Redocly's bundle writes over in a spec that refers to nothing outside its own
 * file: those standing for a literal value, such as a schema's `example: {$ref}` (GitHub's spec
 * has them). Its bundler replaces each with a copy of what it points to and leaves every other
 * `$ref` as written, so such a spec's bundle is the file as parsed with these copied in
 * (inlineRefs in spec-source.mjs): 0.5 s less than Redocly's bundle on GitHub's spec, and the
 * types worker can make the same document from its own parse, without waiting for ours.
 *
 * Found by a walk of the document that follows Redocly's (walk.js): the same types, from the
 * same lookups, reaching the same nodes. Where this walk could not be sure of the result (a
 * `$ref` out of the file, one it cannot resolve, a copy that would hold a `$ref` itself) it
 * says so, and the spec takes Redocly's bundle; tests hold the result to Redocly's bundle on
 * every real spec.
 */
import { detectSpec, getTypes, isMappingRef, isRef, normalizeTypes, unescapePointerFragment, type Config, type NormalizedNodeType } from "@redocly/openapi-core";
import type { InlinedRef } from "./spec-source.mjs";

type TypeLike = NormalizedNodeType | { name?: undefined; resolvable?: boolean; directResolveAs?: NormalizedNodeType } | null | undefined;
type Resolver = (value: unknown, key: string) => TypeLike;

/** Where a node is, as a chain of keys up to the root: built per node without copying. */
type Path = { up: Path; key: string | number } | undefined;

const samePath = (a: Path, b: Path): boolean => {
  for (; a && b; a = a.up, b = b.up) if (a.key !== b.key) return false;
  return a === b;
};

const keysOf = (path: Path): (string | number)[] => {
  const keys: (string | number)[] = [];
  for (let at = path; at; at = at.up) keys.push(at.key);
  return keys.reverse();
};

/** Stops the walk: the result would not be certain. */
class Unsure extends Error {}

const scalar = { name: "scalar", properties: {} } as unknown as NormalizedNodeType;

/**
 * The `$ref`s the bundle would replace, each where it is and what it points to (in no order
 * that matters: see inlineRefs); undefined when the walk cannot be sure. `specPath`: the spec's absolute
 * path, as Redocly names locations to type functions. `fromJson`: the document is JSON.parse's,
 * which never puts one object in two places (YAML's aliases do): that is then not checked.
 */
export function inlinedRefs(document: unknown, config: Config, specPath: string, { fromJson = false } = {}): InlinedRef[] | undefined {
  let version;
  try {
    version = detectSpec(document);
  } catch {
    return undefined; // not a version Redocly knows: its lint says so
  }
  const types = normalizeTypes(config.extendTypes(getTypes(version), version), config) as Record<string, NormalizedNodeType>;
  const seen = new Map<string, Set<unknown>>();
  const positions = new Map<object, Path>();
  const inlined = new Map<string, InlinedRef>();

  const walkNode = (node: unknown, type: NormalizedNodeType, at: Path): void => {
    if (node !== null && typeof node === "object") {
      // A YAML alias puts one object in two places, where the bundler's copies part ways with ours.
      if (!fromJson) {
        const first = positions.get(node);
        if (first === undefined) positions.set(node, at);
        else if (!samePath(first, at)) throw new Unsure();
      }
      // A literal `$ref` is replaced wherever it is met; any other node is walked once per type.
      const seenOfType = seen.get(type.name) ?? seen.set(type.name, new Set()).get(type.name)!;
      if (type.name !== "scalar" && seenOfType.has(node)) return;
      seenOfType.add(node);
    }
    if (isRef(node)) {
      const target = resolve(document, node.$ref);
      if (type.name === "scalar") {
        if (containsRef(target.node)) throw new Unsure();
        const site = keysOf(at);
        inlined.set(JSON.stringify(site), { at: site, target: target.at });
        return;
      }
      walkNode(target.node, type, target.at.reduce<Path>((up, key) => ({ up, key }), undefined));
      // Keys written beside the $ref are walked too, as the ref's own (Redocly's composed $ref).
      const written = node as unknown as Record<string, unknown>;
      for (const key of Object.keys(written)) if (key !== "$ref" && written[key] !== (target.node as Record<string, unknown> | null | undefined)?.[key]) walkProp(type, written, key, at);
      return;
    }
    if (type.name === "scalar") return;
    // The bundler resolves a `defaultMapping` its resolver may not have met: Redocly's bundle decides.
    if (type.name === "Discriminator" && isObject(node) && typeof node.defaultMapping === "string" && isMappingRef(node.defaultMapping)) throw new Unsure();
    if (Array.isArray(node)) {
      const items = type.items as TypeLike | Resolver;
      if (items === undefined) return;
      node.forEach((item, index) => {
        let itemType = typeof items === "function" ? items(item, `${specPath}#${pointerOf(keysOf({ up: at, key: index }))}`) : items;
        let value: unknown = item;
        if (itemType?.directResolveAs) {
          mappedComponent(item);
          itemType = itemType.directResolveAs;
          value = { $ref: item };
        }
        if (isNamed(itemType)) walkNode(value, itemType, { up: at, key: index });
      });
    } else if (isObject(node)) {
      // The keys Redocly walks: the type's own, then any other when it takes additional
      // properties, else its extensions. In the node's order: what is found does not depend on it.
      for (const key of Object.keys(node)) {
        if (node[key] === undefined) continue;
        if (Object.hasOwn(type.properties, key) || type.additionalProperties || (type.extensionsPrefix !== undefined && key.startsWith(type.extensionsPrefix))) walkProp(type, node, key, at);
      }
    }
  };

  /** One property of a node, typed as Redocly's walkProp types it. */
  const walkProp = (type: NormalizedNodeType, parent: Record<string, unknown>, key: string, at: Path): void => {
    let value = parent[key];
    let propType = (Object.hasOwn(type.properties, key) ? type.properties[key] : undefined) as TypeLike | Resolver;
    const isExtensionKey = type.extensionsPrefix !== undefined && key.startsWith(type.extensionsPrefix);
    if (propType === undefined && !isExtensionKey) propType = type.additionalProperties as TypeLike | Resolver;
    if (typeof propType === "function") propType = propType(value, key);
    if (isExtensionKey && !isNamed(propType)) propType = types.SpecExtension;
    if (!isNamed(propType) && propType?.directResolveAs) {
      propType = propType.directResolveAs;
      mappedComponent(value);
      value = { $ref: value };
    }
    if (propType && propType.name === undefined && propType.resolvable !== false) propType = scalar;
    if (!isNamed(propType) || (propType.name === "scalar" && !isRef(value))) return;
    walkNode(value, propType, { up: at, key });
  };

  /**
   * A discriminator mapping's `$ref`, which the bundler saves as a component: the same one only
   * when it names a schema component that is not itself a `$ref` (the bundler follows those).
   */
  const mappedComponent = (value: unknown): void => {
    if (typeof value !== "string" || !componentSchema.test(value) || isRef(resolve(document, value).node)) throw new Unsure();
  };

  try {
    walkNode(document, types.Root!, undefined);
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
  const refs = [...inlined.values()];
  // A copy is looked up after the copies before it are made: none may point through another's place.
  const through = (target: (string | number)[], site: (string | number)[]) => site.length <= target.length && site.every((key, index) => key === target[index]);
  if (refs.some(({ target }) => refs.some(({ at }) => through(target, at)))) return undefined;
  return refs;
}

/** A schema component's `$ref`, which the bundler would save under the name it has. */
const componentSchema = /^#\/components\/schemas\/[A-Za-z0-9._-]+$/;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
const isNamed = (type: unknown): type is NormalizedNodeType => typeof (type as { name?: unknown } | null | undefined)?.name === "string";

/** What a `#/...` pointer reaches, as Redocly's resolver looks it up (parseRef: what follows the first `#/`, up to any other); anything else is Unsure. */
function resolve(document: unknown, ref: string): { node: unknown; at: (string | number)[] } {
  const [uri, pointer = ""] = ref.split("#/");
  if (uri !== "" && uri !== "#") throw new Unsure();
  let node = document;
  const at: (string | number)[] = [];
  for (const segment of pointer.split("/").map(unescapePointerFragment).filter((segment) => segment !== "")) {
    if (isObject(node) && Object.hasOwn(node, segment) && node[segment] !== undefined) {
      node = node[segment];
      at.push(segment);
    } else if (Array.isArray(node) && node[Number(segment)] !== undefined) {
      node = node[Number(segment)];
      at.push(Number(segment));
    } else {
      throw new Unsure();
    }
  }
  return { node, at };
}

function containsRef(node: unknown): boolean {
  if (node === null || typeof node !== "object") return false;
  if (isRef(node)) return true;
  return Object.values(node).some(containsRef);
}

/** `/a/b~1c`: a location as the JSON pointer Redocly gives type functions. */
function pointerOf(at: (string | number)[]): string {
  return `/${at.map((segment) => String(segment).replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;
}
