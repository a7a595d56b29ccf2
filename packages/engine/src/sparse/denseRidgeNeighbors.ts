import type { GroupMatrix } from './GroupMatrix.js';
import type { Neighbors } from './Neighbors.js';
import { denseRidgeInverse } from './denseRidgeInverse.js';
import type { DenseRidgeSystem } from './denseRidgeInverse.js';
import type { InverseRows } from './InverseRows.js';
import { selectTopK } from './selectTopK.js';
import { STREAMED_ROW_LIMIT, streamedRidgeRows } from './streamedRidgeRows.js';
import { transposeGroups } from './transposeGroups.js';

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
  /** The form of the inverse, forced (tests, measurements); by default the cheaper one (`chooseRidgeForm`). */
  form?: 'primal' | 'dual';
  /**
   * Above `maxItems`, compute the dual form's rows one at a time when that is cheap (`streamedRidgeRows`)
   * rather than give way to the local form. Behaviour only: a long profile sums whole signed rows, where a
   * basket's few lines gained nothing from them (FIMI windows of 2,000 orders over 4,200 products: the same
   * hit rate as the local form, in four times the training).
   */
  stream?: boolean;
  /**
   * Streamed rows keep at most this many weights each, the largest in magnitude; stored inverses keep every
   * one. Default STREAMED_ROW_LIMIT.
   */
  rowLimit?: number;
  /** Multiply-adds the streamed rows may cost (tests); by default the primal inverse's at `maxItems` products. */
  streamedCost?: number;
}

/**
 * EASE (Steck 2019), exactly, for a catalog small enough to hold G: with P = (G + p/(1−p)·diag G + λ I)⁻¹,
 * B = I − P · diag(1 / diag P), so that column j is the ridge regression of j on every other item. Each row of B
 * keeps every weight of a pair that co-occurs (in `minSupport` groups), signed, best first: a long profile sums
 * many small weights, the negative ones included (a product much like what the shopper already has is pushed
 * down), which is where dense EASE beats sparse rows on MovieLens (DESIGN.md, "Dense where it fits"). Pairs that
 * never co-occur are left out: their weights are the inverse's echoes, not evidence, and a reason such as
 * "bought with" must be true (keeping them measured lower, too).
 *
 * P comes in one of two exact forms, whichever `chooseRidgeForm` finds cheaper for n items, m weighed groups and
 * nnz memberships: the primal inverts the n x n system (`primalRidgeInverse`, n³/2 multiply-adds); the dual
 * (Woodbury, `dualRidgeInverse`) writes A = XᵀX + D with X's rows sqrt(w_g)·x_g and D = p/(1−p)·diag G + λ I,
 * and inverts the m x m K = I + X D⁻¹ Xᵀ instead (m³/2 plus nnz·(m + n/2)): MovieLens's 943 shoppers of 1,682
 * films take the dual (0.35-0.45 s instead of 1.1-1.3 s), a shop with more shoppers (or orders) than products the
 * primal. O(n²) memory: for up to `maxItems` items with evidence (`ridge.denseMaxProducts`). Above, with
 * `stream`, the dual form's rows one at a time in O(m · n) while that is cheap (`streamedRidgeRows`: few
 * shoppers, many products); otherwise the local form (`ridgeNeighborsTopK`) serves more. Null then, or when the
 * system cannot be factorised: the caller takes the local form.
 */
export function denseRidgeNeighbors(
  groups: GroupMatrix,
  itemCount: number,
  options: DenseRidgeOptions,
  // Given when already solved for these groups and options (the leave-one-out choice of λ keeps its best).
  system: DenseRidgeSystem | null = denseRidgeInverse(groups, itemCount, options),
): Neighbors | null {
  if (system) {
    const { inverse } = system;
    const n = system.members.length;
    const diagonal = new Float64Array(n);
    for (let k = 0; k < n; k++) diagonal[k] = inverse[k * n + k]!;
    const stored: InverseRows = { diagonal, row: (k) => inverse.subarray(k * n, (k + 1) * n) };
    return signedRows(stored, system.rows, system.members, itemCount, options.minSupport, Infinity);
  }
  // Too many products to hold P, but few enough shoppers for its rows one at a time.
  const streamed = options.stream ? streamedRidgeRows(groups, itemCount, options) : null;
  if (!streamed) return null;
  const limit = options.rowLimit ?? STREAMED_ROW_LIMIT;
  return signedRows(streamed.inverse, streamed.rows, streamed.members, itemCount, options.minSupport, limit);
}

/**
 * B(i, j) = −P(i, j) / P(j, j) for the pairs j ≠ i held by `minSupport` groups, best first, in the catalog's
 * indexes (`members[k]` is the item of row and column k; items outside have no neighbours). The support is
 * counted row by row from the groups (Σ_groups size² increments into one counter of n, which stays in the
 * cache) rather than into an n x n array beside the Gram.
 */
function signedRows(
  inverse: InverseRows,
  rows: GroupMatrix,
  members: readonly number[],
  itemCount: number,
  minSupport: number,
  rowLimit: number,
): Neighbors {
  const n = members.length;
  const byMember = transposeGroups(rows, n);
  const rowOf = new Int32Array(itemCount).fill(-1);
  members.forEach((item, k) => (rowOf[item] = k));
  const { diagonal } = inverse;
  const needed = Math.max(1, minSupport);
  const support = new Uint32Array(n);
  const start = new Uint32Array(itemCount + 1);
  // At most every co-occurring pair (Σ_groups size², short of the diagonal): far fewer than n x rowLimit when
  // many products have few shoppers, as the streamed rows' have.
  let pairs = 0;
  for (let group = 0; group + 1 < rows.start.length; group++) {
    const size = rows.start[group + 1]! - rows.start[group]!;
    pairs += size * (size - 1);
  }
  let items = new Uint32Array(Math.min(n * Math.min(rowLimit, Math.max(0, n - 1)), pairs));
  let scores = new Float32Array(items.length);
  const weight = new Float64Array(itemCount);
  const magnitude = rowLimit < n - 1 ? new Float64Array(itemCount) : weight;
  const candidates = new Uint32Array(n);
  const ranked = new Uint32Array(n);
  let used = 0;
  for (let source = 0; source < itemCount; source++) {
    const k = rowOf[source]!;
    if (k >= 0) {
      support.fill(0);
      for (let e = byMember.start[k]!; e < byMember.start[k + 1]!; e++) {
        const group = byMember.items[e]!;
        for (let x = rows.start[group]!; x < rows.start[group + 1]!; x++) support[rows.items[x]!]!++;
      }
      const row = inverse.row(k);
      let count = 0;
      for (let other = 0; other < n; other++) {
        if (other === k || support[other]! < needed) continue;
        // Stored as 32-bit floats: a weight too small for them is no neighbour, and rows are ranked by the
        // stored value (equal floats by index), so that the primal and dual forms, whose doubles differ in the
        // last bits, order a row alike (ranked by the doubles, 0.5 % of MovieLens's entries changed places).
        const value = Math.fround(-row[other]! / diagonal[other]!);
        if (value === 0) continue;
        const target = members[other]!;
        weight[target] = value;
        if (magnitude !== weight) magnitude[target] = Math.abs(value);
        candidates[count++] = target;
      }
      if (count > rowLimit) {
        // The strongest weights either way, then ranked best first as a whole row is.
        count = selectTopK(candidates, count, magnitude, rowLimit, ranked);
        candidates.set(ranked.subarray(0, count));
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
