import { describe, expect, it } from 'vitest';
import type { Interaction } from '../types.js';
import { evaluateBasketRecommender } from './evaluateBasketRecommender.js';

const buy = (orderId: string, productId: string): Interaction => ({
  userId: orderId,
  orderId,
  productId,
  type: 'purchase',
  timestamp: 0,
});

describe('evaluateBasketRecommender', () => {
  it('counts hits and reciprocal ranks of the held-out products', () => {
    const train = [buy('1', 'a'), buy('1', 'b'), buy('2', 'c'), buy('2', 'd')];
    const cases = [
      { basket: ['a'], heldOut: 'b' },
      { basket: ['c'], heldOut: 'b' },
      { basket: ['b'], heldOut: 'z' },
    ];
    const answers: Record<string, string[]> = { a: ['b', 'c'], c: ['a', 'b'], b: ['a', 'c'] };
    const result = evaluateBasketRecommender(
      train,
      cases,
      () => (basket, k) => answers[basket[0]!]!.slice(0, k),
      2,
    );
    // Shown: a, b and c of the training products a, b, c, d.
    expect(result).toMatchObject({ k: 2, baskets: 3, coverage: 0.75 });
    expect(result.hitRate).toBeCloseTo(2 / 3, 12);
    expect(result.mrr).toBeCloseTo((1 + 1 / 2 + 0) / 3, 12);
  });
});
