import { combineRows } from '../linear/combineRows.js';
import { invertPositiveDefinite } from '../linear/invertPositiveDefinite.js';
import { transpose } from '../linear/transpose.js';
import type { GroupMatrix } from './GroupMatrix.js';
import { transposeGroups } from './transposeGroups.js';

/** What both dual forms read: P = D⁻¹ − Yᵀ M, with Y = X D⁻¹ by item and M = K⁻¹ Y (m x n, row-major). */
export interface DualRidgeFactors {
  /** The item-to-groups view of `rows`: item j's groups are `byItem.items[byItem.start[j] .. start[j + 1]]`. */
  byItem: GroupMatrix;
  /** Y(g, j) for each membership of `byItem`, in its order. */
  y: Float64Array;
  /** M = K⁻¹ Y, m rows of n. */
  m: Float64Array;
}

/**
 * The m x m side of the dual (Woodbury) form of P = (G + D)⁻¹, G = XᵀX (X: the m x n matrix of `rows`, row g =
 * sqrt(w_g) · x_g, w_g = `rowWeights[g]`), D = diag(`penalty`) > 0:
 *   P = D⁻¹ − Yᵀ K⁻¹ Y,  Y = X D⁻¹,  K = I_m + X D⁻¹ Xᵀ (positive definite, ≥ I: well conditioned).
 * K is summed item by item over the pairs of groups that hold it (Σ_items groups², lower triangle only: what
 * the Cholesky reads) and inverted (m³/2); then Mᵀ = Yᵀ K⁻¹ row by row (row j = Σ_g Y(g, j) · K⁻¹(g, :), a
 * contiguous axpy of four memberships at a time: nnz · m multiply-adds) and transposed, so that a row of P is a
 * sum of rows of M. `scratch` (at least max(m², n·m) doubles, overwritten) holds K's factor and Mᵀ instead of
 * fresh arrays. Null when K cannot be factorised (it always can for D > 0, short of overflow).
 */
export function dualRidgeFactors(
  rows: GroupMatrix,
  rowWeights: Float64Array,
  n: number,
  penalty: Float64Array,
  scratch?: Float64Array,
): DualRidgeFactors | null {
  const groupCount = rows.start.length - 1;
  const byItem = transposeGroups(rows, n);
  const nnz = byItem.items.length;
  // Both views of each membership: a = sqrt(w_g) · x (X) and y = a / D(item) (Y), in item order.
  const a = new Float64Array(nnz);
  const y = new Float64Array(nnz);
  for (let item = 0; item < n; item++) {
    for (let e = byItem.start[item]!; e < byItem.start[item + 1]!; e++) {
      a[e] = Math.sqrt(rowWeights[byItem.items[e]!]!) * byItem.weights[e]!;
      y[e] = a[e]! / penalty[item]!;
    }
  }
  // One buffer for K (then K⁻¹) and later M, reused rather than fresh: first touching a page costs more than
  // zeroing it (22 MB: 60 ms in this sandbox, refilling them: 1 ms).
  const kAndM = new Float64Array(Math.max(groupCount * groupCount, groupCount * n));
  const k = kAndM.subarray(0, groupCount * groupCount);
  for (let item = 0; item < n; item++) {
    const begin = byItem.start[item]!;
    const end = byItem.start[item + 1]!;
    // Groups come in increasing order (the transpose is a stable counting sort): h ≤ g is the lower triangle.
    for (let e = begin; e < end; e++) {
      const row = byItem.items[e]! * groupCount;
      const value = a[e]!;
      for (let f = begin; f <= e; f++) k[row + byItem.items[f]!]! += value * y[f]!;
    }
  }
  for (let group = 0; group < groupCount; group++) k[group * groupCount + group]! += 1;
  if (!invertPositiveDefinite(k, groupCount, scratch)) return null;

  const mt = scratch ? scratch.subarray(0, n * groupCount).fill(0) : new Float64Array(n * groupCount);
  for (let item = 0; item < n; item++) {
    combineRows(
      mt,
      item * groupCount,
      k,
      groupCount,
      byItem.items,
      y,
      byItem.start[item]!,
      byItem.start[item + 1]!,
      0,
      groupCount,
      1,
    );
  }
  const m = kAndM.subarray(0, groupCount * n);
  transpose(mt, n, groupCount, m);
  return { byItem, y, m };
}
