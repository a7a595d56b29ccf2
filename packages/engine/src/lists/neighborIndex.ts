import type { Neighbors } from '../sparse/Neighbors.js';

/** The index of `other` in the neighbour list of `item`, -1 when it is not kept. */
export function neighborIndex(neighbors: Neighbors, item: number, other: number): number {
  for (let k = neighbors.start[item]!; k < neighbors.start[item + 1]!; k++) {
    if (neighbors.items[k] === other) return k;
  }
  return -1;
}
