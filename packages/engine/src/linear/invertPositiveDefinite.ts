import { choleskyInPlace } from './choleskyInPlace.js';
import { subtractRowProducts } from './subtractRowProducts.js';

/** Rows and columns handled together: a 96 x 96 tile of doubles (72 KB) stays in the L2 cache while reused. */
const TILE = 96;

/**
 * The inverse of a symmetric positive-definite `n x n` matrix (row-major), in place: A = L Lᵀ (Cholesky), then
 * U = L⁻ᵀ (row j of U is column j of L⁻¹), then A⁻¹ = U Uᵀ. About n³/2 multiply-adds, nearly all of them in
 * `subtractRowProducts` on tiles of 96 (3 x 3 sums per pass over two tiles held in the cache; the 22 MB of 1,682
 * products are far beyond it). 1,682 products (MovieLens): 1.8-1.9 s of CPU cold where two rows or eight unit
 * vectors at a time over the whole matrix took 2.6-2.8 s, and row by row 9.3 s (2-core AMD EPYC). The speed is
 * in the loads and index arithmetic per multiply-add, not in memory: the same tiles with 2 x 2 sums were no
 * faster than the old code. Returns false when A is not positive definite (A is then unspecified).
 * `scratch`, if given, holds U instead of a fresh n x n array (fresh pages cost more than the zeroing here).
 */
export function invertPositiveDefinite(a: Float64Array, n: number, scratch?: Float64Array): boolean {
  if (!choleskyInPlace(a, n)) return false;
  const l = a; // the factor, in the lower triangle of a
  // U in the caller's scratch (n x n at least, overwritten) when given: memory it has touched already.
  const u = scratch ? scratch.subarray(0, n * n).fill(0) : new Float64Array(n * n);
  for (let first = 0; first < n; first += TILE) {
    const end = Math.min(first + TILE, n);
    solveTileColumn(l, u, n, first, end);
    // Columns first..end-1 of every row of U are final: subtract their share from the later columns (rows
    // above the tile in full, the tile's own rows from their diagonal on).
    for (let later = end; later < n; later += TILE) {
      const cols = Math.min(TILE, n - later);
      subtractRowProducts(u, later, u, first, l, later * n + first, n, first, cols, end - first, false);
      const tileRows = first * n;
      subtractRowProducts(
        u,
        tileRows + later,
        u,
        tileRows + first,
        l,
        later * n + first,
        n,
        end - first,
        cols,
        end - first,
        false,
        true,
      );
    }
  }
  multiplyByTranspose(u, n, a);
  return true;
}

/**
 * Columns first..end-1 of U = L⁻ᵀ, once the earlier columns have been subtracted: from L Uᵀ = I, U[j][i] =
 * (δ(i, j) − Σ U[j][k] L[i][k], k from j to i − 1) / L[i][i], i ≥ j, left to right along each row of U; two rows
 * at a time so that both share the loads of row i of L. Rows j and j + 1 may both start at j: U[j + 1][j] is 0.
 */
function solveTileColumn(l: Float64Array, u: Float64Array, n: number, first: number, end: number): void {
  for (let j = 0; j < end; j += 2) {
    const j1 = Math.min(j + 1, end - 1);
    const row0 = j * n;
    const row1 = j1 * n;
    const start = Math.max(first, j);
    for (let i = start; i < end; i++) {
      const rowL = i * n;
      let s0 = 0;
      let s1 = 0;
      for (let k = start; k < i; k++) {
        const x = l[rowL + k]!;
        s0 += u[row0 + k]! * x;
        s1 += u[row1 + k]! * x;
      }
      const pivot = l[rowL + i]!;
      const v0 = ((i === j ? 1 : 0) + u[row0 + i]! - s0) / pivot;
      const v1 = ((i === j1 ? 1 : 0) + u[row1 + i]! - s1) / pivot;
      u[row0 + i] = v0;
      u[row1 + i] = v1;
    }
  }
}

/**
 * out = U Uᵀ for U upper triangular (zeros below its diagonal): entry (i, j) is the dot product of rows i and j,
 * nonzero from max(i, j) on. The lower triangle tile by tile, subtracted from zeros (−U Uᵀ), then mirrored with
 * its sign flipped.
 */
function multiplyByTranspose(u: Float64Array, n: number, out: Float64Array): void {
  out.fill(0);
  for (let rowTile = 0; rowTile < n; rowTile += TILE) {
    const rows = Math.min(TILE, n - rowTile);
    for (let colTile = 0; colTile <= rowTile; colTile += TILE) {
      const cols = Math.min(TILE, n - colTile);
      for (let k = rowTile; k < n; k += TILE) {
        subtractRowProducts(
          out,
          rowTile * n + colTile,
          u,
          rowTile * n + k,
          u,
          colTile * n + k,
          n,
          rows,
          cols,
          Math.min(TILE, n - k),
          rowTile === colTile,
          k === rowTile,
        );
      }
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const value = -out[i * n + j]!;
      out[i * n + j] = value;
      out[j * n + i] = value;
    }
  }
}
