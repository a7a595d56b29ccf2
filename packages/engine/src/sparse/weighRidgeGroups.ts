import type { DenseRidgeOptions } from './denseRidgeNeighbors.js';
import { groupWeights } from './gramTopK.js';
import type { GroupMatrix } from './GroupMatrix.js';
import { ridgePenalties } from './ridgePenalties.js';

/** EASE's system over the items with evidence, before anything quadratic: what either exact form solves. */
export interface WeighedRidgeGroups {
  /** The weighed groups over the members (row g: group g's items, as indexes into `members`). */
  rows: GroupMatrix;
  /** w_g of each row. */
  rowWeights: Float64Array;
  /** The catalog index of each member: the items of some weighed group, in order of appearance. */
  members: number[];
  /** The member of each catalog item, −1 for none. */
  slot: Int32Array;
  /** D = diag(p/(1−p) · G(j, j) + λ') of the members. */
  penalty: Float64Array;
  /** λ' and the diagonal's share, as `primalRidgeInverse` takes them. */
  ridge: { lambda: number; ownShare: number };
}

/**
 * The members, weighed rows and penalties of EASE's system for `groups` (see `denseRidgeNeighbors`). Only the
 * items of some weighed group take part: the others have no weights (an item never bought has an empty
 * co-purchase row), and leaving them out keeps the solve to the items that have evidence. O(nnz).
 */
export function weighRidgeGroups(
  groups: GroupMatrix,
  itemCount: number,
  options: Pick<DenseRidgeOptions, 'lambda' | 'groupSizePower' | 'dropout'>,
): WeighedRidgeGroups {
  const weights = groupWeights(groups, options.groupSizePower);
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
  // G's diagonal summed as the primal form's Gram sums it (same order, same products: the same penalties to the
  // bit).
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
  const penalty = new Float64Array(n);
  for (let member = 0; member < n; member++) {
    penalty[member] = (ridge.ownShare - 1) * gramDiagonal[member]! + ridge.lambda;
  }
  return { rows, rowWeights, members, slot, penalty, ridge };
}
