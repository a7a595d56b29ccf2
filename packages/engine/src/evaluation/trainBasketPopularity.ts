import type { Interaction } from '../types.js';
import { groupBaskets } from './groupBaskets.js';
import type { BasketRecommender } from './Recommenders.js';

/** The popularity baseline for baskets: the products in the most training baskets, minus the basket's own. */
export function trainBasketPopularity(train: readonly Interaction[]): BasketRecommender {
  const baskets = new Map<string, number>();
  for (const basket of groupBaskets(train)) {
    for (const productId of basket) baskets.set(productId, (baskets.get(productId) ?? 0) + 1);
  }
  const ranking = [...baskets.keys()].sort((a, b) => baskets.get(b)! - baskets.get(a)!);
  return (basket, k) => {
    const inBasket = new Set(basket);
    const picks: string[] = [];
    for (const productId of ranking) {
      if (picks.length === k) break;
      if (!inBasket.has(productId)) picks.push(productId);
    }
    return picks;
  };
}
