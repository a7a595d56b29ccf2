import type { GroupMatrix } from './GroupMatrix.js';
import { growTypedArray } from './growTypedArray.js';
import { transposeGroups } from './transposeGroups.js';

/** Writes G[N, N] (row-major, |N| x |N|) into `block`; the diagonal is left for the caller. */
export type GramBlockReader = (members: Uint32Array, block: Float64Array) => void;

/** Whole rows of G kept for the busiest items: they are the costly ones to sum from groups. */
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
 * Exact blocks G[N, N] of the weighted co-occurrence G = Σ_groups w_g · x_g x_gᵀ. Pairs with an item that has
 * a whole row are read from it; pairs of two other items are summed from their groups: each member's groups
 * are marked with the members they hold, then each group adds its weight to every pair it holds. That costs
 * Σ deg(a) over such members plus Σ_g |g ∩ N|², bounded because the items in the most groups have whole rows.
 */
export function createGramBlockReader(
  groups: GroupMatrix,
  groupWeights: Float64Array,
  itemCount: number,
  wholeRows: WholeRows,
): GramBlockReader {
  const byItem = transposeGroups(groups, itemCount);
  const groupCount = groups.start.length - 1;
  const { slot, rows } = wholeRows;
  // Per group, the members it holds for the current block, as a linked list: head[group] -> next[...].
  const stamp = new Uint32Array(groupCount);
  const head = new Int32Array(groupCount);
  const touched = new Uint32Array(groupCount);
  let next = new Int32Array(1024);
  let position = new Uint32Array(1024);
  let value = new Float64Array(1024);
  let currentStamp = 0;
  return (members, block) => {
    const size = members.length;
    block.fill(0, 0, size * size);
    currentStamp++;
    let touchedCount = 0;
    let used = 0;
    for (let p = 0; p < size; p++) {
      const item = members[p]!;
      const rowSlot = slot[item]!;
      if (rowSlot >= 0) {
        const offset = rowSlot * itemCount;
        for (let q = 0; q < size; q++) {
          const entry = rows[offset + members[q]!]!;
          block[p * size + q] = entry;
          block[q * size + p] = entry;
        }
        continue;
      }
      for (let e = byItem.start[item]!; e < byItem.start[item + 1]!; e++) {
        const group = byItem.items[e]!;
        if (groupWeights[group] === 0) continue;
        if (stamp[group] !== currentStamp) {
          stamp[group] = currentStamp;
          head[group] = -1;
          touched[touchedCount++] = group;
        }
        if (used === next.length) {
          next = growTypedArray(next, used * 2);
          position = growTypedArray(position, used * 2);
          value = growTypedArray(value, used * 2);
        }
        next[used] = head[group]!;
        position[used] = p;
        value[used] = byItem.weights[e]!;
        head[group] = used++;
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const group = touched[t]!;
      const weight = groupWeights[group]!;
      for (let a = head[group]!; a >= 0; a = next[a]!) {
        const row = position[a]! * size;
        const scale = weight * value[a]!;
        for (let b = next[a]!; b >= 0; b = next[b]!) {
          const product = scale * value[b]!;
          block[row + position[b]!]! += product;
          block[position[b]! * size + position[a]!]! += product;
        }
      }
    }
  };
}
