/** Draws an index with probability proportional to its weight, in constant time. */
export interface AliasSampler {
  readonly size: number;
  /** `u` uniform in [0, 1) gives an index in [0, size). */
  sample(u: number): number;
}

/**
 * Vose's alias method: O(n) to build, O(1) a draw from one uniform number. The generator draws tens of
 * millions of products from long-tailed popularity, so a binary search a draw would dominate its time.
 */
export function createAliasSampler(weights: ArrayLike<number>): AliasSampler {
  const n = weights.length;
  if (n === 0) throw new Error('createAliasSampler: no weights');
  let total = 0;
  for (let i = 0; i < n; i++) total += Math.max(0, weights[i] ?? 0);
  const probability = new Float64Array(n);
  const alias = new Int32Array(n);
  if (!(total > 0)) {
    probability.fill(1);
    for (let i = 0; i < n; i++) alias[i] = i;
  } else {
    const scaled = new Float64Array(n);
    const small = new Int32Array(n);
    const large = new Int32Array(n);
    let smallCount = 0;
    let largeCount = 0;
    for (let i = 0; i < n; i++) {
      const value = (Math.max(0, weights[i] ?? 0) * n) / total;
      scaled[i] = value;
      if (value < 1) small[smallCount++] = i;
      else large[largeCount++] = i;
    }
    while (smallCount > 0 && largeCount > 0) {
      const s = small[--smallCount] as number;
      const l = large[largeCount - 1] as number;
      probability[s] = scaled[s] as number;
      alias[s] = l;
      const rest = (scaled[l] as number) + (scaled[s] as number) - 1;
      scaled[l] = rest;
      if (rest < 1) {
        largeCount--;
        small[smallCount++] = l;
      }
    }
    while (largeCount > 0) {
      const l = large[--largeCount] as number;
      probability[l] = 1;
      alias[l] = l;
    }
    while (smallCount > 0) {
      // Only rounding leaves an index here; its probability is 1 up to that rounding.
      const s = small[--smallCount] as number;
      probability[s] = 1;
      alias[s] = s;
    }
  }
  return {
    size: n,
    sample(u: number): number {
      const scaledU = u * n;
      const i = Math.min(n - 1, Math.floor(scaledU));
      return scaledU - i < (probability[i] as number) ? i : (alias[i] as number);
    },
  };
}
