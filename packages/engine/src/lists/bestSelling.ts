import type { Candidate, ListContext } from './ListContext.js';
import { rankedList } from './rankedList.js';

/** Best selling: units (or revenue) sold in the window, optionally in a category. */
export function bestSelling(context: ListContext, pool: number): Candidate[] {
  return rankedList(context, pool, 'best-selling');
}
