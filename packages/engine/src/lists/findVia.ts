import type { Neighbors } from '../sparse/Neighbors.js';
import type { ListContext } from './ListContext.js';

/**
 * For each of `targets` (distinct products), the position in `seeds` of the seed whose weighted neighbour score for it is the
 * largest (the first such seed on a tie), or -1 when no seed leads to it: what "because you viewed X" names.
 * Neighbour lists are best first, so a seed's list is read only while its contributions can still beat the
 * weakest best found so far; once every target has one, most lists stop after a few entries.
 */
export function findVia(
  context: ListContext,
  neighbors: Neighbors,
  seeds: ArrayLike<number>,
  seedWeights: ArrayLike<number>,
  targets: readonly number[],
): number[] {
  const count = targets.length;
  const via = new Array<number>(count).fill(-1);
  if (count === 0) return via;
  const slot = context.runtime.scratch.slot;
  const best = new Float64Array(count);
  for (let r = 0; r < count; r++) slot[targets[r]!] = r;
  const { start, items, scores } = neighbors;
  let missing = count;
  let floor = 0;
  for (let s = 0; s < seeds.length; s++) {
    const weight = seedWeights[s]!;
    if (!(weight > 0)) continue;
    const seed = seeds[s]!;
    const end = start[seed + 1]!;
    let changed = false;
    for (let k = start[seed]!; k < end; k++) {
      const value = weight * scores[k]!;
      if (value <= floor) break;
      const r = slot[items[k]!]!;
      if (r >= 0 && value > best[r]!) {
        if (via[r] === -1) missing--;
        best[r] = value;
        via[r] = s;
        changed = true;
      }
    }
    if (changed && missing === 0) {
      floor = best[0]!;
      for (let r = 1; r < count; r++) if (best[r]! < floor) floor = best[r]!;
    }
  }
  for (let r = 0; r < count; r++) slot[targets[r]!] = -1;
  return via;
}
