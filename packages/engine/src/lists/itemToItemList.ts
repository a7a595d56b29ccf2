import type { Neighbors } from '../sparse/Neighbors.js';
import type { Reason } from '../types.js';
import type { Candidate, ListContext } from './ListContext.js';
import { scoreFromSeeds } from './scoreFromSeeds.js';

/**
 * The shape shared by the item-to-item lists: the seeds' neighbours summed (each seed weighing 1), with a
 * reason naming the seed that contributed most.
 */
export function itemToItemList(
  context: ListContext,
  pool: number,
  neighbors: Neighbors,
  reasonFor: (seed: number, item: number) => Reason,
): Candidate[] {
  const { seeds } = context;
  const { items, scores, via } = scoreFromSeeds(
    context,
    neighbors,
    seeds,
    new Float64Array(seeds.length).fill(1),
    pool,
  );
  return items.map((item, r) => ({ item, score: scores[r]!, reasons: [reasonFor(via[r]!, item)] }));
}
