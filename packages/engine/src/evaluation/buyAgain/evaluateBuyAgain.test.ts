import { describe, expect, it } from 'vitest';
import type { Interaction, Product } from '../../types.js';
import { evaluateBuyAgain } from './evaluateBuyAgain.js';

const DAY = 86_400_000;
const SPLIT = Date.UTC(2026, 5, 1);
const PRODUCTS: Product[] = ['rice', 'soap', 'tent'].map((id) => ({ id, title: id }));
const buy = (userId: string, productId: string, at: number, orderId: string): Interaction => ({
  userId,
  productId,
  type: 'purchase',
  timestamp: at,
  orderId,
});

describe('evaluateBuyAgain', () => {
  it('asks at the next order for what the shopper bought before, against their most bought', () => {
    // Ann bought rice on five days, long ago, and soap every 10 days until 10 days before her next order, which
    // has soap: the most bought (rice) misses at k = 1, the one due (soap) finds it.
    const log: Interaction[] = [];
    for (let d = 0; d < 5; d++) log.push(buy('ann', 'rice', SPLIT - (200 - d) * DAY, `r${d}`));
    for (let d = 0; d < 3; d++) log.push(buy('ann', 'soap', SPLIT - (30 - 10 * d) * DAY, `s${d}`));
    log.push(buy('ann', 'soap', SPLIT + 5 * DAY, 'next'), buy('ann', 'tent', SPLIT + 5 * DAY, 'next'));
    // Bob's next order repeats nothing: not counted. Cy never ordered before: not counted.
    log.push(buy('bob', 'rice', SPLIT - 3 * DAY, 'b1'), buy('bob', 'tent', SPLIT + DAY, 'b2'));
    log.push(buy('cy', 'soap', SPLIT + DAY, 'c1'));
    log.sort((a, b) => a.timestamp - b.timestamp);
    expect(evaluateBuyAgain(PRODUCTS, log, SPLIT, 1)).toEqual({
      k: 1,
      shoppers: 1,
      buyAgain: 1,
      mostBought: 0,
    });
    expect(evaluateBuyAgain(PRODUCTS, log, SPLIT, 2)).toMatchObject({
      shoppers: 1,
      buyAgain: 1,
      mostBought: 1,
    });
  });
});
