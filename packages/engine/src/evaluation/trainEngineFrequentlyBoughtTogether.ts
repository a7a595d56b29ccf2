import { recommend } from '../recommend.js';
import { train } from '../train.js';
import type { EngineConfigInput, Product } from '../types.js';
import type { BasketTrainer } from './Recommenders.js';

/** The engine's frequently-bought-together for a whole basket, with its fallback, as a recommender under evaluation. */
export function trainEngineFrequentlyBoughtTogether(
  config: EngineConfigInput = {},
  catalog?: readonly Product[],
): BasketTrainer {
  return (interactions) => {
    const model = train(catalog, interactions, config);
    return (basket, k) =>
      recommend(model, { list: 'frequently-bought-together', basket: [...basket], limit: k }).items.map(
        (item) => item.id,
      );
  };
}
