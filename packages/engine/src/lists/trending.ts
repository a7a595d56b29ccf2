import type { Candidate, ListContext } from './ListContext.js';
import { rankedList } from './rankedList.js';
import type { ListDescriptor } from './ListDescriptor.js';
import { MIN_LIST_PRODUCTS } from './readinessTargets.js';

/** Trending: demand of the last days well above the product's own baseline, optionally in a category. */
export function trending(context: ListContext, pool: number): Candidate[] {
  return rankedList(context, pool, 'trending');
}

export const trendingList = {
  name: 'trending',
  heading: 'Trending',
  summary: 'demand rising this week against the weeks before',
  context: 'none',
  generate: trending,
  fallback: ['best-selling'],
  readiness: (facts) => {
    const found = facts.ownItems('trending', 'trending');
    const days = facts.config.windows.trendingDays;
    return {
      items: found,
      requirements: [{ kind: 'trending-products', have: found, need: MIN_LIST_PRODUCTS, days }],
    };
  },
} as const satisfies ListDescriptor<'trending'>;
