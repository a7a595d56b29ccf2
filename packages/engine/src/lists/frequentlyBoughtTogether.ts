import type { Candidate, ListContext } from './ListContext.js';
import { scoreFromSeeds } from './scoreFromSeeds.js';

/**
 * Frequently bought together, for a whole basket (or one product): each basket product's co-purchase
 * neighbours (pairs under `minSupport` orders were never kept) are summed, so the score is the chance that a
 * random basket product leads to the candidate in a shared order, times the basket size.
 */
export function frequentlyBoughtTogether(context: ListContext, pool: number): Candidate[] {
  const { model, seeds } = context;
  const { items, scores, via } = scoreFromSeeds(
    context,
    model.coPurchase,
    seeds,
    seeds.map(() => 1),
    pool,
  );
  return items.map((item, r) => ({
    item,
    score: scores[r]!,
    reasons: [
      {
        kind: 'bought-with',
        productId: model.catalog.ids[via[r]!]!,
        text: `Bought with ${model.catalog.titles[via[r]!]!}`,
      },
    ],
  }));
}
