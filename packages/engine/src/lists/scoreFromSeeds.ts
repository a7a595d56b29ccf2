import type { Neighbors } from '../sparse/Neighbors.js';
import { selectTopK } from '../sparse/selectTopK.js';
import type { ListContext } from './ListContext.js';

export interface SeedScores {
  items: number[];
  scores: number[];
  /** The seed that contributed most to each item, for its reason. */
  via: number[];
}

/**
 * Sums the neighbour scores of several seeds, each times its weight: an item bought with two products of the
 * basket ranks above one bought with a single product, and a strong pair still counts alone. Items for which
 * `skip` is true are not returned. O(seeds x neighbours), on scratch arrays reused between requests.
 */
export function scoreFromSeeds(
  context: ListContext,
  neighbors: Neighbors,
  seeds: ArrayLike<number>,
  seedWeights: ArrayLike<number>,
  pool: number,
  skip?: (item: number) => boolean,
): SeedScores {
  const { scores, best, via, touched } = context.runtime.scratch;
  let touchedCount = 0;
  for (let s = 0; s < seeds.length; s++) {
    const seed = seeds[s]!;
    const weight = seedWeights[s]!;
    if (!(weight > 0)) continue;
    for (let k = neighbors.start[seed]!; k < neighbors.start[seed + 1]!; k++) {
      const item = neighbors.items[k]!;
      const value = weight * neighbors.scores[k]!;
      if (scores[item] === 0) touched[touchedCount++] = item;
      if (value > best[item]!) {
        best[item] = value;
        via[item] = seed;
      }
      scores[item]! += value;
    }
  }
  const kept = new Uint32Array(touchedCount);
  let keptCount = 0;
  for (let t = 0; t < touchedCount; t++) {
    const item = touched[t]!;
    if (!skip || !skip(item)) kept[keptCount++] = item;
  }
  const top = new Uint32Array(Math.min(pool, keptCount));
  const count = selectTopK(kept, keptCount, scores, top.length, top);
  const result: SeedScores = { items: [], scores: [], via: [] };
  for (let r = 0; r < count; r++) {
    const item = top[r]!;
    result.items.push(item);
    result.scores.push(scores[item]!);
    result.via.push(via[item]!);
  }
  for (let t = 0; t < touchedCount; t++) {
    scores[touched[t]!] = 0;
    best[touched[t]!] = 0;
  }
  return result;
}
