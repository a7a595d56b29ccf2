import { LISTS } from '../lists/listRegistry.js';
import type { EngineConfig } from '../types.js';

/**
 * The defaults, chosen for a shop with a few months of history. They are documented option by option in
 * the engine's README; `resolveConfig` merges a partial configuration over them once.
 */
export const DEFAULT_CONFIG: EngineConfig = {
  weights: { view: 1, click: 2, add_to_cart: 4, purchase: 8, rating: 1 },
  halfLifeDays: 90,
  ratingHalfLifeDays: 0,
  ratingPower: 0.5,
  coPurchaseHalfLifeDays: 0,
  intentHalfLifeHours: 24,
  similarity: 'ridge',
  neighbors: 100,
  graphItemsPerShopper: 150,
  contentShrinkage: 3,
  ridge: {
    regressors: 200,
    behaviourLambda: 200,
    coPurchaseLambda: 50,
    chooseCoPurchaseLambda: true,
    groupSizePower: 0,
    behaviourDropout: 0.5,
    coPurchaseDropout: 0,
    maxProducts: 100_000,
    denseMaxProducts: 2_000,
  },
  popularityPenalty: 0.5,
  minSupport: 2,
  windows: { newDays: 90, bestSellingDays: 30, trendingDays: 7, trendingBaselineDays: 28 },
  bestSellingBy: 'units',
  recentlyViewedSize: 20,
  // Each list's own default (see its file under lists/).
  fallback: Object.fromEntries(
    LISTS.map((list) => [list.name, [...list.fallback]]),
  ) as EngineConfig['fallback'],
};
