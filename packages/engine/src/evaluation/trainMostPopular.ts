import type { Interaction } from '../types.js';
import { groupHistories } from './groupHistories.js';
import type { UserRecommender } from './Recommenders.js';

/**
 * The most-popular baseline: every user gets the products most users interacted with, minus their own.
 * Ties go to the product seen first.
 */
export function trainMostPopular(train: readonly Interaction[]): UserRecommender {
  const histories = groupHistories(train);
  const users = new Map<string, number>();
  for (const history of histories.values()) {
    for (const productId of history) users.set(productId, (users.get(productId) ?? 0) + 1);
  }
  const ranking = [...users.keys()].sort((a, b) => users.get(b)! - users.get(a)!);
  return (userId, k) => {
    const history = histories.get(userId);
    const picks: string[] = [];
    for (const productId of ranking) {
      if (picks.length === k) break;
      if (!history?.has(productId)) picks.push(productId);
    }
    return picks;
  };
}
