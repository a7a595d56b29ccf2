import { DUAL_PRODUCT_COST } from './chooseRidgeForm.js';
import type { DenseRidgeOptions } from './denseRidgeNeighbors.js';
import { dualRidgeRows } from './dualRidgeRows.js';
import type { GroupMatrix } from './GroupMatrix.js';
import type { InverseRows } from './InverseRows.js';
import { weighRidgeGroups } from './weighRidgeGroups.js';

/** Weights a streamed row keeps (the largest in magnitude): a tenth of MovieLens's newer set's 9,700 films. */
export const STREAMED_ROW_LIMIT = 1_000;

/**
 * Doubles of M = K⁻¹ Y (m x n) the streamed rows may hold, and as many again for Mᵀ while it is transposed:
 * 2 x 64 MB, what P itself takes at 2,900 products.
 */
export const STREAMED_MAX_ENTRIES = 1 << 23;

/**
 * EASE's exact rows for more products than `maxItems` when the shoppers (or orders) are few: the dual form's
 * rows one at a time (`dualRidgeRows`), in O(m · n) memory, when that costs no more multiply-adds than the
 * primal inverse at `maxItems` products (maxItems³ / 2, or `streamedCost`) and M fits STREAMED_MAX_ENTRIES. Null otherwise (at
 * most `maxItems` products: the stored inverse's; too many groups: the local form's).
 */
export function streamedRidgeRows(
  groups: GroupMatrix,
  itemCount: number,
  options: DenseRidgeOptions,
): { inverse: InverseRows; rows: GroupMatrix; members: number[] } | null {
  const { rows, rowWeights, members, penalty } = weighRidgeGroups(groups, itemCount, options);
  const n = members.length;
  const m = rows.start.length - 1;
  if (n <= options.maxItems || m * n > STREAMED_MAX_ENTRIES) return null;
  const cost = (m * m * m) / 2 + DUAL_PRODUCT_COST * rows.items.length * (m + n);
  if (cost > (options.streamedCost ?? options.maxItems ** 3 / 2)) return null;
  const inverse = dualRidgeRows(rows, rowWeights, n, penalty);
  return inverse ? { inverse, rows, members } : null;
}
