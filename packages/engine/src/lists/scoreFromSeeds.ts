import type { Neighbors } from '../sparse/Neighbors.js';
import { selectTopK } from '../sparse/selectTopK.js';
import { selectTopKDense } from '../sparse/selectTopKDense.js';
import type { ListContext } from './ListContext.js';

export interface SeedScores {
  items: number[];
  scores: number[];
}

/**
 * Sums the neighbour scores of several seeds, each times its weight: an item bought with two products of the
 * basket ranks above one bought with a single product, and a strong pair still counts alone. Items in `skip`
 * are not returned. O(seeds x neighbours), on scratch arrays reused between requests.
 * The sum is one multiply-add per neighbour: which seed contributed most is asked later (`findVia`), for
 * the items served only, which keeps this loop free of compares.
 */
export function scoreFromSeeds(
  context: ListContext,
  neighbors: Neighbors,
  seeds: ArrayLike<number>,
  seedWeights: ArrayLike<number>,
  pool: number,
  skip?: ArrayLike<number>,
): SeedScores {
  const { scores, touched } = context.runtime.scratch;
  const { start, items: neighborItems, scores: neighborScores } = neighbors;
  let work = 0;
  for (let s = 0; s < seeds.length; s++) work += start[seeds[s]! + 1]! - start[seeds[s]!]!;
  // With many seeds over a small catalog, one scan of the catalog is cheaper than tracking touched items.
  const itemCount = scores.length;
  const scanAll = itemCount <= 2 * work;
  let touchedCount = 0;
  for (let s = 0; s < seeds.length; s++) {
    const seed = seeds[s]!;
    const weight = seedWeights[s]!;
    if (!(weight > 0)) continue;
    if (scanAll) addScaled(scores, neighborItems, neighborScores, start[seed]!, start[seed + 1]!, weight);
    else {
      touchedCount = addScaledTracked(
        scores,
        neighborItems,
        neighborScores,
        start[seed]!,
        start[seed + 1]!,
        weight,
        touched,
        touchedCount,
      );
    }
  }
  // Skipped items score -1 so that the top-k passes over them, then they are cut off.
  if (skip) for (let s = 0; s < skip.length; s++) if (scores[skip[s]!]! > 0) scores[skip[s]!] = -1;
  // The whole catalog was scanned: its top positive scores are found over the dense row, then it is cleared.
  const top = new Uint32Array(Math.max(0, Math.min(pool, scanAll ? itemCount : touchedCount)));
  const count = scanAll
    ? selectTopKDense(scores, itemCount, top.length, top)
    : selectTopK(touched, touchedCount, scores, top.length, top);
  const result: SeedScores = { items: [], scores: [] };
  for (let r = 0; r < count; r++) {
    const item = top[r]!;
    if (scores[item]! < 0) break;
    result.items.push(item);
    result.scores.push(scores[item]!);
  }
  if (scanAll) scores.fill(0);
  else for (let t = 0; t < touchedCount; t++) scores[touched[t]!] = 0;
  return result;
}

/**
 * scores[items[k]] += weight · values[k] over [begin, end), four at a time: the loads of four neighbours
 * overlap (about a third faster on picks-for-you). A row's items are distinct, so each score still gets its
 * additions in the same order.
 */
function addScaled(
  scores: Float64Array,
  items: Uint32Array,
  values: Float32Array,
  begin: number,
  end: number,
  weight: number,
): void {
  let k = begin;
  for (; k + 4 <= end; k += 4) {
    const i0 = items[k]!;
    const i1 = items[k + 1]!;
    const i2 = items[k + 2]!;
    const i3 = items[k + 3]!;
    const v0 = values[k]!;
    const v1 = values[k + 1]!;
    const v2 = values[k + 2]!;
    const v3 = values[k + 3]!;
    scores[i0]! += weight * v0;
    scores[i1]! += weight * v1;
    scores[i2]! += weight * v2;
    scores[i3]! += weight * v3;
  }
  for (; k < end; k++) scores[items[k]!]! += weight * values[k]!;
}

function addScaledTracked(
  scores: Float64Array,
  items: Uint32Array,
  values: Float32Array,
  begin: number,
  end: number,
  weight: number,
  touched: Uint32Array,
  touchedCount: number,
): number {
  let count = touchedCount;
  for (let k = begin; k < end; k++) {
    const item = items[k]!;
    if (scores[item] === 0) touched[count++] = item;
    scores[item]! += weight * values[k]!;
  }
  return count;
}
