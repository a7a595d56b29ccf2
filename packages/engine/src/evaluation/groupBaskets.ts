import type { Interaction } from '../types.js';

/**
 * The baskets of a purchase log: the distinct products of each order id (of each user when a purchase has no
 * order id), orders in order of first appearance. Interactions other than purchases are ignored.
 */
export function groupBaskets(interactions: Iterable<Interaction>): string[][] {
  const baskets = new Map<string, Set<string>>();
  for (const { type, orderId, userId, productId } of interactions) {
    if (type !== 'purchase') continue;
    const key = orderId !== undefined ? `o:${orderId}` : `u:${userId}`;
    const basket = baskets.get(key);
    if (basket) basket.add(productId);
    else baskets.set(key, new Set([productId]));
  }
  return [...baskets.values()].map((basket) => [...basket]);
}
