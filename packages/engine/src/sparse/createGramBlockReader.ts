import type { GramRows } from './GramRows.js';
import type { GroupMatrix } from './GroupMatrix.js';

/** Writes G[N, N] (row-major, |N| x |N|, N in item order) into `block`; the diagonal is left for the caller. */
export type GramBlockReader = (members: Uint32Array, block: Float64Array) => void;

/** Whole rows of G kept for the busiest items: they co-occur with everything. */
export interface WholeRows {
  /** Row slot of each item, -1 for an item without a whole row. */
  slot: Int32Array;
  /** `slot x itemCount` floats, filled by `gramTopK`. */
  rows: Float32Array;
}

/** Whole rows take at most this many floats (128 MB): a small catalog keeps all of G, a large one its hubs. */
const WHOLE_ROWS_MAX_FLOATS = 32 * 1024 * 1024;

/**
 * Chooses the items whose whole row of G is kept: all of them when G fits the budget (MovieLens: 1,682²),
 * otherwise those in the most groups (FIMI: about 2,000 of 16,000; 100,000 products: 335).
 */
export function chooseWholeRows(
  groups: GroupMatrix,
  itemCount: number,
  maxFloats = WHOLE_ROWS_MAX_FLOATS,
): WholeRows {
  const count = Math.min(itemCount, Math.floor(maxFloats / Math.max(1, itemCount)));
  const slot = new Int32Array(itemCount).fill(-1);
  if (count >= itemCount) {
    for (let item = 0; item < itemCount; item++) slot[item] = item;
  } else if (count > 0) {
    const degree = new Uint32Array(itemCount);
    for (let x = 0; x < groups.items.length; x++) degree[groups.items[x]!]!++;
    const order = Uint32Array.from({ length: itemCount }, (_, item) => item).sort(
      (a, b) => degree[b]! - degree[a]! || a - b,
    );
    for (let s = 0; s < count; s++) slot[order[s]!] = s;
  }
  return { slot, rows: new Float32Array(count * itemCount) };
}

/**
 * Blocks G[N, N] of the weighted co-occurrence. A pair with an item that has a whole row is read from it
 * (exact). A pair of two other items is read from their lookup lists (each one's strongest co-occurring
 * items, `GramRows.lookupItems`), merged with N in item order; a pair in neither list is taken as 0. Such a
 * pair co-occurs less than each item's lookup-th strongest: the busiest items, which co-occur with
 * everything, have whole rows, so what is left out is small. Cost per block: |N|² for whole rows plus
 * |N| · (lookups + |N|) for the others, all sequential reads.
 */
export function createGramBlockReader(
  gram: GramRows,
  itemCount: number,
  wholeRows: WholeRows,
): GramBlockReader {
  const { slot, rows } = wholeRows;
  const { lookupStart, lookupItems, lookupValues } = gram;
  return (members, block) => {
    const size = members.length;
    // Rows of items with a whole row are copied; the others take their entries with such items from those
    // rows, and 0 elsewhere until their lookups fill them.
    let lookupsNeeded = false;
    for (let p = 0; p < size; p++) {
      const rowSlot = slot[members[p]!]!;
      const out = p * size;
      if (rowSlot >= 0) {
        const offset = rowSlot * itemCount;
        for (let q = 0; q < size; q++) block[out + q] = rows[offset + members[q]!]!;
        continue;
      }
      lookupsNeeded = true;
      const item = members[p]!;
      for (let q = 0; q < size; q++) {
        const otherSlot = slot[members[q]!]!;
        block[out + q] = otherSlot >= 0 ? rows[otherSlot * itemCount + item]! : 0;
      }
    }
    if (!lookupsNeeded) return;
    for (let p = 0; p < size; p++) {
      const item = members[p]!;
      if (slot[item]! >= 0) continue;
      // Merge the lookup list with the members, both in item order.
      let q = 0;
      const end = lookupStart[item + 1]!;
      for (let e = lookupStart[item]!; e < end && q < size; e++) {
        const other = lookupItems[e]!;
        while (q < size && members[q]! < other) q++;
        if (q < size && members[q] === other && slot[other]! < 0) {
          const entry = lookupValues[e]!;
          block[p * size + q] = entry;
          block[q * size + p] = entry;
        }
      }
    }
  };
}
