import { itemToItemList } from './itemToItemList.js';
import type { Candidate, ListContext } from './ListContext.js';

/**
 * Frequently bought together, for a whole basket (or one product): each basket product's co-purchase
 * neighbours (pairs under `minSupport` orders were never kept) are summed, so the score is the chance that a
 * random basket product leads to the candidate in a shared order, times the basket size.
 */
export function frequentlyBoughtTogether(context: ListContext, pool: number): Candidate[] {
  const { catalog } = context.model;
  return itemToItemList(context, pool, context.model.coPurchase, (seed) => ({
    kind: 'bought-with',
    productId: catalog.ids[seed]!,
    text: `Bought with ${catalog.titles[seed]!}`,
  }));
}
