import type { GroupMatrix } from './GroupMatrix.js';
import { growTypedArray } from './growTypedArray.js';
import { transposeGroups } from './transposeGroups.js';

/** Writes G[N, N] (row-major, |N| x |N|) into `block`; the diagonal is left for the caller. */
export type GramBlockReader = (members: Uint32Array, block: Float64Array) => void;

/** Up to this many items, G is kept whole (4,096² floats: 64 MB) and a block is a gather. */
const DENSE_MAX_ITEMS = 4096;

/**
 * Exact blocks G[N, N] of the weighted co-occurrence G = Σ_groups w_g · x_g x_gᵀ.
 *
 * A small catalog keeps G whole (Σ_groups size² to build, |N|² to read). A large one cannot (100,000
 * products: 40 GB), so a block is summed from the groups: each member's groups are marked with the members
 * they hold, then each group adds its weight to every pair of members it holds. That costs Σ_{a ∈ N} deg(a)
 * plus Σ_g |g ∩ N|², small where groups are short (a shopper's few products, an order's lines).
 */
export function createGramBlockReader(
  groups: GroupMatrix,
  groupWeights: Float64Array,
  itemCount: number,
): GramBlockReader {
  return itemCount <= DENSE_MAX_ITEMS
    ? denseReader(groups, groupWeights, itemCount)
    : incidenceReader(groups, groupWeights, itemCount);
}

function denseReader(groups: GroupMatrix, groupWeights: Float64Array, itemCount: number): GramBlockReader {
  const gram = new Float32Array(itemCount * itemCount);
  const { start, items, weights } = groups;
  for (let group = 0; group + 1 < start.length; group++) {
    const weight = groupWeights[group]!;
    if (weight === 0) continue;
    const end = start[group + 1]!;
    for (let x = start[group]!; x < end; x++) {
      const row = items[x]! * itemCount;
      const scale = weight * weights[x]!;
      for (let y = start[group]!; y < end; y++) gram[row + items[y]!]! += scale * weights[y]!;
    }
  }
  return (members, block) => {
    const size = members.length;
    for (let p = 0; p < size; p++) {
      const row = members[p]! * itemCount;
      const out = p * size;
      for (let q = 0; q < size; q++) block[out + q] = gram[row + members[q]!]!;
    }
  };
}

function incidenceReader(groups: GroupMatrix, groupWeights: Float64Array, itemCount: number): GramBlockReader {
  const byItem = transposeGroups(groups, itemCount);
  const groupCount = groups.start.length - 1;
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
