import type { Interaction } from '../types.js';
import { checkK } from './checkK.js';
import { groupHistories } from './groupHistories.js';
import type { SeedTrainer } from './Recommenders.js';

export interface ThinSeedEvaluation {
  k: number;
  /** Products with fewer training shoppers than this are the thin seeds. */
  thinBelow: number;
  /** (shopper, thin product of their training history) pairs asked. */
  pairs: number;
  /** Share of the pairs whose list, the shopper's training products left out, held one of their test products. */
  hitRate: number;
  /** The same by the seed's training shoppers: [from, below) and the pairs' hit rate there. */
  byShoppers: { from: number; below: number; pairs: number; hitRate: number }[];
  trainSeconds: number;
}

/**
 * A product page's list for the products few shoppers have seen: for each test shopper and each product of
 * their training history with fewer than `thinBelow` training shoppers, the recommender's list for that
 * product (the shopper's other training products left out, the first k kept) is a hit when it holds one of the
 * shopper's test products. This is where a behavioural list has least to go on and text has most to give.
 */
export function evaluateThinSeeds(
  train: readonly Interaction[],
  test: readonly Interaction[],
  trainer: SeedTrainer,
  { k = 10, thinBelow = 25, bands = [0, 5, 10] }: { k?: number; thinBelow?: number; bands?: number[] } = {},
): ThinSeedEvaluation {
  checkK(k);
  const started = performance.now();
  const recommender = trainer(train);
  const trainSeconds = (performance.now() - started) / 1000;
  const histories = groupHistories(train);
  const later = groupHistories(test);
  const shoppersOf = new Map<string, number>();
  for (const products of histories.values()) {
    for (const product of products) shoppersOf.set(product, (shoppersOf.get(product) ?? 0) + 1);
  }
  const edges = [...bands.filter((band) => band < thinBelow), thinBelow];
  const hits = new Array<number>(edges.length - 1).fill(0);
  const asked = new Array<number>(edges.length - 1).fill(0);
  for (const [userId, history] of histories) {
    const wanted = later.get(userId);
    if (wanted === undefined) continue;
    for (const seed of history) {
      const shoppers = shoppersOf.get(seed)!;
      if (shoppers >= thinBelow) continue;
      const band = edges.findIndex((edge, e) => shoppers >= edge && shoppers < edges[e + 1]!);
      // Enough to fill k after the shopper's own products are left out.
      const list = recommender(seed, Math.min(100, k + history.size))
        .filter((id) => !history.has(id))
        .slice(0, k);
      asked[band]!++;
      if (list.some((id) => wanted.has(id))) hits[band]!++;
    }
  }
  const pairs = asked.reduce((sum, count) => sum + count, 0);
  const hitCount = hits.reduce((sum, count) => sum + count, 0);
  return {
    k,
    thinBelow,
    pairs,
    hitRate: pairs > 0 ? hitCount / pairs : 0,
    byShoppers: asked.map((count, b) => ({
      from: edges[b]!,
      below: edges[b + 1]!,
      pairs: count,
      hitRate: count > 0 ? hits[b]! / count : 0,
    })),
    trainSeconds,
  };
}
