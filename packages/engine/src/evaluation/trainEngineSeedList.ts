import { recommend } from '../recommend.js';
import { train } from '../train.js';
import type { EngineConfigInput, ListName, Product } from '../types.js';
import { MAX_LIMIT } from '../validateRecommendRequest.js';
import type { SeedTrainer } from './Recommenders.js';

/** One of the engine's product-page lists (people-also-like, similar) as a recommender under evaluation. */
export function trainEngineSeedList(
  list: ListName,
  config: EngineConfigInput = {},
  catalog?: readonly Product[],
): SeedTrainer {
  return (interactions) => {
    const model = train(catalog, interactions, config);
    return (productId, k) =>
      recommend(model, { list, productId, limit: Math.min(k, MAX_LIMIT), fallback: [] }).items.map(
        (item) => item.id,
      );
  };
}
