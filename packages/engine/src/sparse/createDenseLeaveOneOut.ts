import type { DenseRidgeOptions } from './denseRidgeNeighbors.js';
import { denseRidgeInverse } from './denseRidgeInverse.js';
import type { DenseRidgeSystem } from './denseRidgeInverse.js';
import type { GroupMatrix } from './GroupMatrix.js';
import { groupWeights } from './gramTopK.js';

/** Fewer orders of two or more lines than this: too few to choose λ from (the hit rate's noise is larger). */
export const MIN_LEAVE_ONE_OUT_ORDERS = 200;
/**
 * Multiply-adds of scoring per λ (|o| · n an order): every order is left out in turn while they fit, evenly
 * spaced ones beyond. Fewer orders tell λs apart less surely: with 2,000 of Groceries' 6,100 the climb read 50
 * against 100 as 0.412 / 0.420, with all of them 0.402 / 0.411.
 */
const SCORING_BUDGET = 300_000_000;

/**
 * Lines of each order held out in turn (all of a shorter order's). One line an order, as before, left the climb
 * reading noise: 754 MovieLens histories as orders chose λ 200 where five folds of held-out histories score λ 300
 * higher. The rest of o's sum is shared, so each further line costs 2n, against |o| · n for the order.
 */
const LINES_HELD_OUT = 8;

/**
 * Hit rate@k of dense EASE (`denseRidgeNeighbors`' weights, pairs under `minSupport` left out) on the
 * training orders themselves, each order o left out in turn, in closed form: each of up to LINES_HELD_OUT of
 * its lines h (evenly spaced from one chosen by a hash of o) is looked for among the k best products for the
 * rest of o, scored by the weights learned from every order but o, and o counts the share of them found. Leaving o out is a rank-one change of A = G + D (x: o's weighted lines),
 * so Sherman–Morrison gives its inverse from P = A⁻¹ (`denseRidgeInverse`, in its cheaper form) with no new
 * solve:
 *
 *     P₋ₒ = P + u uᵀ / c,   u = P x,   c = 1 − xᵀ P x,     B₋ₒ(b, j) = −P₋ₒ(b, j) / P₋ₒ(j, j)
 *
 * and a pair's support loses o's own co-occurrence. D (λ and EDLAE's share) is held at the full data's. Cost
 * per λ: one inverse (n³/2) and Σ (|o| + 2 · min(|o|, LINES_HELD_OUT)) · n over the orders scored (|o| · n
 * within SCORING_BUDGET). Null when
 * the dense form does not apply (more items than `maxItems`) or fewer than MIN_LEAVE_ONE_OUT_ORDERS orders
 * have two lines.
 */
export interface DenseLeaveOneOut {
  /** The leave-one-order-out hit rate@k at λ (one inverse). */
  hitRate: (lambda: number) => number;
  /**
   * The system of the best hit rate so far (the first on ties: the λ `climbLambda` chooses), kept so that the
   * final training need not solve it again.
   */
  best: () => { lambda: number; system: DenseRidgeSystem } | null;
}

export function createDenseLeaveOneOut(
  groups: GroupMatrix,
  itemCount: number,
  options: Omit<DenseRidgeOptions, 'lambda'>,
  k = 10,
): DenseLeaveOneOut | null {
  const weights = groupWeights(groups, options.groupSizePower);
  const scored: number[] = [];
  const seen = new Uint8Array(itemCount);
  let n = 0;
  for (let group = 0; group + 1 < groups.start.length; group++) {
    if (weights[group] === 0) continue;
    scored.push(group);
    for (let x = groups.start[group]!; x < groups.start[group + 1]!; x++) {
      if (seen[groups.items[x]!] === 0) {
        seen[groups.items[x]!] = 1;
        n++;
      }
    }
  }
  if (n > options.maxItems || scored.length < MIN_LEAVE_ONE_OUT_ORDERS) return null;
  const lines = groups.start[groups.start.length - 1]!;
  const every = Math.max(1, Math.ceil((lines * n) / SCORING_BUDGET));
  const orders = scored.filter((_, index) => index % every === 0);
  const minSupport = Math.max(1, options.minSupport);
  // Pair supports over the members, from the first system's slots (every λ has the same members).
  let support: Float32Array | null = null;
  // Bytes for the scoring loop's test, which runs |o| · n times an order.
  let held: Uint8Array | null = null;
  const u = new Float64Array(n);
  const sums = new Float64Array(n);
  const inOrder = new Uint8Array(n);
  let best: { lambda: number; system: DenseRidgeSystem; hitRate: number } | null = null;

  const hitRate = (lambda: number): number => {
    const system = denseRidgeInverse(groups, itemCount, { ...options, lambda });
    if (!system) return 0;
    const { inverse, slot } = system;
    if (!support || !held) {
      support = new Float32Array(n * n);
      for (const group of scored) {
        const begin = groups.start[group]!;
        const end = groups.start[group + 1]!;
        for (let x = begin; x < end; x++) {
          const row = slot[groups.items[x]!]! * n;
          for (let y = begin; y < end; y++) support[row + slot[groups.items[y]!]!]! += 1;
        }
      }
      held = new Uint8Array(n * n);
      for (let pair = 0; pair < n * n; pair++) held[pair] = support[pair]! >= minSupport ? 1 : 0;
    }
    let hits = 0;
    for (const group of orders) {
      const begin = groups.start[group]!;
      const end = groups.start[group + 1]!;
      const scale = Math.sqrt(weights[group]!);
      // u = P x, row by row (P is symmetric), and c = 1 − xᵀ u.
      u.fill(0);
      for (let x = begin; x < end; x++) {
        const row = slot[groups.items[x]!]! * n;
        const value = scale * groups.weights[x]!;
        for (let j = 0; j < n; j++) u[j]! += value * inverse[row + j]!;
      }
      let c = 1;
      for (let x = begin; x < end; x++) c -= scale * groups.weights[x]! * u[slot[groups.items[x]!]!]!;
      if (!(c > 0)) continue;
      for (let x = begin; x < end; x++) inOrder[slot[groups.items[x]!]!] = 1;
      // Every line's row of B₋ₒ (numerators), summed once: each held-out line's list is this sum less its row.
      sums.fill(0);
      for (let x = begin; x < end; x++) {
        const line = slot[groups.items[x]!]!;
        const row = line * n;
        const ub = u[line]! / c;
        for (let j = 0; j < n; j++) if (held[row + j] === 1) sums[j]! += inverse[row + j]! + ub * u[j]!;
      }
      const size = end - begin;
      const tries = Math.min(size, LINES_HELD_OUT);
      const first = (Math.imul(group + 1, 2654435761) >>> 0) % size;
      let found = 0;
      for (let t = 0; t < tries; t++) {
        const heldOut = slot[groups.items[begin + ((first + Math.floor((t * size) / tries)) % size)]!]!;
        // The held-out line's pairs with the rest of o lose o's own co-occurrence: summed again without it.
        let heldOutSum = 0;
        for (let x = begin; x < end; x++) {
          const line = slot[groups.items[x]!]!;
          if (line === heldOut || support[line * n + heldOut]! - 1 < minSupport) continue;
          heldOutSum += inverse[line * n + heldOut]! + (u[line]! / c) * u[heldOut]!;
        }
        const diagonal = (j: number): number => inverse[j * n + j]! + (u[j]! * u[j]!) / c;
        const target = -heldOutSum / diagonal(heldOut);
        if (!(target > 0)) continue;
        const heldRow = heldOut * n;
        const ub = u[heldOut]! / c;
        let above = 0;
        for (let j = 0; j < n && above < k; j++) {
          if (inOrder[j] === 1) continue;
          const own = held[heldRow + j] === 1 ? inverse[heldRow + j]! + ub * u[j]! : 0;
          if (-(sums[j]! - own) / diagonal(j) > target) above++;
        }
        if (above < k) found++;
      }
      // Each order counts once, as a test basket does, whatever its size: the mean over its held-out lines.
      hits += found / tries;
      for (let x = begin; x < end; x++) inOrder[slot[groups.items[x]!]!] = 0;
    }
    const rate = hits / orders.length;
    if (best === null || rate > best.hitRate) best = { lambda, system, hitRate: rate };
    return rate;
  };
  return { hitRate, best: () => (best ? { lambda: best.lambda, system: best.system } : null) };
}
