/**
 * Cost of one multiply-add of the dual form's sparse-times-dense products (contiguous axpys of four rows at a
 * time) against one of the tiled inverse's (3 x 3 register blocks over tiles in the cache). Measured on
 * random data of MovieLens's shape (2-core AMD EPYC, node 20): 0.7 ns per product against 0.47-0.6 ns in the
 * inverse (n = 1,682 and 943); 1.5 leaves the primal form a margin where the two are close.
 */
export const DUAL_PRODUCT_COST = 1.5;

/**
 * Which exact form of the dense ridge inverse costs less for n items, m weighed groups and nnz memberships:
 * the primal inverts the n x n system (n³/2 multiply-adds), the dual (Woodbury) the m x m one (m³/2) and then
 * pays nnz · (m + n/2) multiply-adds of sparse-times-dense products. Fewer shoppers than products picks the
 * dual; a shop with many more shoppers (or orders) than products keeps the primal. Checked near the crossover on
 * random groups over 1,200 items (best of 3, ms, primal / dual): m 900 x 150 items 432 / 377 and 1,000 x 150
 * 554 / 444 (dual chosen), 1,100 x 100 394 / 467, 1,200 x 40 364 / 420, 1,400 x 20 358 / 670 (primal chosen).
 * Not modelled: the pair loops (G's Σ_groups size², K's Σ_items groups²), which make the dual the faster for
 * groups of many hundred items (700 x 800: 1.5 s / 0.95 s) where this picks the primal; shoppers' groups are
 * capped at `graphItemsPerShopper` (150).
 */
export function chooseRidgeForm(n: number, m: number, nnz: number): 'primal' | 'dual' {
  const primal = (n * n * n) / 2;
  const dual = (m * m * m) / 2 + DUAL_PRODUCT_COST * nnz * (m + n / 2);
  return dual < primal ? 'dual' : 'primal';
}
