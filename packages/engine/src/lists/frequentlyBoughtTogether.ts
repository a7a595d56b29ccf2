import { findVia } from './findVia.js';
import type { Candidate, Explain, ListContext } from './ListContext.js';
import { sumAndStrongestFromSeeds } from './sumAndStrongestFromSeeds.js';

/**
 * Frequently bought together, for a whole basket (or one product): the learned co-purchase weights summed
 * over the basket, plus the strongest single co-purchase pair of any basket product (see
 * `sumAndStrongestFromSeeds`; pairs under `minSupport` orders are in neither). The reason names the basket
 * product with the strongest pair.
 */
export function frequentlyBoughtTogether(context: ListContext, pool: number): Candidate[] {
  const { model, seeds } = context;
  const { catalog } = model;
  const { items, scores } = sumAndStrongestFromSeeds(
    context,
    model.coPurchaseLearned,
    model.coPurchase,
    seeds,
    pool,
  );
  const seedWeights = new Float64Array(seeds.length).fill(1);
  const explain: Explain = (served) =>
    findVia(context, model.coPurchase, seeds, seedWeights, served).map((via) => {
      if (via < 0) return [];
      const seed = seeds[via]!;
      return [{ kind: 'bought-with', productId: catalog.ids[seed]!, text: `Bought with ${catalog.titles[seed]!}` }];
    });
  return items.map((item, r) => ({ item, score: scores[r]!, reasons: [], explain }));
}
