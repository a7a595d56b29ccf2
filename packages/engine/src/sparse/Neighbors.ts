/** Top-k neighbours of every product, CSR: the neighbours of `i` are `items[start[i] .. start[i + 1]]`. */
export interface Neighbors {
  start: Uint32Array;
  items: Uint32Array;
  scores: Float32Array;
  /** How many groups (shoppers or orders) hold both products; empty when not counted (content, rp3beta). */
  support: Float32Array;
}

export function emptyNeighbors(itemCount: number): Neighbors {
  return {
    start: new Uint32Array(itemCount + 1),
    items: new Uint32Array(0),
    scores: new Float32Array(0),
    support: new Float32Array(0),
  };
}
