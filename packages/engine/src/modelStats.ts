import type { Model } from './model/Model.js';

export interface ModelStats {
  products: number;
  users: number;
  interactions: number;
  skippedInteractions: number;
  orders: number;
  updates: number;
  trainedAt: number;
  clock: number;
  /** The co-purchase ridge penalty the weights were learned with (chosen from the orders where it could be). */
  coPurchaseLambda: number;
  /** Share of products with item-to-item neighbours, per source. */
  coverage: { behaviour: number; coPurchase: number; content: number };
}

/** Counts that tell a merchandiser what the model knows. */
export function modelStats(model: Model): ModelStats {
  const products = model.catalog.ids.length;
  const share = (start: Uint32Array): number => {
    if (products === 0) return 0;
    let covered = 0;
    for (let item = 0; item < products; item++) if (start[item + 1]! > start[item]!) covered++;
    return covered / products;
  };
  return {
    products,
    users: model.userIds.length,
    interactions: model.stats.interactions,
    skippedInteractions: model.stats.skipped,
    orders: model.stats.orders,
    updates: model.stats.updates,
    trainedAt: model.trainedAt,
    clock: model.clock,
    coPurchaseLambda: model.stats.coPurchaseLambda ?? model.config.ridge.coPurchaseLambda,
    coverage: {
      behaviour: share(model.behaviour.start),
      coPurchase: share(model.coPurchase.start),
      content: share(model.content.start),
    },
  };
}
