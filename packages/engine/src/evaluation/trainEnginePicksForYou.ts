import { recommend } from '../recommend.js';
import { train } from '../train.js';
import type { EngineConfigInput, Product } from '../types.js';
import { MAX_LIMIT } from '../validateRecommendRequest.js';
import { groupHistories } from './groupHistories.js';
import type { UserTrainer } from './Recommenders.js';

/**
 * The engine's picks-for-you as a recommender under evaluation. The engine already leaves out what a shopper
 * rated or bought, but its fallback lists (trending, best-selling) do not, so the training history is filtered
 * here too, asking for up to 100 items when the first answer loses some.
 */
export function trainEnginePicksForYou(
  config: EngineConfigInput = {},
  catalog?: readonly Product[],
): UserTrainer {
  return (interactions) => {
    const model = train(catalog, interactions, config);
    const histories = groupHistories(interactions);
    return (userId, k) => {
      const history = histories.get(userId);
      let limit = Math.min(k, MAX_LIMIT);
      for (;;) {
        const { items } = recommend(model, { list: 'picks-for-you', userId, limit });
        const ids = items.map((item) => item.id).filter((id) => !history?.has(id));
        if (ids.length >= k || items.length < limit || limit === MAX_LIMIT) return ids.slice(0, k);
        limit = MAX_LIMIT;
      }
    };
  };
}
