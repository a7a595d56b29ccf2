import type { GroupMatrix } from './GroupMatrix.js';
import { selectTopK } from './selectTopK.js';

/**
 * Each group's `cap` heaviest items (equal weights: the earlier ones), in their order within the group;
 * groups at or under the cap are copied whole, and when no group is over it the groups are returned as they
 * are. O(items + Σ over capped groups of size), no allocation per group.
 */
export function capGroups(groups: GroupMatrix, cap: number): GroupMatrix {
  const groupCount = groups.start.length - 1;
  let kept = 0;
  let largest = 0;
  for (let group = 0; group < groupCount; group++) {
    const size = groups.start[group + 1]! - groups.start[group]!;
    kept += Math.min(size, cap);
    largest = Math.max(largest, size);
  }
  if (largest <= cap) return groups;
  const start = new Uint32Array(groupCount + 1);
  const items = new Uint32Array(kept);
  const weights = new Float32Array(kept);
  const slots = new Uint32Array(largest);
  const slotWeights = new Float64Array(largest);
  const chosen = new Uint32Array(cap);
  let used = 0;
  for (let group = 0; group < groupCount; group++) {
    const begin = groups.start[group]!;
    const size = groups.start[group + 1]! - begin;
    if (size <= cap) {
      items.set(groups.items.subarray(begin, begin + size), used);
      weights.set(groups.weights.subarray(begin, begin + size), used);
      used += size;
    } else {
      for (let s = 0; s < size; s++) {
        slots[s] = s;
        slotWeights[s] = groups.weights[begin + s]!;
      }
      const count = selectTopK(slots, size, slotWeights, cap, chosen);
      const inOrder = chosen.subarray(0, count).sort();
      for (let r = 0; r < count; r++) {
        items[used] = groups.items[begin + inOrder[r]!]!;
        weights[used++] = groups.weights[begin + inOrder[r]!]!;
      }
    }
    start[group + 1] = used;
  }
  return { start, items, weights };
}
