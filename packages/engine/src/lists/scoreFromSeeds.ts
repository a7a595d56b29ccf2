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
 * basket ranks above one bought with a single product, and a strong pair still counts alone. Items in `skip`
 * are not returned. O(seeds x neighbours), on scratch arrays reused between requests.
 */
export function scoreFromSeeds(
  context: ListContext,
  neighbors: Neighbors,
  seeds: ArrayLike<number>,
  seedWeights: ArrayLike<number>,
  pool: number,
  skip?: ReadonlySet<number>,
): SeedScores {
  const { scores, best, via, touched } = context.runtime.scratch;
  let touchedCount = 0;
  let work = 0;
  for (let s = 0; s < seeds.length; s++)
    work += neighbors.start[seeds[s]! + 1]! - neighbors.start[seeds[s]!]!;
  // With many seeds over a small catalog, one scan of the catalog is cheaper than tracking touched items.
  const itemCount = scores.length;
  const scanAll = itemCount <= 2 * work;
  const { start, items: neighborItems, scores: neighborScores } = neighbors;
  for (let s = 0; s < seeds.length; s++) {
    const seed = seeds[s]!;
    const weight = seedWeights[s]!;
    if (!(weight > 0)) continue;
    const end = start[seed + 1]!;
    if (scanAll) {
      for (let k = start[seed]!; k < end; k++) {
        const item = neighborItems[k]!;
        const value = weight * neighborScores[k]!;
        if (value > best[item]!) {
          best[item] = value;
          via[item] = seed;
        }
        scores[item]! += value;
      }
    } else {
      for (let k = start[seed]!; k < end; k++) {
        const item = neighborItems[k]!;
        const value = weight * neighborScores[k]!;
        if (scores[item] === 0) touched[touchedCount++] = item;
        if (value > best[item]!) {
          best[item] = value;
          via[item] = seed;
        }
        scores[item]! += value;
      }
    }
  }
  if (scanAll)
    for (let item = 0; item < itemCount; item++) if (scores[item]! > 0) touched[touchedCount++] = item;
  // Skipped items score -1 so that the top-k passes over them, then they are cut off.
  if (skip) for (const item of skip) if (scores[item]! > 0) scores[item] = -1;
  const kept = touched;
  const keptCount = touchedCount;
  const top = new Uint32Array(Math.min(pool, keptCount));
  const count = selectTopK(kept, keptCount, scores, top.length, top);
  const result: SeedScores = { items: [], scores: [], via: [] };
  for (let r = 0; r < count; r++) {
    const item = top[r]!;
    if (scores[item]! < 0) break;
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
