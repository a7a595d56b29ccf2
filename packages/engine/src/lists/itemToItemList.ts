import type { Neighbors } from '../sparse/Neighbors.js';
import type { Reason } from '../types.js';
import { findVia } from './findVia.js';
import type { Candidate, Explain, ListContext } from './ListContext.js';
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
  const seedWeights = new Float64Array(seeds.length).fill(1);
  const { items, scores } = scoreFromSeeds(context, neighbors, seeds, seedWeights, pool);
  const explain: Explain = (served) =>
    findVia(context, neighbors, seeds, seedWeights, served).map((via, r) =>
      via < 0 ? [] : [reasonFor(seeds[via]!, served[r]!)],
    );
  return items.map((item, r) => ({ item, score: scores[r]!, reasons: [], explain }));
}
