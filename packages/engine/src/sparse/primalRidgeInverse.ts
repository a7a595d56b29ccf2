import { invertPositiveDefinite } from '../linear/invertPositiveDefinite.js';
import type { GroupMatrix } from './GroupMatrix.js';

/**
 * P = (G + diag(ownShare − 1) · diag G + λ I)⁻¹ in the primal form: the dense n x n Gram G = Σ_g w_g · x_g x_gᵀ of
 * `rows` (groups over items 0..n−1, `rowWeights[g]` = w_g), its diagonal scaled by `ownShare` plus λ, inverted in
 * place. Σ_g size² multiply-adds for G, n³/2 for the inverse. Null when the system cannot be factorised.
 */
export function primalRidgeInverse(
  rows: GroupMatrix,
  rowWeights: Float64Array,
  n: number,
  ridge: { lambda: number; ownShare: number },
): Float64Array | null {
  const gram = new Float64Array(n * n);
  for (let group = 0; group + 1 < rows.start.length; group++) {
    const weight = rowWeights[group]!;
    const begin = rows.start[group]!;
    const end = rows.start[group + 1]!;
    for (let x = begin; x < end; x++) {
      const row = rows.items[x]! * n;
      const scaled = weight * rows.weights[x]!;
      for (let y = begin; y < end; y++) gram[row + rows.items[y]!]! += scaled * rows.weights[y]!;
    }
  }
  for (let item = 0; item < n; item++) {
    gram[item * n + item] = ridge.ownShare * gram[item * n + item]! + ridge.lambda;
  }
  return invertPositiveDefinite(gram, n) ? gram : null;
}
