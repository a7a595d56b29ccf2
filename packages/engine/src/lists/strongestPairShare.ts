/** Baskets up to this many lines count their strongest pair fully; a longer one by this share of its lines. */
export const STRONGEST_PAIR_FULL_LINES = 4;

/** Baskets of more lines than this do without the strongest pair: their learned sum decides alone. */
export const STRONGEST_PAIR_MAX_LINES = 16;

/**
 * The weight of a basket's strongest single pair beside its learned sum: 1 up to STRONGEST_PAIR_FULL_LINES lines,
 * then STRONGEST_PAIR_FULL_LINES / lines, and 0 beyond STRONGEST_PAIR_MAX_LINES. The maximum over a long basket's
 * lines is mostly the luck of one pair, while the sum has the whole order: measured by basket size on FIMI,
 * Groceries and MovieLens histories as orders, the pair helps up to about 7 lines and costs from about 16, and
 * with it gone above 16 lines long orders gained 0.0036 (five folds, 943 histories a seed; DESIGN.md, "Whole-basket
 * merge").
 */
export function strongestPairShare(lines: number): number {
  if (lines > STRONGEST_PAIR_MAX_LINES) return 0;
  return Math.min(1, STRONGEST_PAIR_FULL_LINES / Math.max(1, lines));
}
