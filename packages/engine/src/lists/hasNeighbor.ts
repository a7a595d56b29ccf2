import type { Neighbors } from '../sparse/Neighbors.js';

/** True when `other` is among the kept neighbours of `item`. */
export function hasNeighbor(neighbors: Neighbors, item: number, other: number): boolean {
  for (let k = neighbors.start[item]!; k < neighbors.start[item + 1]!; k++) {
    if (neighbors.items[k] === other) return true;
  }
  return false;
}
