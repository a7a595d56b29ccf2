import { choleskyInPlace } from './choleskyInPlace.js';

/**
 * The inverse of a symmetric positive-definite `n x n` matrix (row-major), in place: A = L Lᵀ (Cholesky), then
 * L⁻¹, then A⁻¹ = L⁻ᵀ L⁻¹. About n³/2 multiply-adds, every inner loop over contiguous rows. Returns false when
 * A is not positive definite (the matrix is then unspecified). For the dense EASE reference of `pnpm evaluate`
 * (1,682 products: a few seconds); the engine itself never inverts a whole catalog.
 */
export function invertPositiveDefinite(a: Float64Array, n: number): boolean {
  if (!choleskyInPlace(a, n)) return false;
  // M = L⁻¹ (lower), row by row: M[i][j] = −(Σ_{k=j}^{i−1} L[i][k] M[k][j]) / L[i][i], M[i][i] = 1 / L[i][i].
  const inverse = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const rowI = i * n;
    const diagonal = a[rowI + i]!;
    inverse[rowI + i] = 1 / diagonal;
    // Accumulate row i of M as −(1/L[i][i]) Σ_k L[i][k] · row k of M, rows read contiguously.
    for (let k = 0; k < i; k++) {
      const factor = -a[rowI + k]! / diagonal;
      const rowK = k * n;
      for (let j = 0; j <= k; j++) inverse[rowI + j]! += factor * inverse[rowK + j]!;
    }
  }
  // A⁻¹ = Mᵀ M: entry (i, j) = Σ_{k ≥ max(i, j)} M[k][i] M[k][j]; summed row by row of M.
  a.fill(0);
  for (let k = 0; k < n; k++) {
    const rowK = k * n;
    for (let i = 0; i <= k; i++) {
      const value = inverse[rowK + i]!;
      if (value === 0) continue;
      const out = i * n;
      for (let j = 0; j <= i; j++) a[out + j]! += value * inverse[rowK + j]!;
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) a[j * n + i] = a[i * n + j]!;
  return true;
}
