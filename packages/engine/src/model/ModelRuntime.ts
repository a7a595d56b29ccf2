import type { Ranking } from '../lists/getRanking.js';
import type { Model } from './Model.js';

/** Lookups and scratch space rebuilt from a model, never serialized. */
export interface ModelRuntime {
  productIndex: Map<string, number>;
  userIndex: Map<string, number>;
  /** Lower-cased category name or full path -> category nodes. */
  categoryIndex: Map<string, number[]>;
  /** Bumped by every update of the counters; rankings are cached per version. */
  version: number;
  rankings: Map<string, Ranking & { version: number }>;
  /**
   * Per-product scratch arrays reused by every request (serving is synchronous): `scores` all 0 and `slot`
   * all -1 between uses; `marks[item] === markStamp` marks a product for the current request only.
   */
  scratch: {
    scores: Float64Array;
    /** A second per-product score, all 0 between uses (the strongest single seed of a basket). */
    strongest: Float64Array;
    touched: Uint32Array;
    slot: Int32Array;
    marks: Uint32Array;
  };
  markStamp: number;
}

const runtimes = new WeakMap<Model, ModelRuntime>();

/** The runtime of a model, built on first use. */
export function getRuntime(model: Model): ModelRuntime {
  let runtime = runtimes.get(model);
  if (!runtime) {
    const { catalog } = model;
    const productIndex = new Map<string, number>();
    catalog.ids.forEach((id, index) => productIndex.set(id, index));
    const userIndex = new Map<string, number>();
    model.userIds.forEach((id, index) => userIndex.set(id, index));
    const categoryIndex = new Map<string, number[]>();
    const addName = (name: string, node: number): void => {
      const key = name.toLowerCase();
      const nodes = categoryIndex.get(key);
      if (nodes) {
        if (!nodes.includes(node)) nodes.push(node);
      } else categoryIndex.set(key, [node]);
    };
    catalog.categoryPaths.forEach((path, node) => {
      addName(path, node);
      const cut = path.lastIndexOf(' > ');
      addName(cut < 0 ? path : path.slice(cut + 3), node);
    });
    const itemCount = catalog.ids.length;
    runtime = {
      productIndex,
      userIndex,
      categoryIndex,
      version: 0,
      rankings: new Map(),
      scratch: {
        scores: new Float64Array(itemCount),
        strongest: new Float64Array(itemCount),
        touched: new Uint32Array(itemCount),
        slot: new Int32Array(itemCount).fill(-1),
        marks: new Uint32Array(itemCount),
      },
      markStamp: 0,
    };
    runtimes.set(model, runtime);
  }
  return runtime;
}
