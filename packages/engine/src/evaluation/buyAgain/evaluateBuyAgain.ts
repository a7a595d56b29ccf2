import { recommend } from '../../recommend.js';
import { train } from '../../train.js';
import type { Interaction, Product } from '../../types.js';
import { hitRate } from '../hitRate.js';

const DAY_MS = 86_400_000;

export interface BuyAgainEvaluation {
  k: number;
  /** Shoppers whose first order after the split repeats a product they bought before it. */
  shoppers: number;
  /** Hit rate@k of those repeats: buy-again, and the shopper's most bought products (by purchase days). */
  buyAgain: number;
  mostBought: number;
}

/**
 * Buy-again against "the shopper's most bought": train on the events before `splitAt`; for each shopper, the
 * first order after it is the test, and its products the shopper had bought before are what should be found.
 * Both are asked at the time of that order.
 */
export function evaluateBuyAgain(
  catalog: readonly Product[],
  events: readonly Interaction[],
  splitAt: number,
  k = 10,
): BuyAgainEvaluation {
  const trainEvents = events.filter((event) => event.timestamp < splitAt);
  const model = train(catalog, trainEvents);
  const boughtDays = new Map<string, Map<string, Set<number>>>();
  for (const event of trainEvents) {
    if (event.type !== 'purchase') continue;
    let products = boughtDays.get(event.userId);
    if (!products) boughtDays.set(event.userId, (products = new Map()));
    let days = products.get(event.productId);
    if (!days) products.set(event.productId, (days = new Set()));
    days.add(Math.floor(event.timestamp / DAY_MS));
  }
  const nextOrder = new Map<string, { orderId: string; at: number; products: Set<string> }>();
  for (const event of events) {
    if (event.timestamp < splitAt || event.type !== 'purchase' || event.orderId === undefined) continue;
    const first = nextOrder.get(event.userId);
    if (!first)
      nextOrder.set(event.userId, {
        orderId: event.orderId,
        at: event.timestamp,
        products: new Set([event.productId]),
      });
    else if (first.orderId === event.orderId) first.products.add(event.productId);
  }
  let shoppers = 0;
  let buyAgain = 0;
  let mostBought = 0;
  for (const [userId, order] of nextOrder) {
    const history = boughtDays.get(userId);
    if (!history) continue;
    const repeats = new Set([...order.products].filter((id) => history.has(id)));
    if (repeats.size === 0) continue;
    shoppers++;
    // The catalog's availability is today's, not the test order's: a product out of stock now was on sale
    // then, and "most bought" does not know about stock either.
    const served = recommend(model, {
      list: 'buy-again',
      userId,
      now: order.at,
      limit: k,
      fallback: [],
      filters: { availableOnly: false },
    });
    buyAgain += hitRate(
      served.items.map((item) => item.id),
      repeats,
      k,
    );
    const byCount = [...history.entries()]
      .sort(
        (a, b) => b[1].size - a[1].size || Math.max(...b[1]) - Math.max(...a[1]) || (a[0] < b[0] ? -1 : 1),
      )
      .map(([id]) => id);
    mostBought += hitRate(byCount, repeats, k);
  }
  return {
    k,
    shoppers,
    buyAgain: shoppers === 0 ? 0 : buyAgain / shoppers,
    mostBought: shoppers === 0 ? 0 : mostBought / shoppers,
  };
}
