import type { GroupMatrix } from './GroupMatrix.js';

/** The item-to-groups view of a group matrix (CSR transpose, counting sort: O(nnz)). */
export function transposeGroups(groups: GroupMatrix, itemCount: number): GroupMatrix {
  const groupCount = groups.start.length - 1;
  const start = new Uint32Array(itemCount + 1);
  for (let k = 0; k < groups.items.length; k++) start[groups.items[k]! + 1]!++;
  for (let item = 0; item < itemCount; item++) start[item + 1]! += start[item]!;
  const fill = start.slice(0, itemCount);
  const items = new Uint32Array(groups.items.length);
  const weights = new Float32Array(groups.items.length);
  for (let group = 0; group < groupCount; group++) {
    for (let k = groups.start[group]!; k < groups.start[group + 1]!; k++) {
      const slot = fill[groups.items[k]!]!++;
      items[slot] = group;
      weights[slot] = groups.weights[k]!;
    }
  }
  return { start, items, weights };
}
