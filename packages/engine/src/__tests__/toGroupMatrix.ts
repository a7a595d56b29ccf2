import type { GroupMatrix } from '../sparse/GroupMatrix.js';

/** Groups written as lists of [item, weight] turned into the CSR that training uses. */
export function toGroupMatrix(groups: [number, number][][]): GroupMatrix {
  const start = new Uint32Array(groups.length + 1);
  groups.forEach((group, g) => (start[g + 1] = start[g]! + group.length));
  return {
    start,
    items: Uint32Array.from(groups.flat().map(([item]) => item)),
    weights: Float32Array.from(groups.flat().map(([, weight]) => weight)),
  };
}
