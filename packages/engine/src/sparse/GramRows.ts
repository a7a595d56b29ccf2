/**
 * A sparse view of the weighted co-occurrence (Gram) matrix G = Xᵀ W X: for each item, its strongest
 * co-occurring items (CSR) with their G entries, and G's diagonal.
 */
export interface GramRows {
  start: Uint32Array;
  items: Uint32Array;
  values: Float64Array;
  /** G(i, i): the weighted number of groups holding i. */
  diagonal: Float64Array;
}
