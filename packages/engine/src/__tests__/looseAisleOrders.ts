import type { Interaction } from '../types.js';
import { createSeededRandom } from '../evaluation/createSeededRandom.js';

/** Orders of 3 to 12 lines over 40 products in four loose aisles: enough orders to choose λ from. */
export function looseAisleOrders(count: number): Interaction[] {
  const random = createSeededRandom(7);
  const interactions: Interaction[] = [];
  for (let order = 0; order < count; order++) {
    const aisle = Math.floor(random() * 4);
    const lines = 3 + Math.floor(random() * 10);
    const products = new Set<number>();
    while (products.size < lines) {
      products.add(random() < 0.8 ? aisle * 10 + Math.floor(random() * 10) : Math.floor(random() * 40));
    }
    for (const product of products) {
      interactions.push({
        userId: `u${order}`,
        orderId: `o${order}`,
        productId: `p${product}`,
        type: 'purchase',
        timestamp: 1_700_000_000_000 + order * 60_000,
      });
    }
  }
  return interactions;
}
