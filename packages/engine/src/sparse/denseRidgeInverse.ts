import { chooseRidgeForm } from './chooseRidgeForm.js';
import type { DenseRidgeOptions } from './denseRidgeNeighbors.js';
import { dualRidgeInverse } from './dualRidgeInverse.js';
import type { GroupMatrix } from './GroupMatrix.js';
import { primalRidgeInverse } from './primalRidgeInverse.js';
import { weighRidgeGroups } from './weighRidgeGroups.js';

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
  const { rows, rowWeights, members, slot, penalty, ridge } = weighRidgeGroups(groups, itemCount, options);
  const n = members.length;
  if (n > options.maxItems) return null;
  const form = options.form ?? chooseRidgeForm(n, rows.start.length - 1, rows.items.length);
  const inverse =
    form === 'dual'
      ? dualRidgeInverse(rows, rowWeights, n, penalty)
      : primalRidgeInverse(rows, rowWeights, n, ridge);
  return inverse ? { inverse, rows, members, slot } : null;
}
