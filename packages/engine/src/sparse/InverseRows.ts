/** The rows of an n x n inverse P, read one at a time: stored whole, or computed when asked. */
export interface InverseRows {
  /** P(j, j) for every j. */
  diagonal: Float64Array;
  /** Row k of P, n values; valid until the next call (a computed row reuses one buffer). */
  row: (k: number) => Float64Array;
}
