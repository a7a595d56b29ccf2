import type { Candidate, ListContext } from './ListContext.js';
import { rankedList } from './rankedList.js';

/** Trending: demand of the last days well above the product's own baseline, optionally in a category. */
export function trending(context: ListContext, pool: number): Candidate[] {
  return rankedList(context, pool, 'trending');
}
