import type { OpenApiDocument } from "../spec/document.js";
import { pathItemKeys, type RefsByHash } from "./operation-keys.js";
import type { NamedOperation } from "./operations.js";
import type { OperationModel } from "./types.js";

/**
 * Watch mode's memory of each operation from run to run: its model, and what the stages made
 * of it (request examples, CLI command, emitted code). An operation keeps its model when its
 * path, method, name and key (operation-keys.ts: its path item and all its `$ref`s reach) are
 * as they were, and the inputs every operation shares are too: a save then rebuilds only the
 * operations the edit reaches. A model kept is the same object, so what was made of it is
 * looked up by identity; a model built anew has nothing made of it yet.
 */
export class OperationMemo {
  #models = new Map<string, OperationModel>();
  #refs: RefsByHash = new Map();
  #made = new WeakMap<OperationModel, Map<string, unknown>>();
  /** Operations whose model the last run kept, of how many (for tests and the bench). */
  lastRun = { kept: 0, operations: 0 };

  /**
   * The run's models, in the order of `operations`: the last run's where nothing they read
   * changed, else `build`'s. `shared`: what every operation may read besides its path item and
   * what that reaches (the spec's security and servers, the generator's options).
   */
  models(document: OpenApiDocument, shared: unknown, operations: readonly NamedOperation[], build: (operation: NamedOperation) => OperationModel): OperationModel[] {
    const { keys: pathKeys, refs } = pathItemKeys(document, shared, this.#refs);
    this.#refs = refs;
    const models = new Map<string, OperationModel>();
    let kept = 0;
    const built = operations.map((operation) => {
      const key = JSON.stringify([operation.path, operation.method, operation.name, pathKeys.get(operation.path)]);
      const last = this.#models.get(key);
      if (last !== undefined) kept++;
      const model = last ?? build(operation);
      models.set(key, model);
      return model;
    });
    this.#models = models;
    this.lastRun = { kept, operations: operations.length };
    return built;
  }

  /** What `make` made of `operation` (`what`: which product) when its model was built, or makes of it now. */
  made<T>(operation: OperationModel, what: string, make: () => T): T {
    let products = this.#made.get(operation);
    if (products === undefined) this.#made.set(operation, (products = new Map()));
    if (!products.has(what)) products.set(what, make());
    return products.get(what) as T;
  }
}

/** `memo.made(...)`, or `make()` where there is no memo (a cold run). */
export function madeOnce<T>(memo: OperationMemo | undefined, operation: OperationModel, what: string, make: () => T): T {
  return memo ? memo.made(operation, what, make) : make();
}
