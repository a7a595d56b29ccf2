import { combineRows } from '../linear/combineRows.js';
import { dualRidgeFactors } from './dualRidgeFactors.js';
import type { GroupMatrix } from './GroupMatrix.js';

/** Square blocks of the mirror: 32 x 32 doubles of the source and of the target stay in the L1 cache. */
const BLOCK = 32;

/**
 * P = (G + D)⁻¹, whole, in the dual (Woodbury) form of `dualRidgeFactors` (G = XᵀX over `rows` weighed by
 * `rowWeights`, D = diag(`penalty`) > 0), exact when m < n makes it cheaper: with M = K⁻¹ Y, V = Yᵀ M is summed
 * row by row (row i = Σ_g Y(g, i) · M(g, :), from the diagonal on, then mirrored): nnz · (m + n/2) multiply-adds
 * with the factors'. P(i, j) = −V(i, j) off the diagonal, P(j, j) = 1 / D(j) − V(j, j). Null when K cannot be
 * factorised.
 */
export function dualRidgeInverse(
  rows: GroupMatrix,
  rowWeights: Float64Array,
  n: number,
  penalty: Float64Array,
): Float64Array | null {
  const m = rows.start.length - 1;
  // U of K's inverse and Mᵀ live in P's storage when they fit (m ≤ n), until P is summed there: memory touched
  // once rather than fresh.
  const p = new Float64Array(n * n);
  const factors = dualRidgeFactors(rows, rowWeights, n, penalty, m <= n ? p : undefined);
  if (!factors) return null;
  const { byItem, y } = factors;
  if (m <= n) p.fill(0, 0, n * m);
  // The upper triangle of −V, row by row; then D⁻¹ on the diagonal and the mirror below it.
  for (let item = 0; item < n; item++) {
    const start = byItem.start[item]!;
    combineRows(p, item * n, factors.m, n, byItem.items, y, start, byItem.start[item + 1]!, item, n, -1);
    p[item * n + item]! += 1 / penalty[item]!;
  }
  mirrorUpper(p, n);
  return p;
}

/** Copies the upper triangle of the n x n matrix p below its diagonal, by square blocks. */
function mirrorUpper(p: Float64Array, n: number): void {
  for (let r0 = 0; r0 < n; r0 += BLOCK) {
    const r1 = Math.min(r0 + BLOCK, n);
    for (let c0 = r0; c0 < n; c0 += BLOCK) {
      const c1 = Math.min(c0 + BLOCK, n);
      for (let r = r0; r < r1; r++) {
        for (let c = Math.max(c0, r + 1); c < c1; c++) p[c * n + r] = p[r * n + c]!;
      }
    }
  }
}
