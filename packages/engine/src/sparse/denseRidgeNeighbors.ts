import { invertPositiveDefinite } from '../linear/invertPositiveDefinite.js';
import type { GroupMatrix } from './GroupMatrix.js';
import type { Neighbors } from './Neighbors.js';
import { groupWeights } from './gramTopK.js';
import { ridgePenalties } from './ridgePenalties.js';
import { selectTopK } from './selectTopK.js';

export interface DenseRidgeOptions {
  /** Ridge penalty λ, in groups of weight 1 (scaled to the groups' mean weight, as in the local form). */
  lambda: number;
  /** A group of s items weighs 1 / (s − 1)^power. */
  groupSizePower: number;
  /** EDLAE's dropout rate p: item i's penalty grows by p / (1 − p) · G(i, i) (0: EASE). */
  dropout?: number;
  /** Only pairs held by at least this many groups are kept (as in the local form, whose regressors co-occur). */
  minSupport: number;
  /** More items with evidence than this: null, before anything quadratic is allocated (the local form then). */
  maxItems: number;
}

/**
 * EASE (Steck 2019), exactly, for a catalog small enough to hold G: with P = (G + p/(1−p)·diag G + λ I)⁻¹,
 * B = I − P · diag(1 / diag P), so that column j is the ridge regression of j on every other item. Each row of B
 * keeps every weight of a pair that co-occurs (in `minSupport` groups), signed, best first: a long profile sums
 * many small weights, the negative ones included (a product much like what the shopper already has is pushed
 * down), which is where dense EASE beats sparse rows on MovieLens (DESIGN.md, "Dense where it fits"). Pairs that
 * never co-occur are left out: their weights are the inverse's echoes, not evidence, and a reason such as
 * "bought with" must be true (keeping them measured lower, too). O(n²) memory and n³/2 multiply-adds: for
 * up to `maxItems` items with evidence (`ridge.denseMaxProducts`); the local form (`ridgeNeighborsTopK`) serves
 * more. Null for more, or when the system cannot be factorised: the caller then takes the local form.
 */
export function denseRidgeNeighbors(
  groups: GroupMatrix,
  itemCount: number,
  options: DenseRidgeOptions,
): Neighbors | null {
  const weights = groupWeights(groups, options.groupSizePower);
  // Only the items of some weighed group take part: the others have no weights (an item never bought has an
  // empty co-purchase row), and leaving them out keeps the cubic solve to the items that have evidence.
  const slot = new Int32Array(itemCount).fill(-1);
  const members: number[] = [];
  for (let group = 0; group + 1 < groups.start.length; group++) {
    if (weights[group] === 0) continue;
    for (let x = groups.start[group]!; x < groups.start[group + 1]!; x++) {
      const item = groups.items[x]!;
      if (slot[item] === -1) {
        slot[item] = members.length;
        members.push(item);
      }
    }
  }
  const n = members.length;
  if (n > options.maxItems) return null;
  const gram = new Float64Array(n * n);
  const support = new Float32Array(n * n);
  for (let group = 0; group + 1 < groups.start.length; group++) {
    const weight = weights[group]!;
    if (weight === 0) continue;
    const begin = groups.start[group]!;
    const end = groups.start[group + 1]!;
    for (let x = begin; x < end; x++) {
      const row = slot[groups.items[x]!]! * n;
      const scaled = weight * groups.weights[x]!;
      for (let y = begin; y < end; y++) {
        gram[row + slot[groups.items[y]!]!]! += scaled * groups.weights[y]!;
        support[row + slot[groups.items[y]!]!]! += 1;
      }
    }
  }
  let diagonalSum = 0;
  for (let member = 0; member < n; member++) diagonalSum += gram[member * n + member]!;
  const { lambda, ownShare } = ridgePenalties(options, diagonalSum, groups.items.length);
  for (let member = 0; member < n; member++) {
    gram[member * n + member] = ownShare * gram[member * n + member]! + lambda;
  }
  if (!invertPositiveDefinite(gram, n)) return null;
  return signedRows(gram, support, members, itemCount, options.minSupport);
}

/**
 * B(i, j) = −P(i, j) / P(j, j) for the pairs j ≠ i held by `minSupport` groups, best first, in the catalog's
 * indexes (`members[k]` is the item of row and column k; items outside have no neighbours).
 */
function signedRows(
  inverse: Float64Array,
  support: Float32Array,
  members: readonly number[],
  itemCount: number,
  minSupport: number,
): Neighbors {
  const n = members.length;
  const rowOf = new Int32Array(itemCount).fill(-1);
  members.forEach((item, k) => (rowOf[item] = k));
  const start = new Uint32Array(itemCount + 1);
  let items = new Uint32Array(n * Math.max(0, n - 1));
  let scores = new Float32Array(items.length);
  const weight = new Float64Array(itemCount);
  const candidates = new Uint32Array(n);
  const ranked = new Uint32Array(n);
  let used = 0;
  for (let source = 0; source < itemCount; source++) {
    const k = rowOf[source]!;
    if (k >= 0) {
      const row = k * n;
      let count = 0;
      for (let other = 0; other < n; other++) {
        if (other === k || support[row + other]! < Math.max(1, minSupport)) continue;
        const value = -inverse[row + other]! / inverse[other * n + other]!;
        // Stored as 32-bit floats: a weight too small for them is no neighbour.
        if (Math.fround(value) === 0) continue;
        const target = members[other]!;
        weight[target] = value;
        candidates[count++] = target;
      }
      const kept = selectTopK(candidates, count, weight, count, ranked);
      for (let r = 0; r < kept; r++) {
        items[used] = ranked[r]!;
        scores[used++] = weight[ranked[r]!]!;
      }
    }
    start[source + 1] = used;
  }
  items = items.slice(0, used);
  scores = scores.slice(0, used);
  // Support is not served (the walk's graph names co-purchases): not stored either.
  return { start, items, scores, support: new Float32Array(0) };
}
