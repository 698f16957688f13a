// Watch mode's lint of a save, by parts: when the last save linted clean, Redocly walks only
// the parts of the spec where an edit can change what the lint finds. On GitHub's spec a whole
// lint is 0.75 s of CPU, a lint of an edited path item 0.2 s (the read and parse of the file,
// mostly). Plain JavaScript: the lint worker runs without a TypeScript loader. Types:
// lint-by-parts.d.mts.
//
// Why it finds what a whole lint finds. The rules allowed here (`localRules`) judge a node by
// its own content, the type it is walked as, and what its `$ref`s resolve to. Every node a
// whole walk visits is reached from some part (a path item, a component, a top-level member)
// through a chain of `$ref`s. When no part on that chain changed, the same visit happened in
// the last walk, which found nothing. When one did, the part the chain starts from reaches a
// changed part: it is linted here, walked from its own place, and reaches the same nodes as
// the same types. So the parts linted are the changed ones and every part whose `$ref`s lead
// to one, directly or not. Anything else (a part gone, a new version, another rule, another
// file, any finding) sends the save to the whole lint.
import { detectSpec, getMajorSpecVersion, getTypes, lint, lintDocument, unescapePointerFragment } from "@redocly/openapi-core";

/** Rules whose findings at a node depend only on that node, its type and its `$ref`s' targets. */
const localRules = new Set(["struct", "no-unresolved-refs"]);

/** Where a `$ref` out of the file, or to no one part, leads: no part is keyed so. */
const outside = Symbol("outside the parts");

/** A container's entry left out of the walk: no type, so neither Redocly's resolver nor its walk goes in, and `struct` accepts it. */
const leftOut = { resolvable: false };

export class LintByParts {
  /** The last save's spec in parts, with what each part refers to: kept only after a clean lint of a spec in one file. */
  #last;
  /** How the last lint went (for tests): by parts, and how many parts it walked of how many, or whole. */
  lastRun = { byParts: false, walked: 0, parts: 0 };

  /**
   * Redocly's problems for the spec at `specPath` under `config`, whose file's identity is
   * `configKey`, as `lint` finds them: by parts when the last save allows, else by a whole lint.
   */
  async problems(specPath, config, configKey, resolver) {
    const last = this.#last;
    this.#last = undefined; // kept again only if this lint ends clean
    this.lastRun = { byParts: false, walked: 0, parts: 0 };
    const document = await resolver.resolveDocument(null, specPath, true);
    if (document instanceof Error || document?.source === undefined) return lint({ ref: specPath, config, externalRefResolver: resolver });
    const version = versionOf(document.parsed);
    const rules = version === undefined ? undefined : localRulesOn(config, version);
    const layout = rules === undefined ? undefined : layoutOf(version);
    const parts = layout === undefined ? undefined : partsOf(document.parsed, layout);
    const same = last?.spec === specPath && last.configKey === configKey && last.version === version && last.rules === rules;
    const toLint = parts !== undefined && same ? partsToLint(last, parts, layout) : undefined;
    let problems;
    if (toLint !== undefined) {
      problems = await lintDocument({ document, config, externalRefResolver: resolver, customTypes: typesLinting(version, layout, toLint) });
      this.lastRun = { byParts: true, walked: toLint.size, parts: parts.size };
    }
    // Any finding is worded, and ordered, as a whole lint has it.
    if (problems === undefined || problems.length > 0) {
      problems = await lintDocument({ document, config, externalRefResolver: resolver });
      this.lastRun = { byParts: false, walked: parts?.size ?? 0, parts: parts?.size ?? 0 };
    }
    if (problems.length === 0 && parts !== undefined && readsOnly(resolver, specPath) && refsIntoParts(parts, layout)) {
      this.#last = { spec: specPath, configKey, version, rules, parts };
    }
    return problems;
  }
}

/** An OpenAPI 3.x document's version as Redocly names it (`oas3_1`); undefined for any other (whose whole lint says what it says). */
function versionOf(root) {
  try {
    const version = detectSpec(root);
    return version.startsWith("oas3") ? version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The severities of `localRules` when every rule on is one of them and nothing else takes
 * part (no preprocessor, no plugin), as a key: a lint under other settings (a config's
 * `extends` edited) starts afresh. Undefined when another rule is on.
 */
function localRulesOn(config, version) {
  if (!config.plugins.every((plugin) => plugin.id === "")) return undefined;
  // As lintDocument takes them: every id of every rule set, as a rule and as a preprocessor.
  const ids = config.getRulesForSpecVersion(getMajorSpecVersion(version)).flatMap((set) => Object.keys(set));
  const others = ids.some((id) => (!localRules.has(id) && config.getRuleSettings(id, version).severity !== "off") || config.getPreprocessorSettings(id, version).severity !== "off");
  return others ? undefined : JSON.stringify([...localRules].map((id) => config.getRuleSettings(id, version).severity));
}

/**
 * The spec in parts, by their place (`["paths", "/a"]`, `["components", "schemas", "A"]`,
 * `["info"]`): each entry of a container (the top-level maps the types give, and the maps in
 * `components`), and each other top-level member whole. Undefined when a container is not an
 * object or a `$ref`, where the walk goes otherwise.
 */
function partsOf(root, { containers, componentKinds }) {
  // A root or container that is a `$ref` is walked as where it leads: its entries are not where they seem.
  if (!isObject(root) || "$ref" in root || (isObject(root.components) && "$ref" in root.components)) return undefined;
  const parts = new Map();
  const add = (place, value) => parts.set(partKey(place), { place, value, refs: undefined });
  for (const [key, value] of Object.entries(root)) {
    if (key === "components" && isObject(value)) {
      for (const [kind, members] of Object.entries(value)) {
        if (!componentKinds.has(kind)) add([key, kind], members);
        else if (isObject(members) && !("$ref" in members)) for (const [name, member] of Object.entries(members)) add([key, kind, name], member);
        else return undefined;
      }
    } else if (containers.has(key)) {
      if (!isObject(value) || "$ref" in value) return undefined;
      for (const [name, member] of Object.entries(value)) add([key, name], member);
    } else add([key], value);
  }
  return parts;
}

/** The top-level members that are maps of parts, and the maps of parts in `components`, by the version's types. */
function layoutOf(version) {
  const types = getTypes(version);
  const maps = (type) => new Set(Object.entries(type.properties).filter(([, name]) => typeof name === "string" && types[name]?.additionalProperties !== undefined).map(([key]) => key));
  const containers = maps(types.Root);
  containers.delete("components");
  return { containers, componentKinds: maps(types[types.Root.properties.components]) };
}

/**
 * The parts to walk, by key: each part that is new or not as it was, and each part whose
 * `$ref`s lead to one of those, directly or through others. Undefined when a part is gone (a
 * `$ref` elsewhere may now lead nowhere). Each part's `$ref`s are carried over from `last` when
 * it is as it was.
 */
function partsToLint(last, parts, layout) {
  for (const key of last.parts.keys()) if (!parts.has(key)) return undefined;
  const changed = [];
  for (const [key, part] of parts) {
    const before = last.parts.get(key);
    if (before !== undefined && sameJson(before.value, part.value)) part.refs = before.refs;
    else changed.push(key);
  }
  // Who refers to whom, backwards: from a changed part to every part that reaches it.
  const referrers = new Map();
  for (const [key, part] of parts) {
    for (const target of refsOf(part, layout)) referrers.get(target)?.add(key) ?? referrers.set(target, new Set([key]));
  }
  const toLint = new Set(changed);
  const pending = [...changed];
  while (pending.length > 0) {
    for (const referrer of referrers.get(pending.pop()) ?? []) {
      if (!toLint.has(referrer)) {
        toLint.add(referrer);
        pending.push(referrer);
      }
    }
  }
  return toLint;
}

/**
 * Redocly's types for `version`, with each container walking only the entries in `toLint`.
 * The other top-level members are walked always (they are few and small). The containers take
 * new type names, so a type used in two places (`WebhooksMap`) is narrowed only where it is a container.
 */
function typesLinting(version, { containers, componentKinds }, toLint) {
  const types = getTypes(version);
  const narrowed = { ...types };
  const narrow = (typeName, place) => {
    const type = types[typeName];
    const name = `${typeName}@${place.join("/")}`;
    narrowed[name] = {
      ...type,
      additionalProperties: (value, key) => {
        const entry = typeof type.additionalProperties === "function" ? type.additionalProperties(value, key) : type.additionalProperties;
        return toLint.has(partKey([...place, key])) || isExtension(type, key) ? entry : leftOut;
      },
    };
    return name;
  };
  const componentsName = types.Root.properties.components;
  const components = types[componentsName];
  narrowed[`${componentsName}@parts`] = { ...components, properties: { ...components.properties, ...Object.fromEntries([...componentKinds].map((kind) => [kind, narrow(components.properties[kind], ["components", kind])])) } };
  narrowed.Root = {
    ...types.Root,
    properties: { ...types.Root.properties, components: `${componentsName}@parts`, ...Object.fromEntries([...containers].map((key) => [key, narrow(types.Root.properties[key], [key])])) },
  };
  return narrowed;
}

/** An extension key of a map type: Redocly walks it as an extension, whatever the map's type says. */
function isExtension(type, key) {
  return type.extensionsPrefix !== undefined && key.startsWith(type.extensionsPrefix);
}

/** A part's key: its place, each step apart (a path's `/` is not a step). */
function partKey(place) {
  return JSON.stringify(place);
}

/**
 * The `$ref`s in a part, in any place (more parts walked, never fewer), and the other strings
 * Redocly follows as `$ref`s, each as the key of the part it leads into (refOf).
 */
function refsOf(part, layout) {
  if (part.refs !== undefined) return part.refs;
  const refs = new Set();
  const pending = [part.value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== "object") continue;
    if (typeof node.$ref === "string") refs.add(refOf(node.$ref, layout));
    // Redocly follows these strings as `$ref`s too: a discriminator's mapping, and an example's externalValue.
    for (const target of [...(isObject(node.mapping) ? Object.values(node.mapping) : []), node.defaultMapping, node.externalValue]) {
      if (typeof target === "string") refs.add(refOf(target, layout));
    }
    for (const key in node) pending.push(node[key]);
  }
  return (part.refs = refs);
}

/**
 * The key of the part a `$ref` within the file leads into, its pointer read as Redocly's
 * `parseRef` reads it, as inlined-refs.ts does (the text after the first `#/`, each step
 * unescaped by Redocly, empty steps dropped); `outside` for any other.
 */
function refOf(ref, { containers, componentKinds }) {
  const [uri, pointer = ""] = ref.split("#/");
  if ((uri.endsWith("#") ? uri.slice(0, -1) : uri) !== "") return outside;
  const place = pointer.split("/").map(unescapePointerFragment).filter((step) => step !== "");
  const depth = place[0] === "components" ? (componentKinds.has(place[1]) ? 3 : 2) : containers.has(place[0]) ? 2 : 1;
  return place.length < depth ? outside : partKey(place.slice(0, depth));
}

/**
 * True when every `$ref` leads into a part: none out of the file (a save could change what it
 * leads to unseen), none to a whole container or the whole spec (no part's change is seen there).
 */
function refsIntoParts(parts, layout) {
  for (const part of parts.values()) for (const ref of refsOf(part, layout)) if (!parts.has(ref)) return false;
  return true;
}

/** True when the resolver read the spec alone, and nothing it could not read. */
function readsOnly(resolver, spec) {
  return resolver.unread.size === 0 && [...resolver.digests.keys()].every((file) => file === spec);
}

/** Deep equality of two parsed JSON or YAML values (NaN never equal: a part changed, to be safe). */
function sameJson(a, b) {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object" || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!Object.hasOwn(b, key) || !sameJson(a[key], b[key])) return false;
  return true;
}

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
