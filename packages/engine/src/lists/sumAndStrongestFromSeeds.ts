import type { Neighbors } from '../sparse/Neighbors.js';
import { selectTopK } from '../sparse/selectTopK.js';
import type { ListContext } from './ListContext.js';
import type { SeedScores } from './scoreFromSeeds.js';

/**
 * A basket's evidence two ways, each scaled to its best candidate and added:
 *
 *     score(j) = Σ_b S(b, j) / max_j' Σ_b S(b, j')  +  max_b M(b, j) / max_j' max_b M(b, j')
 *
 * The sum (`summed`, learned weights) rewards a product that goes with several of the basket's products;
 * the maximum (`strongest`, the co-purchase walk) keeps a strong single pair from drowning in a long basket's
 * many weak ones. Scaling each to its best makes the two comparable whatever the basket's size. O(seeds x
 * neighbours) on the runtime's scratch rows.
 */
export function sumAndStrongestFromSeeds(
  context: ListContext,
  summed: Neighbors,
  strongest: Neighbors,
  seeds: ArrayLike<number>,
  pool: number,
): SeedScores {
  const { scores: sums, strongest: maxima, touched } = context.runtime.scratch;
  let touchedCount = 0;
  for (let s = 0; s < seeds.length; s++) {
    const seed = seeds[s]!;
    for (let e = summed.start[seed]!; e < summed.start[seed + 1]!; e++) {
      const item = summed.items[e]!;
      if (sums[item] === 0 && maxima[item] === 0) touched[touchedCount++] = item;
      sums[item]! += summed.scores[e]!;
    }
    for (let e = strongest.start[seed]!; e < strongest.start[seed + 1]!; e++) {
      const item = strongest.items[e]!;
      if (sums[item] === 0 && maxima[item] === 0) touched[touchedCount++] = item;
      if (strongest.scores[e]! > maxima[item]!) maxima[item] = strongest.scores[e]!;
    }
  }
  let bestSum = 0;
  let bestMax = 0;
  for (let t = 0; t < touchedCount; t++) {
    const item = touched[t]!;
    if (sums[item]! > bestSum) bestSum = sums[item]!;
    if (maxima[item]! > bestMax) bestMax = maxima[item]!;
  }
  const sumScale = bestSum > 0 ? 1 / bestSum : 0;
  const maxScale = bestMax > 0 ? 1 / bestMax : 0;
  for (let t = 0; t < touchedCount; t++) {
    const item = touched[t]!;
    sums[item] = Math.max(0, sums[item]!) * sumScale + maxima[item]! * maxScale;
    maxima[item] = 0;
  }
  const top = new Uint32Array(Math.max(0, Math.min(pool, touchedCount)));
  const count = selectTopK(touched, touchedCount, sums, top.length, top);
  const result: SeedScores = { items: [], scores: [] };
  for (let r = 0; r < count; r++) {
    const item = top[r]!;
    if (!(sums[item]! > 0)) break;
    result.items.push(item);
    result.scores.push(sums[item]!);
  }
  for (let t = 0; t < touchedCount; t++) sums[touched[t]!] = 0;
  return result;
}
