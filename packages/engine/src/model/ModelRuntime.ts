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
  scratch: { scores: Float64Array; best: Float64Array; via: Int32Array; touched: Uint32Array };
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
        best: new Float64Array(itemCount),
        via: new Int32Array(itemCount),
        touched: new Uint32Array(itemCount),
      },
    };
    runtimes.set(model, runtime);
  }
  return runtime;
}
