import type { Interaction } from '../types.js';

export interface HistoriesAsOrders {
  /** The earlier shoppers' histories, each one order of purchases, dated by the shopper's first rating. */
  train: Interaction[];
  /** The later shoppers' histories, one basket each, to hold a product out of. */
  testBaskets: string[][];
}

/**
 * Long orders from a ratings log: each shopper's distinct products as one order, the shoppers in the order of
 * their first rating, the first `trainShare` of them training and the rest asked as whole baskets. MovieLens
 * histories (20 to 700 films, 106 on average) stand in for wholesale orders of hundreds of lines, which no
 * public basket file of the shared folder has (FIMI's average 10, Groceries' 4).
 */
export function historiesAsOrders(ratings: readonly Interaction[], trainShare = 0.8): HistoriesAsOrders {
  const firstSeen = new Map<string, number>();
  const histories = new Map<string, Set<string>>();
  for (const { userId, productId, timestamp } of ratings) {
    const first = firstSeen.get(userId);
    if (first === undefined || timestamp < first) firstSeen.set(userId, timestamp);
    const history = histories.get(userId);
    if (history) history.add(productId);
    else histories.set(userId, new Set([productId]));
  }
  const shoppers = [...firstSeen.keys()].sort(
    (a, b) => firstSeen.get(a)! - firstSeen.get(b)! || (a < b ? -1 : a > b ? 1 : 0),
  );
  const trainCount = Math.floor(shoppers.length * trainShare);
  const train: Interaction[] = [];
  for (const userId of shoppers.slice(0, trainCount)) {
    for (const productId of histories.get(userId)!) {
      train.push({ userId, orderId: userId, productId, type: 'purchase', timestamp: firstSeen.get(userId)! });
    }
  }
  return { train, testBaskets: shoppers.slice(trainCount).map((userId) => [...histories.get(userId)!]) };
}
