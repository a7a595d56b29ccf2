import type { Interaction } from '../types.js';
import { catalogCoverage } from './catalogCoverage.js';
import { checkK } from './checkK.js';
import { hitRate } from './hitRate.js';
import type { HeldOutBasket } from './holdOutBaskets.js';
import type { BasketTrainer } from './Recommenders.js';
import { reciprocalRankAtK } from './reciprocalRankAtK.js';

export interface BasketEvaluation {
  k: number;
  /** Test baskets with a held-out product. */
  baskets: number;
  hitRate: number;
  mrr: number;
  /** Share of the training products recommended for at least one basket. */
  coverage: number;
  trainSeconds: number;
  recommendSeconds: number;
}

/** Trains on the purchases of `train`, then asks for `k` products to add to each test basket. */
export function evaluateBasketRecommender(
  train: readonly Interaction[],
  cases: readonly HeldOutBasket[],
  trainer: BasketTrainer,
  k = 10,
): BasketEvaluation {
  checkK(k);
  const trainStart = performance.now();
  const recommender = trainer(train);
  const trainSeconds = (performance.now() - trainStart) / 1000;
  const recommendStart = performance.now();
  const lists = cases.map((testCase) => recommender(testCase.basket, k));
  const recommendSeconds = (performance.now() - recommendStart) / 1000;

  let hits = 0;
  let reciprocalRanks = 0;
  cases.forEach((testCase, index) => {
    const relevant = new Set([testCase.heldOut]);
    hits += hitRate(lists[index]!, relevant, k);
    reciprocalRanks += reciprocalRankAtK(lists[index]!, relevant, k);
  });
  const products = new Set<string>();
  for (const interaction of train) if (interaction.type === 'purchase') products.add(interaction.productId);
  const baskets = cases.length;
  return {
    k,
    baskets,
    hitRate: baskets === 0 ? 0 : hits / baskets,
    mrr: baskets === 0 ? 0 : reciprocalRanks / baskets,
    coverage: catalogCoverage(lists, products),
    trainSeconds,
    recommendSeconds,
  };
}
