import { solvePositiveDefinite } from '../linear/solvePositiveDefinite.js';
import type { GramRows } from './GramRows.js';
import type { GroupMatrix } from './GroupMatrix.js';
import type { Neighbors } from './Neighbors.js';
import { chooseWholeRows, createGramBlockReader } from './createGramBlockReader.js';
import type { GramBlockReader } from './createGramBlockReader.js';
import { gramTopK, groupWeights } from './gramTopK.js';
import { ridgePenalties } from './ridgePenalties.js';
import { selectTopK } from './selectTopK.js';
import { widenShortColumns } from './widenShortColumns.js';

/**
 * Training reads |N|² entries of G per item, from memory too large for the caches once the catalog is large,
 * and solves an |N|³ / 6 system: items x regressors² stays under this, so that a catalog of up to 3,750
 * products regresses each on `ridge.regressors` (200) others, the medium store's 10,000 on 122, FIMI's 15,496
 * (in training) on 98 and one of 100,000 on 38 (96 there trained the large store in 106 s, twice the time allowed).
 */
export const REGRESSOR_PAIRS_BUDGET = 150_000_000;

/** The regressors per item for a catalog of `itemCount` items: `wanted`, or fewer on a large catalog. */
export function regressorsFor(itemCount: number, wanted: number): number {
  return Math.max(
    1,
    Math.min(wanted, Math.floor(Math.sqrt(REGRESSOR_PAIRS_BUDGET / Math.max(1, itemCount)))),
  );
}

/** Items without a whole row of G keep this many times their regressors as lookups (see createGramBlockReader). */
const LOOKUPS_PER_REGRESSOR = 2;

export interface RidgeOptions {
  /** Regressors per item: its co-occurring items of highest cosine (fewer on a large catalog: `regressorsFor`). */
  regressors: number;
  /** Neighbours kept per item (its targets of highest positive weight). */
  k: number;
  /**
   * Negative weights kept per item as well, its most negative ones, after the positive (0: none). A basket's sum
   * over its lines needs them: a product much like one already in the basket is pushed down.
   */
  negatives?: number;
  /** Ridge penalty λ, in groups of weight 1 (scaled to the groups' mean weight). */
  lambda: number;
  /** A group of s items weighs 1 / (s − 1)^power. */
  groupSizePower: number;
  /** EDLAE's dropout rate p: regressor i's penalty grows by p / (1 − p) · G(i, i) (0: EASE). */
  dropout?: number;
  /** Pairs held by fewer groups are not regressors. */
  minSupport: number;
  /** Budget of G's whole rows, in floats (tests make it small to sum every block from the groups). */
  wholeRowsMaxFloats?: number;
  /**
   * Complete each row with the positive weights of its own column's regression where the other column did not
   * take it as a regressor (see `keepTopTargets`): the behaviour graph, whose thin products would otherwise have
   * short rows.
   */
  completeRows?: boolean;
}

/**
 * Learned item-to-item weights in the EASE family (Steck 2019), local form: each item j is regressed on its
 * `regressors` co-occurring items N(j) with a ridge penalty,
 *
 *     w_j = (G[N, N] + λ I)⁻¹ G[N, j],      B(i, j) = w_j(i) for i in N(j), 0 elsewhere,
 *
 * which is EASE's column j (the regression of j on every other item) restricted to N(j). G = Xᵀ W X is the
 * co-occurrence of the groups (shoppers or orders), each group weighing 1 / (size − 1)^power. Row i of B holds
 * how much a shopper's (or basket's) product i adds to each target j; the k highest positive ones are kept as
 * i's neighbours, so that serving is the same sum over seeds as every other item graph.
 *
 * G[N, N] must be close to exact: read only from each item's top-96 lists, with zeros elsewhere, the systems
 * lost their meaning (nDCG@10 on MovieLens fell from 0.46 to 0.19); the busiest items' whole rows plus longer
 * lookup lists for the others match exact blocks (FIMI HR@10 0.2985 against 0.2986 with every block summed
 * from the orders, in 19 s instead of 107 s). Cost: Σ_groups size² for G's rows, then per item the block
 * G[N, N] (see `createGramBlockReader`) and regressors³ / 6 to solve; memory O(items · regressors) plus the
 * whole rows of G kept for the busiest items (128 MB at most).
 */
export function ridgeNeighborsTopK(groups: GroupMatrix, itemCount: number, options: RidgeOptions): Neighbors {
  const weights = groupWeights(groups, options.groupSizePower);
  const wholeRows = chooseWholeRows(groups, itemCount, options.wholeRowsMaxFloats);
  const regressors = regressorsFor(itemCount, options.regressors);
  const narrow = gramTopK(groups, itemCount, {
    k: regressors,
    groupWeights: weights,
    minSupport: options.minSupport,
    wholeRows,
    lookups: LOOKUPS_PER_REGRESSOR * regressors,
    // Where the budget bounds the columns, widening mostly keeps their width and takes these (`widenShortColumns`).
    alsoSupported: options.completeRows === true && regressors < options.regressors,
  });
  // Rows completed from their own columns are as wide as those columns: short rows get wider ones.
  const gram = options.completeRows
    ? widenShortColumns(narrow, groups, itemCount, {
        regressors,
        rowLength: options.k,
        pairsBudget: REGRESSOR_PAIRS_BUDGET,
        groupWeights: weights,
        minSupport: options.minSupport,
      })
    : narrow;
  let diagonalSum = 0;
  for (let item = 0; item < gram.diagonal.length; item++) diagonalSum += gram.diagonal[item]!;
  const { lambda, ownShare } = ridgePenalties(options, diagonalSum, groups.items.length);
  const readBlock = createGramBlockReader(gram, itemCount, wholeRows);
  const { columns, residuals } = solveColumns(gram, readBlock, itemCount, lambda, ownShare);
  return keepTopTargets(
    gram,
    columns,
    itemCount,
    options.k,
    options.negatives ?? 0,
    options.completeRows ? residuals : null,
  );
}

/**
 * B's columns: for each target j, the weights of its regressors (gram's row j), in gram's layout; and each
 * target's residual s_j = G(j, j) + Λ(j, j) − G[j, N] w_j, the inverse of P(j, j) when N(j) holds every item
 * (P = (G + Λ)⁻¹).
 */
function solveColumns(
  gram: GramRows,
  readBlock: GramBlockReader,
  itemCount: number,
  lambda: number,
  ownShare: number,
): { columns: Float32Array; residuals: Float64Array } {
  const { start, items, values, diagonal } = gram;
  const columns = new Float32Array(items.length);
  const residuals = new Float64Array(itemCount);
  for (let item = 0; item < itemCount; item++) residuals[item] = ownShare * diagonal[item]! + lambda;
  let widest = 0;
  for (let item = 0; item < itemCount; item++) widest = Math.max(widest, start[item + 1]! - start[item]!);
  const system = new Float64Array(widest * widest);
  const rhs = new Float64Array(widest);
  for (let target = 0; target < itemCount; target++) {
    const begin = start[target]!;
    const size = start[target + 1]! - begin;
    if (size === 0) continue;
    const regressors = items.subarray(begin, begin + size);
    // G + λI is positive definite when G's block is exact; a block with pairs left out may not be, and is
    // then solved with a larger penalty (doubled up to three times) rather than left empty.
    for (let attempt = 0, penalty = lambda; attempt < 4; attempt++, penalty *= 2) {
      readBlock(regressors, system);
      for (let p = 0; p < size; p++) {
        system[p * size + p] = ownShare * diagonal[regressors[p]!]! + penalty;
        rhs[p] = values[begin + p]!;
      }
      if (solvePositiveDefinite(system, size, rhs)) {
        let explained = 0;
        for (let p = 0; p < size; p++) {
          columns[begin + p] = rhs[p]!;
          explained += values[begin + p]! * rhs[p]!;
        }
        residuals[target] = ownShare * diagonal[target]! + penalty - explained;
        break;
      }
    }
  }
  return { columns, residuals };
}

/**
 * Turns the columns (target j: regressor i, weight) into rows (source i: target j, weight) and keeps each
 * source's k targets of highest positive weight, best first, then its `negatives` most negative ones, least
 * negative first: a row is signed and best first, as the dense form's (so that readers which stop at the first
 * weight too small for them stop before the negatives).
 *
 * With `residuals`, rows are completed from their own columns. A thin product is a regressor of few columns, so
 * its row would be short, but its own column holds its co-occurring products: P is symmetric and
 * B(i, j) = −P(i, j) / P(j, j), so B(i, j) = B(j, i) · s_j / s_i (s = 1 / P's diagonal, which the local
 * residuals match within 3 % on MovieLens). Where column j did not take i as a regressor, row i gets
 * w_i(j) · s_j / s_i, if positive: a thin product's small negative weights are mostly noise, which s_j / s_i
 * (up to a hundredfold for a popular j) turns into strong penalties (DESIGN.md, "Thin rows from their own
 * columns").
 */
function keepTopTargets(
  gram: GramRows,
  columns: Float32Array,
  itemCount: number,
  k: number,
  negatives: number,
  residuals: Float64Array | null,
): Neighbors {
  const rowStart = new Uint32Array(itemCount + 1);
  for (let e = 0; e < gram.items.length; e++) if (columns[e]! !== 0) rowStart[gram.items[e]! + 1]!++;
  for (let item = 0; item < itemCount; item++) rowStart[item + 1]! += rowStart[item]!;
  const fill = rowStart.slice(0, itemCount);
  const rowTargets = new Uint32Array(rowStart[itemCount]!);
  const rowWeights = new Float64Array(rowTargets.length);
  for (let target = 0; target < itemCount; target++) {
    for (let e = gram.start[target]!; e < gram.start[target + 1]!; e++) {
      const weight = columns[e]!;
      if (weight !== 0) {
        const at = fill[gram.items[e]!]!++;
        rowTargets[at] = target;
        rowWeights[at] = weight;
      }
    }
  }
  // Each sign's candidates are ranked by how far their weight is from 0.
  const strength = new Float64Array(itemCount);
  const seen = new Uint32Array(itemCount);
  const positive = new Uint32Array(itemCount);
  const negative = new Uint32Array(itemCount);
  const top = new Uint32Array(Math.max(1, k, negatives));
  const start = new Uint32Array(itemCount + 1);
  const completed = residuals ? gram.items.length : 0;
  const items = new Uint32Array(Math.min(rowTargets.length + completed, itemCount * (k + negatives)));
  const scores = new Float32Array(items.length);
  let used = 0;
  for (let source = 0; source < itemCount; source++) {
    let positiveCount = 0;
    let negativeCount = 0;
    for (let e = rowStart[source]!; e < rowStart[source + 1]!; e++) {
      const target = rowTargets[e]!;
      strength[target] = Math.abs(rowWeights[e]!);
      seen[target] = source + 1;
      if (rowWeights[e]! > 0) positive[positiveCount++] = target;
      else negative[negativeCount++] = target;
    }
    for (let e = gram.start[source]!; residuals && e < gram.start[source + 1]!; e++) {
      const target = gram.items[e]!;
      if (seen[target] === source + 1 || columns[e]! <= 0) continue;
      strength[target] = (columns[e]! * residuals[target]!) / residuals[source]!;
      positive[positiveCount++] = target;
    }
    const best = selectTopK(positive, positiveCount, strength, k, top);
    for (let r = 0; r < best; r++) {
      items[used] = top[r]!;
      scores[used++] = strength[top[r]!]!;
    }
    const worst = selectTopK(negative, negativeCount, strength, negatives, top);
    for (let r = worst - 1; r >= 0; r--) {
      items[used] = top[r]!;
      scores[used++] = -strength[top[r]!]!;
    }
    start[source + 1] = used;
  }
  return { start, items: items.slice(0, used), scores: scores.slice(0, used), support: new Float32Array(0) };
}
