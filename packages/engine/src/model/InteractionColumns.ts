/** Interactions in columns of typed arrays, with dense user, product and order indexes. */
export interface InteractionColumns {
  count: number;
  users: Uint32Array;
  items: Uint32Array;
  /** Index in INTERACTION_TYPES. */
  types: Uint8Array;
  /** The configured weight of the event, before time decay. */
  weights: Float32Array;
  times: Float64Array;
  /** Dense order index, -1 for events that are not purchases. */
  orders: Int32Array;
  quantities: Float32Array;
  values: Float32Array;
}
