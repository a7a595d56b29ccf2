import { choleskyInPlace } from './choleskyInPlace.js';

/**
 * Solves `A x = b` in place for a symmetric positive-definite `A` (`n x n`, row-major, only its lower
 * triangle read; overwritten by its Cholesky factor L), leaving x in `b`. Returns false when A is not
 * positive definite, with `b` unspecified. n³/6 multiply-adds for the factor, n² for the two triangular solves.
 */
export function solvePositiveDefinite(a: Float64Array, n: number, b: Float64Array): boolean {
  if (!choleskyInPlace(a, n)) return false;
  // L y = b, then Lᵀ x = y.
  for (let i = 0; i < n; i++) {
    const rowI = i * n;
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= a[rowI + k]! * b[k]!;
    b[i] = sum / a[rowI + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    const value = b[i]! / a[i * n + i]!;
    b[i] = value;
    // Column i of L is row i of Lᵀ: subtract it from the rows above, reading L row by row.
    for (let k = 0; k < i; k++) b[k]! -= a[i * n + k]! * value;
  }
  return true;
}
