import type { GramRows } from './GramRows.js';
import type { GroupMatrix } from './GroupMatrix.js';
import { gramTopK, type GramRowsWithSupported } from './gramTopK.js';

export interface WidenOptions {
  /** Regressors each column took in the first pass. */
  regressors: number;
  /** Targets a row keeps: a product taken by fewer columns than this has a short row of its own weights. */
  rowLength: number;
  /** The widened columns read at most this many entries of G in all (their regressors², summed). */
  pairsBudget: number;
  groupWeights: Float64Array;
  minSupport: number;
}

/**
 * Gives the columns of products whose rows the other columns leave short up to twice the regressors, from pairs
 * held by at least two groups. A thin product is a regressor of few columns, so its row is mostly completed from its
 * own column (`keepTopTargets`), and that column held only its `regressors` co-occurring products of highest cosine:
 * whatever lies beyond them was in neither column, and among them were pairs a single shopper made. A product
 * qualifies when fewer than `rowLength` columns took it and its own column is full (it has more co-occurring
 * products than it took); the new columns, of up to 2 · regressors products (never fewer than before), share
 * `pairsBudget`, so the solves stay bounded on any catalog (DESIGN.md, "Wider columns for short rows"). Returns `gram`
 * itself when nothing qualifies; otherwise a copy whose qualifying rows are recomputed (the diagonal and the lookup
 * lists stay the first pass's). When the budget allows no more width and the first pass also selected the pairs of
 * two groups (`alsoSupported`), those rows are taken as they are instead of summing G a second time: the same rows,
 * which on a large catalog (every column budget-bound, most products short) saved a whole pass over the groups.
 */
export function widenShortColumns(
  gram: GramRowsWithSupported,
  groups: GroupMatrix,
  itemCount: number,
  options: WidenOptions,
): GramRows {
  const taken = new Uint32Array(itemCount);
  for (let e = 0; e < gram.items.length; e++) taken[gram.items[e]!]!++;
  const short = new Uint8Array(itemCount);
  let shortCount = 0;
  for (let item = 0; item < itemCount; item++) {
    const full = gram.start[item + 1]! - gram.start[item]! >= options.regressors;
    if (full && taken[item]! < options.rowLength) {
      short[item] = 1;
      shortCount++;
    }
  }
  if (shortCount === 0) return gram;
  // At least as wide as before: the short columns then read no more than all columns did in the first pass.
  const wide = Math.max(
    options.regressors,
    Math.min(2 * options.regressors, Math.floor(Math.sqrt(options.pairsBudget / shortCount))),
  );
  // A pair one shopper made is their taste, not evidence, for a product few columns take (DESIGN.md).
  const minSupport = Math.max(2, options.minSupport);
  const wider =
    wide === options.regressors && minSupport === 2 && gram.supported
      ? gram.supported
      : gramTopK(groups, itemCount, { k: wide, groupWeights: options.groupWeights, minSupport, only: short });
  const start = new Uint32Array(itemCount + 1);
  for (let item = 0; item < itemCount; item++) {
    const from = short[item] ? wider : gram;
    start[item + 1] = start[item]! + from.start[item + 1]! - from.start[item]!;
  }
  const items = new Uint32Array(start[itemCount]!);
  const values = new Float64Array(items.length);
  for (let item = 0; item < itemCount; item++) {
    const from = short[item] ? wider : gram;
    const begin = from.start[item]!;
    const end = from.start[item + 1]!;
    items.set(from.items.subarray(begin, end), start[item]!);
    values.set(from.values.subarray(begin, end), start[item]!);
  }
  return { ...gram, start, items, values };
}
