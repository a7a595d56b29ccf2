/**
 * Groups of items with weights, CSR: a group is a shopper (for behaviour) or an order (for co-purchase).
 * Items of a group are distinct.
 */
export interface GroupMatrix {
  start: Uint32Array;
  items: Uint32Array;
  weights: Float32Array;
}
