import type { Interaction } from '../types.js';
import { averagePrecisionAtK } from './averagePrecisionAtK.js';
import { catalogCoverage } from './catalogCoverage.js';
import { checkK } from './checkK.js';
import { groupHistories } from './groupHistories.js';
import { hitRate } from './hitRate.js';
import { ndcgAtK } from './ndcgAtK.js';
import { precisionAtK } from './precisionAtK.js';
import { recallAtK } from './recallAtK.js';
import type { UserTrainer } from './Recommenders.js';

export interface UserEvaluation {
  k: number;
  /** Test users with at least one relevant product. */
  users: number;
  precision: number;
  recall: number;
  ndcg: number;
  map: number;
  hitRate: number;
  /** Share of the training products recommended to at least one user. */
  coverage: number;
  trainSeconds: number;
  recommendSeconds: number;
}

/**
 * Trains on `train`, asks for `k` products for every user of `test`, and averages the metrics over those users.
 * A user's relevant products are their test products that are not in their training history (those could not
 * be recommended, as recommenders leave out what the user already has).
 */
export function evaluateUserRecommender(
  train: readonly Interaction[],
  test: Iterable<Interaction>,
  trainer: UserTrainer,
  k = 10,
): UserEvaluation {
  checkK(k);
  const trainStart = performance.now();
  const recommender = trainer(train);
  const trainSeconds = (performance.now() - trainStart) / 1000;

  const histories = groupHistories(train);
  const relevant = groupHistories(test);
  for (const [userId, products] of relevant) {
    const history = histories.get(userId);
    if (history) for (const productId of history) products.delete(productId);
    if (products.size === 0) relevant.delete(userId);
  }
  const lists: string[][] = [];
  const recommendStart = performance.now();
  for (const userId of relevant.keys()) lists.push(recommender(userId, k));
  const recommendSeconds = (performance.now() - recommendStart) / 1000;

  const sums = { precision: 0, recall: 0, ndcg: 0, map: 0, hitRate: 0 };
  let u = 0;
  for (const products of relevant.values()) {
    const list = lists[u++]!;
    sums.precision += precisionAtK(list, products, k);
    sums.recall += recallAtK(list, products, k);
    sums.ndcg += ndcgAtK(list, products, k);
    sums.map += averagePrecisionAtK(list, products, k);
    sums.hitRate += hitRate(list, products, k);
  }
  const catalog = new Set<string>();
  for (const history of histories.values()) for (const productId of history) catalog.add(productId);
  const users = relevant.size;
  const mean = (sum: number): number => (users === 0 ? 0 : sum / users);
  return {
    k,
    users,
    precision: mean(sums.precision),
    recall: mean(sums.recall),
    ndcg: mean(sums.ndcg),
    map: mean(sums.map),
    hitRate: mean(sums.hitRate),
    coverage: catalogCoverage(lists, catalog),
    trainSeconds,
    recommendSeconds,
  };
}
