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
  /**
   * For items without a whole row of G, a longer list of their strongest co-occurring items (by cosine,
   * support not required), in item order (CSR), to read blocks of G from; empty rows for the others.
   */
  lookupStart: Uint32Array;
  lookupItems: Uint32Array;
  lookupValues: Float32Array;
}
