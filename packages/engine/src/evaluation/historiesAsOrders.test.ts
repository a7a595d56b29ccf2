import { describe, expect, it } from 'vitest';
import type { Interaction } from '../types.js';
import { historiesAsOrders } from './historiesAsOrders.js';

const rating = (userId: string, productId: string, timestamp: number): Interaction => ({
  userId,
  productId,
  type: 'rating',
  value: 4,
  timestamp,
});

describe('historiesAsOrders', () => {
  it('makes each history one order dated by its first rating, the earliest shoppers training and the later ones asked', () => {
    const ratings = [
      rating('c', 'p1', 30),
      rating('a', 'p1', 10),
      rating('a', 'p2', 50),
      rating('b', 'p3', 20),
      rating('b', 'p3', 21),
      rating('d', 'p4', 5),
      rating('c', 'p2', 31),
    ];
    const { train, testBaskets } = historiesAsOrders(ratings, 0.5);
    // First ratings: d 5, a 10, b 20, c 30; d and a train.
    expect(train).toEqual([
      { userId: 'd', orderId: 'd', productId: 'p4', type: 'purchase', timestamp: 5 },
      { userId: 'a', orderId: 'a', productId: 'p1', type: 'purchase', timestamp: 10 },
      { userId: 'a', orderId: 'a', productId: 'p2', type: 'purchase', timestamp: 10 },
    ]);
    // A product rated twice is one line.
    expect(testBaskets).toEqual([['p3'], ['p1', 'p2']]);
  });
});
