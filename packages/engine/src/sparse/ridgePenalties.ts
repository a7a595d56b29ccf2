/**
 * The two penalties of a ridge system, the same for the dense and the local form: λ is given for groups of
 * weight 1, so it is scaled by how much one membership weighs in G on average (the sum of G's diagonal over the
 * memberships); EDLAE's dropout rate p multiplies each regressor's own diagonal by 1 + p / (1 − p).
 */
export function ridgePenalties(
  options: { lambda: number; dropout?: number },
  diagonalSum: number,
  memberships: number,
): { lambda: number; ownShare: number } {
  const dropout = options.dropout ?? 0;
  return {
    lambda: options.lambda * (memberships > 0 && diagonalSum > 0 ? diagonalSum / memberships : 1),
    ownShare: 1 + dropout / (1 - dropout),
  };
}
