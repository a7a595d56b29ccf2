import { subtractRowProducts } from './subtractRowProducts.js';

/** Columns factored together: a 96 x 96 tile of doubles (72 KB) stays in the L2 cache while its rows are reused. */
const TILE = 96;

/**
 * The Cholesky factor of a symmetric positive-definite `n x n` matrix (row-major), in place: its lower triangle
 * becomes L with A = L Lᵀ (the upper triangle is left as it was). Returns false when A is not positive definite
 * (a pivot <= 0). n³/6 multiply-adds, by panels of 96 columns: factor the panel (every row against the panel's
 * diagonal tile), then subtract its product from the rest of the lower triangle tile by tile, where
 * `subtractRowProducts` keeps 3 x 3 sums (the dot products of two rows at a time over whole rows did 2 x 1).
 * 1,682 products: 0.65 s where the row pairs took 1.2 s.
 */
export function choleskyInPlace(a: Float64Array, n: number): boolean {
  for (let first = 0; first < n; first += TILE) {
    const end = Math.min(first + TILE, n);
    if (!factorPanel(a, n, first, end)) return false;
    for (let rowTile = end; rowTile < n; rowTile += TILE) {
      const rows = Math.min(TILE, n - rowTile);
      for (let colTile = end; colTile <= rowTile; colTile += TILE) {
        const cols = Math.min(TILE, n - colTile);
        subtractRowProducts(
          a,
          rowTile * n + colTile,
          a,
          rowTile * n + first,
          a,
          colTile * n + first,
          n,
          rows,
          cols,
          end - first,
          colTile === rowTile,
        );
      }
    }
  }
  return true;
}

/**
 * Columns first..end-1 of L, once the earlier panels have been subtracted: the diagonal tile row by row (L[i][j]
 * from the dot product of rows i and j from `first` up to j), two rows at a time so that both share the loads of
 * row j, then the rows below it, which only need the tile.
 */
function factorPanel(a: Float64Array, n: number, first: number, end: number): boolean {
  let i = first;
  for (; i + 1 < end; i += 2) {
    const row0 = i * n;
    const row1 = row0 + n;
    for (let j = first; j < i; j++) factorPair(a, row0, row1, j * n, first, j);
    const pivot0 = a[row0 + i]! - dot(a, row0 + first, row0 + first, i - first);
    if (!(pivot0 > 0)) return false;
    a[row0 + i] = Math.sqrt(pivot0);
    a[row1 + i] = (a[row1 + i]! - dot(a, row1 + first, row0 + first, i - first)) / a[row0 + i]!;
    const pivot1 = a[row1 + i + 1]! - dot(a, row1 + first, row1 + first, i + 1 - first);
    if (!(pivot1 > 0)) return false;
    a[row1 + i + 1] = Math.sqrt(pivot1);
  }
  if (i < end) {
    const rowI = i * n;
    for (let j = first; j < i; j++) factorSingle(a, rowI, j * n, first, j);
    const pivot = a[rowI + i]! - dot(a, rowI + first, rowI + first, i - first);
    if (!(pivot > 0)) return false;
    a[rowI + i] = Math.sqrt(pivot);
  }
  let below = end;
  for (; below + 1 < n; below += 2) {
    for (let j = first; j < end; j++) factorPair(a, below * n, below * n + n, j * n, first, j);
  }
  if (below < n) for (let j = first; j < end; j++) factorSingle(a, below * n, j * n, first, j);
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

/** L[i][j] for the row at `rowI` from row j at `rowJ`, over the columns from `first`. */
function factorSingle(a: Float64Array, rowI: number, rowJ: number, first: number, j: number): void {
  a[rowI + j] = (a[rowI + j]! - dot(a, rowI + first, rowJ + first, j - first)) / a[rowJ + j]!;
}

/** L[i][j] and L[i + 1][j] (rows at `row0`, `row1`) from row j at `rowJ`, over the columns from `first`. */
function factorPair(
  a: Float64Array,
  row0: number,
  row1: number,
  rowJ: number,
  first: number,
  j: number,
): void {
  let s0 = 0;
  let s1 = 0;
  let t0 = 0;
  let t1 = 0;
  let k = first;
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
