import type { Neighbors } from '../sparse/Neighbors.js';
import { selectTopK } from '../sparse/selectTopK.js';
import type { ListContext } from './ListContext.js';
import type { SeedScores } from './scoreFromSeeds.js';
import { strongestPairShare } from './strongestPairShare.js';

/**
 * A basket's evidence two ways, each scaled to its best and added, the strongest pair fading in baskets of
 * more than 4 lines (m of them) and gone beyond 16 (`strongestPairShare`, a(m) below):
 *
 *     score(j) = Σ_b S(b, j) / max_j' Σ_b S(b, j')  +  a(m) · max_b M(b, j) / max_j' max_b M(b, j')
 *
 * The sum (`summed`, learned weights) rewards a product that goes with several of the basket's products;
 * the maximum (`strongest`, the co-purchase walk) keeps a strong single pair from drowning in a short basket's
 * few weak ones. In a long basket the maximum over many lines is mostly the luck of one pair, while the sum has
 * the whole order to learn from: measured by basket size on FIMI, Groceries and MovieLens histories as baskets,
 * the maximum helps up to about 7 lines and hurts from about 16 (DESIGN.md, "Whole-basket merge"), so a longer
 * basket does not read the walk at all.
 *
 * The basket's own products are never returned: they are in each other's rows, and in a long basket they
 * filled the pool and left the list to its fallback (they still set the two scales, as before). Each line's
 * learned row is read whole: a long basket's sum needs the many small and negative weights of the rows'
 * best-first tails (cut to 50,000 reads a basket, MovieLens histories as baskets scored 0.307, not 0.330).
 * O(lines x learned row + min(lines, 16) x walk row) on the runtime's scratch rows; a learned row holds at most
 * `neighbors` products, or every co-occurring one of a catalog small enough for dense weights
 * (`ridge.denseMaxProducts`).
 */
export function sumAndStrongestFromSeeds(
  context: ListContext,
  summed: Neighbors,
  strongest: Neighbors,
  seeds: ArrayLike<number>,
  pool: number,
): SeedScores {
  const { scores: sums, strongest: maxima, touched } = context.runtime.scratch;
  const fading = strongestPairShare(seeds.length);
  let touchedCount = 0;
  for (let s = 0; s < seeds.length; s++) {
    const seed = seeds[s]!;
    for (let e = summed.start[seed]!; e < summed.start[seed + 1]!; e++) {
      const item = summed.items[e]!;
      if (sums[item] === 0 && maxima[item] === 0) touched[touchedCount++] = item;
      sums[item]! += summed.scores[e]!;
    }
    // A long basket's maximum would weigh 0: its walk rows are not read.
    const strongestEnd = fading > 0 ? strongest.start[seed + 1]! : 0;
    for (let e = strongest.start[seed]!; e < strongestEnd; e++) {
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
  const maxScale = bestMax > 0 ? fading / bestMax : 0;
  for (let t = 0; t < touchedCount; t++) {
    const item = touched[t]!;
    sums[item] = Math.max(0, sums[item]!) * sumScale + maxima[item]! * maxScale;
    maxima[item] = 0;
  }
  // Scored -1, the basket's lines are passed over by the top-k and cut off below (then cleared with the rest).
  for (let s = 0; s < seeds.length; s++) if (sums[seeds[s]!]! > 0) sums[seeds[s]!] = -1;
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
