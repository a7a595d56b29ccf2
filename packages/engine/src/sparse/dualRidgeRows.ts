import { combineRows } from '../linear/combineRows.js';
import { dualRidgeFactors } from './dualRidgeFactors.js';
import type { GroupMatrix } from './GroupMatrix.js';
import type { InverseRows } from './InverseRows.js';

/**
 * The rows of P = (G + D)⁻¹ in the dual form of `dualRidgeFactors`, computed one at a time instead of stored:
 * row i = e_i / D(i) − Σ_g Y(g, i) · M(g, :), and the diagonal P(j, j) = 1 / D(j) − Σ_g Y(g, j) · M(g, j) up
 * front. Memory O(m · n) instead of O(n²), for many products and few groups (a young shop's catalog, MovieLens's
 * newer sets: 9,700 films, 610 shoppers); each row costs |groups of i| · n multiply-adds, nnz · n in all (twice
 * the whole inverse's V, which uses its symmetry). Null when K cannot be factorised.
 */
export function dualRidgeRows(
  rows: GroupMatrix,
  rowWeights: Float64Array,
  n: number,
  penalty: Float64Array,
): InverseRows | null {
  const factors = dualRidgeFactors(rows, rowWeights, n, penalty);
  if (!factors) return null;
  const { byItem, y, m } = factors;
  const diagonal = new Float64Array(n);
  for (let item = 0; item < n; item++) {
    let sum = 0;
    for (let e = byItem.start[item]!; e < byItem.start[item + 1]!; e++)
      sum += y[e]! * m[byItem.items[e]! * n + item]!;
    diagonal[item] = 1 / penalty[item]! - sum;
  }
  const out = new Float64Array(n);
  const row = (item: number): Float64Array => {
    out.fill(0);
    combineRows(out, 0, m, n, byItem.items, y, byItem.start[item]!, byItem.start[item + 1]!, 0, n, -1);
    out[item]! += 1 / penalty[item]!;
    return out;
  };
  return { diagonal, row };
}
