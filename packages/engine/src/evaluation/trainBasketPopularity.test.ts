import { describe, expect, it } from 'vitest';
import type { Interaction } from '../types.js';
import { trainBasketPopularity } from './trainBasketPopularity.js';

const buy = (orderId: string, productId: string, quantity = 1): Interaction => ({
  userId: 'same shopper',
  orderId,
  productId,
  quantity,
  type: 'purchase',
  timestamp: 0,
});

describe('trainBasketPopularity', () => {
  it('ranks products by the number of baskets holding them, minus the basket', () => {
    // Quantity does not count: c is in one basket only. Views are not purchases.
    const popularity = trainBasketPopularity([
      buy('1', 'a'),
      buy('1', 'c', 9),
      buy('2', 'a'),
      buy('2', 'b'),
      buy('3', 'b'),
      buy('3', 'a'),
      { userId: 'x', productId: 'c', type: 'view', timestamp: 0 },
    ]);
    expect(popularity([], 3)).toEqual(['a', 'b', 'c']);
    expect(popularity(['a'], 3)).toEqual(['b', 'c']);
  });
});
