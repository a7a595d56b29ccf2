import { invertPositiveDefinite } from '../linear/invertPositiveDefinite.js';

/** Dense EASE weights over a catalog of `n` products, with the products' training popularity for ties. */
export interface EaseWeights {
  ids: string[];
  index: Map<string, number>;
  /** B, row-major: B[i * n + j] is what product i adds to product j. */
  weights: Float64Array;
  popularity: Float64Array;
}

/**
 * EASE (Steck, "Embarrassingly Shallow Autoencoders for Sparse Data", WWW 2019), dense, as the reference of
 * `pnpm evaluate`: with X the groups' (users' or baskets') products as 0/1, P = (XᵀX + λI)⁻¹ and
 * B = I − P · diag(1 / diag P), diag(B) = 0: column j is the ridge regression of product j on all the others.
 * O(n³) time and O(n²) memory: for catalogs of a few thousand products only.
 */
export function trainEase(groups: Iterable<Iterable<string>>, lambda: number): EaseWeights {
  const sets = [...groups].map((group) => [...new Set(group)]);
  const index = new Map<string, number>();
  for (const set of sets) for (const id of set) if (!index.has(id)) index.set(id, index.size);
  const n = index.size;
  const gram = new Float64Array(n * n);
  const popularity = new Float64Array(n);
  for (const set of sets) {
    const items = set.map((id) => index.get(id)!);
    for (const a of items) {
      popularity[a]!++;
      for (const b of items) gram[a * n + b]!++;
    }
  }
  for (let i = 0; i < n; i++) gram[i * n + i]! += lambda;
  if (!invertPositiveDefinite(gram, n)) throw new Error('EASE: XᵀX + λI is not positive definite');
  const weights = gram;
  const diagonal = Float64Array.from({ length: n }, (_, j) => weights[j * n + j]!);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) weights[i * n + j] = i === j ? 0 : -weights[i * n + j]! / diagonal[j]!;
  }
  return { ids: [...index.keys()], index, weights, popularity };
}

/** The k best products for `seeds` by Σ_seeds B[seed, j], ties and zeros by popularity, seeds left out. */
export function easeTopK(model: EaseWeights, seeds: Iterable<string>, k: number): string[] {
  const n = model.ids.length;
  const scores = new Float64Array(n);
  const left = new Set<number>();
  for (const id of seeds) {
    const seed = model.index.get(id);
    if (seed === undefined || left.has(seed)) continue;
    left.add(seed);
    const row = seed * n;
    for (let j = 0; j < n; j++) scores[j]! += model.weights[row + j]!;
  }
  const order: number[] = [];
  for (let j = 0; j < n; j++) if (!left.has(j)) order.push(j);
  order.sort((a, b) => scores[b]! - scores[a]! || model.popularity[b]! - model.popularity[a]! || a - b);
  return order.slice(0, k).map((j) => model.ids[j]!);
}
