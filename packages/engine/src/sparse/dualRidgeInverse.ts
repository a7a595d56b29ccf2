import { invertPositiveDefinite } from '../linear/invertPositiveDefinite.js';
import type { GroupMatrix } from './GroupMatrix.js';
import { transposeGroups } from './transposeGroups.js';

/** Square blocks of the transposes: 32 x 32 doubles of the source and of the target stay in the L1 cache. */
const BLOCK = 32;

/**
 * P = (G + D)⁻¹ with G = XᵀX (X: the m x n matrix of `rows`, row g = sqrt(w_g) · x_g, w_g = `rowWeights[g]`)
 * and D = diag(`penalty`) > 0, in the dual (Woodbury) form, exact when m < n makes it cheaper:
 *   P = D⁻¹ − Yᵀ K⁻¹ Y,  Y = X D⁻¹,  K = I_m + X D⁻¹ Xᵀ (m x m, positive definite, ≥ I: well conditioned).
 * K is summed item by item over the pairs of groups that hold it (Σ_items groups², lower triangle only: what
 * the Cholesky reads), inverted (m³/2), then Mᵀ = Yᵀ K⁻¹ row by row (row j = Σ_g Y(g, j) · K⁻¹(g, :)) and
 * V = Yᵀ K⁻¹ Y from its transpose M (row i = Σ_g Y(g, i) · M(g, :), from the diagonal on, then mirrored):
 * nnz · (m + n/2) multiply-adds, each a contiguous axpy of four sparse entries at a time (one load and store
 * of the output per four products). P(i, j) = −V(i, j) off the diagonal, P(j, j) = 1 / D(j) − V(j, j).
 * Null when K cannot be factorised (it always can for D > 0, short of overflow).
 */
export function dualRidgeInverse(
  rows: GroupMatrix,
  rowWeights: Float64Array,
  n: number,
  penalty: Float64Array,
): Float64Array | null {
  const m = rows.start.length - 1;
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

  // P, and one buffer for K (then K⁻¹) and later M, whose storage is reused rather than fresh: first touching
  // a page costs more than zeroing it (22 MB: 60 ms in this sandbox, refilling them: 1 ms). U of K's inverse
  // and Mᵀ live in P's storage (they fit when m ≤ n) until P is summed there.
  const p = new Float64Array(n * n);
  const kAndM = new Float64Array(Math.max(m * m, m * n));
  const k = kAndM.subarray(0, m * m);
  for (let item = 0; item < n; item++) {
    const begin = byItem.start[item]!;
    const end = byItem.start[item + 1]!;
    // Groups come in increasing order (the transpose is a stable counting sort): h ≤ g is the lower triangle.
    for (let e = begin; e < end; e++) {
      const row = byItem.items[e]! * m;
      const value = a[e]!;
      for (let f = begin; f <= e; f++) k[row + byItem.items[f]!]! += value * y[f]!;
    }
  }
  for (let group = 0; group < m; group++) k[group * m + group]! += 1;
  if (!invertPositiveDefinite(k, m, m <= n ? p : undefined)) return null;

  // Mᵀ = Yᵀ K⁻¹ (n x m), then M = K⁻¹ Y (m x n, over K⁻¹, no longer needed) so that V's rows are contiguous
  // axpys too.
  const mt = m <= n ? p.subarray(0, n * m).fill(0) : new Float64Array(n * m);
  for (let item = 0; item < n; item++) {
    combineRows(mt, item * m, k, m, byItem.items, y, byItem.start[item]!, byItem.start[item + 1]!, 0, m, 1);
  }
  const mRows = kAndM.subarray(0, m * n);
  transpose(mt, n, m, mRows);
  if (mt.buffer === p.buffer) p.fill(0, 0, n * m);

  // The upper triangle of −V, row by row; then D⁻¹ on the diagonal and the mirror below it.
  for (let item = 0; item < n; item++) {
    const start = byItem.start[item]!;
    combineRows(p, item * n, mRows, n, byItem.items, y, start, byItem.start[item + 1]!, item, n, -1);
    p[item * n + item]! += 1 / penalty[item]!;
  }
  mirrorUpper(p, n);
  return p;
}

/**
 * out[outAt + c] += sign · Σ_e coefficient[e] · source[rowOf[e] · stride + c] for c in from..to−1 and e in
 * begin..end−1: four source rows per pass over the output.
 */
function combineRows(
  out: Float64Array,
  outAt: number,
  source: Float64Array,
  stride: number,
  rowOf: Uint32Array,
  coefficient: Float64Array,
  begin: number,
  end: number,
  from: number,
  to: number,
  sign: number,
): void {
  let e = begin;
  for (; e + 3 < end; e += 4) {
    const c0 = sign * coefficient[e]!;
    const c1 = sign * coefficient[e + 1]!;
    const c2 = sign * coefficient[e + 2]!;
    const c3 = sign * coefficient[e + 3]!;
    const r0 = rowOf[e]! * stride - outAt;
    const r1 = rowOf[e + 1]! * stride - outAt;
    const r2 = rowOf[e + 2]! * stride - outAt;
    const r3 = rowOf[e + 3]! * stride - outAt;
    for (let c = outAt + from; c < outAt + to; c++) {
      out[c]! += c0 * source[r0 + c]! + c1 * source[r1 + c]! + c2 * source[r2 + c]! + c3 * source[r3 + c]!;
    }
  }
  for (; e < end; e++) {
    const c0 = sign * coefficient[e]!;
    const r0 = rowOf[e]! * stride - outAt;
    for (let c = outAt + from; c < outAt + to; c++) out[c]! += c0 * source[r0 + c]!;
  }
}

/** out (cols x rows) = the transpose of a (rows x cols), by square blocks. */
function transpose(a: Float64Array, rows: number, cols: number, out: Float64Array): void {
  for (let r0 = 0; r0 < rows; r0 += BLOCK) {
    const r1 = Math.min(r0 + BLOCK, rows);
    for (let c0 = 0; c0 < cols; c0 += BLOCK) {
      const c1 = Math.min(c0 + BLOCK, cols);
      for (let r = r0; r < r1; r++) {
        for (let c = c0; c < c1; c++) out[c * rows + r] = a[r * cols + c]!;
      }
    }
  }
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
