import type { GroupMatrix } from './GroupMatrix.js';
import { kthLargest } from './kthLargest.js';

/**
 * Each group's `cap` heaviest items (equal weights: the earlier ones), in their order within the group;
 * groups at or under the cap are copied whole, and when no group is over it the groups are returned as they
 * are. O(items + Σ over capped groups of size): the cap-th weight by selection, no sort; no allocation per
 * group.
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
  const values = new Float64Array(largest);
  let used = 0;
  for (let group = 0; group < groupCount; group++) {
    const begin = groups.start[group]!;
    const size = groups.start[group + 1]! - begin;
    if (size <= cap) {
      items.set(groups.items.subarray(begin, begin + size), used);
      weights.set(groups.weights.subarray(begin, begin + size), used);
      used += size;
    } else {
      // The cap-th heaviest weight; then, in group order, every item above it and the earliest at it.
      values.set(groups.weights.subarray(begin, begin + size));
      const threshold = kthLargest(values, size, cap);
      let above = 0;
      for (let s = begin; s < begin + size; s++) if (groups.weights[s]! > threshold) above++;
      let tiesLeft = cap - above;
      for (let s = begin; s < begin + size; s++) {
        const weight = groups.weights[s]!;
        if (weight > threshold || (weight === threshold && tiesLeft-- > 0)) {
          items[used] = groups.items[s]!;
          weights[used++] = weight;
        }
      }
    }
    start[group + 1] = used;
  }
  return { start, items, weights };
}
