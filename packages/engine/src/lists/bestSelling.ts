import type { Candidate, ListContext } from './ListContext.js';
import { rankedList } from './rankedList.js';
import type { ListDescriptor } from './ListDescriptor.js';
import { MIN_LIST_PRODUCTS } from './readinessTargets.js';

/** Best selling: units (or revenue) sold in the window, optionally in a category. */
export function bestSelling(context: ListContext, pool: number): Candidate[] {
  return rankedList(context, pool, 'best-selling');
}

export const bestSellingList = {
  name: 'best-selling',
  heading: 'Best selling',
  summary: 'most units (or revenue) sold in the window',
  context: 'none',
  generate: bestSelling,
  fallback: ['trending', 'new'],
  readiness: (facts) => {
    const found = facts.ownItems('best-selling', 'best-selling');
    const days = facts.config.windows.bestSellingDays;
    return {
      items: found,
      requirements: [{ kind: 'sold-products', have: found, need: MIN_LIST_PRODUCTS, days }],
    };
  },
} as const satisfies ListDescriptor<'best-selling'>;
