import { chooseRidgeForm } from './chooseRidgeForm.js';
import type { DenseRidgeOptions } from './denseRidgeNeighbors.js';
import { dualRidgeInverse } from './dualRidgeInverse.js';
import { groupWeights } from './gramTopK.js';
import type { GroupMatrix } from './GroupMatrix.js';
import { primalRidgeInverse } from './primalRidgeInverse.js';
import { ridgePenalties } from './ridgePenalties.js';

export interface DenseRidgeSystem {
  /** P = (G + D)⁻¹ over the members, n x n row-major. */
  inverse: Float64Array;
  /** The weighed groups over the members (indexes into `members`). */
  rows: GroupMatrix;
  /** The catalog index of each row and column of P: the items of some weighed group, in order of appearance. */
  members: number[];
  /** The member of each catalog item, −1 for none. */
  slot: Int32Array;
}

/**
 * The inverse of EASE's system for the items with evidence (see `denseRidgeNeighbors`), in the cheaper of two
 * exact forms (`chooseRidgeForm`): the primal n x n (`primalRidgeInverse`) or the dual (Woodbury) m x m
 * (`dualRidgeInverse`). Null for more than `maxItems` such items, before anything quadratic is allocated, or
 * when the system cannot be factorised.
 */
export function denseRidgeInverse(
  groups: GroupMatrix,
  itemCount: number,
  options: DenseRidgeOptions,
): DenseRidgeSystem | null {
  const weights = groupWeights(groups, options.groupSizePower);
  // Only the items of some weighed group take part: the others have no weights (an item never bought has an
  // empty co-purchase row), and leaving them out keeps the cubic solve to the items that have evidence.
  const slot = new Int32Array(itemCount).fill(-1);
  const members: number[] = [];
  let weighed = 0;
  let memberships = 0;
  for (let group = 0; group + 1 < groups.start.length; group++) {
    if (weights[group] === 0) continue;
    weighed++;
    memberships += groups.start[group + 1]! - groups.start[group]!;
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
  // The weighed groups over the members (row g: group g's items, as indexes into `members`), and G's diagonal
  // summed as the primal form's Gram sums it (same order, same products: the same penalties to the bit).
  const rows: GroupMatrix = {
    start: new Uint32Array(weighed + 1),
    items: new Uint32Array(memberships),
    weights: new Float32Array(memberships),
  };
  const rowWeights = new Float64Array(weighed);
  const gramDiagonal = new Float64Array(n);
  let row = 0;
  let used = 0;
  for (let group = 0; group + 1 < groups.start.length; group++) {
    const weight = weights[group]!;
    if (weight === 0) continue;
    for (let x = groups.start[group]!; x < groups.start[group + 1]!; x++) {
      const member = slot[groups.items[x]!]!;
      const value = groups.weights[x]!;
      rows.items[used] = member;
      rows.weights[used++] = value;
      gramDiagonal[member]! += weight * value * value;
    }
    rowWeights[row++] = weight;
    rows.start[row] = used;
  }
  let diagonalSum = 0;
  for (let member = 0; member < n; member++) diagonalSum += gramDiagonal[member]!;
  const ridge = ridgePenalties(options, diagonalSum, groups.items.length);
  let inverse: Float64Array | null;
  if ((options.form ?? chooseRidgeForm(n, weighed, memberships)) === 'dual') {
    const penalty = new Float64Array(n);
    for (let member = 0; member < n; member++) {
      penalty[member] = (ridge.ownShare - 1) * gramDiagonal[member]! + ridge.lambda;
    }
    inverse = dualRidgeInverse(rows, rowWeights, n, penalty);
  } else {
    inverse = primalRidgeInverse(rows, rowWeights, n, ridge);
  }
  return inverse ? { inverse, rows, members, slot } : null;
}
