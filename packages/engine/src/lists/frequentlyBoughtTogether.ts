import type { Reason } from '../types.js';
import { findVia } from './findVia.js';
import type { Candidate, Explain, ListContext } from './ListContext.js';
import { sumAndStrongestFromSeeds } from './sumAndStrongestFromSeeds.js';
import type { ListDescriptor } from './ListDescriptor.js';
import { TARGET_SHARES } from './readinessTargets.js';
import { shareRequirement } from './shareRequirement.js';
import { strongestPairShare } from './strongestPairShare.js';

/**
 * Frequently bought together, for a whole basket (or one product): the learned co-purchase weights summed
 * over the basket, plus the strongest single co-purchase pair of any basket product up to 16 lines (see
 * `sumAndStrongestFromSeeds`; pairs under `minSupport` orders are in neither).
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
  // The reason names the basket product of the strongest pair; a product reached only through the learned
  // weights, or recommended for a basket too long for the pair to count, names the one that added most to its sum.
  const pairCounts = strongestPairShare(seeds.length) > 0;
  const explain: Explain = (served) => {
    const learned = findVia(context, model.coPurchaseLearned, seeds, seedWeights, served);
    if (!pairCounts) return learned.map((via) => reasonsOf(via));
    const strongest = findVia(context, model.coPurchase, seeds, seedWeights, served);
    return strongest.map((via, r) => reasonsOf(via >= 0 ? via : learned[r]!));
  };
  const reasonsOf = (via: number): Reason[] => {
    if (via < 0) return [];
    const seed = seeds[via]!;
    return [
      { kind: 'bought-with', productId: catalog.ids[seed]!, text: `Bought with ${catalog.titles[seed]!}` },
    ];
  };
  return items.map((item, r) => ({ item, score: scores[r]!, reasons: [], explain }));
}

export const frequentlyBoughtTogetherList = {
  name: 'frequently-bought-together',
  heading: 'Frequently bought together',
  summary: 'what goes with a product or a whole basket, learned from orders',
  context: 'basket',
  generate: frequentlyBoughtTogether,
  fallback: ['best-selling'],
  fallbackScope: 'seed-department',
  readiness: (facts) => ({
    items: Math.round(facts.coverage.coPurchase * facts.products),
    requirements: [
      shareRequirement('bought-together-share', facts.coverage.coPurchase, TARGET_SHARES.boughtTogether),
    ],
  }),
} as const satisfies ListDescriptor<'frequently-bought-together'>;
