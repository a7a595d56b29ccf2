/**
 * The inverse of a symmetric positive-definite `n x n` matrix (row-major), in place: A = L Lᵀ (Cholesky), then
 * L⁻¹, then A⁻¹ = L⁻ᵀ L⁻¹. About n³/2 multiply-adds, every inner loop over contiguous rows. Returns false when
 * A is not positive definite (the matrix is then unspecified). For the dense EASE reference of `pnpm evaluate`
 * (1,682 products: a few seconds); the engine itself never inverts a whole catalog.
 */
export function invertPositiveDefinite(a: Float64Array, n: number): boolean {
  // Cholesky: lower triangle of `a` becomes L.
  for (let i = 0; i < n; i++) {
    const rowI = i * n;
    for (let j = 0; j < i; j++) {
      const rowJ = j * n;
      a[rowI + j] = (a[rowI + j]! - dot(a, rowI, a, rowJ, j)) / a[rowJ + j]!;
    }
    const pivot = a[rowI + i]! - dot(a, rowI, a, rowI, i);
    if (!(pivot > 0)) return false;
    a[rowI + i] = Math.sqrt(pivot);
  }
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

function dot(a: Float64Array, left: number, b: Float64Array, right: number, length: number): number {
  let s0 = 0;
  let s1 = 0;
  let k = 0;
  for (; k + 2 <= length; k += 2) {
    s0 += a[left + k]! * b[right + k]!;
    s1 += a[left + k + 1]! * b[right + k + 1]!;
  }
  if (k < length) s0 += a[left + k]! * b[right + k]!;
  return s0 + s1;
}
