import { describe, expect, it } from 'vitest';
import type { Interaction } from '../types.js';
import { trainBestRule } from './trainBestRule.js';

function purchases(baskets: string[][]): Interaction[] {
  return baskets.flatMap((basket, index) =>
    basket.map((productId) => ({
      userId: `o${index}`,
      orderId: `o${index}`,
      productId,
      type: 'purchase' as const,
      timestamp: 0,
    })),
  );
}

// Baskets with a: 5, b: 3, c: 3, d: 1, e: 1. Rules with support >= 2: a->b 2/5, a->c 3/5, b->a 2/3, c->a 3/3.
const BASKETS = [['a', 'b'], ['a', 'b'], ['a', 'c'], ['a', 'c'], ['a', 'c'], ['b', 'd'], ['e']];

describe('trainBestRule', () => {
  it('ranks consequents by their best rule’s confidence, then fills with popularity', () => {
    const rules = trainBestRule(purchases(BASKETS));
    expect(rules(['a'], 4)).toEqual(['c', 'b', 'd', 'e']);
    // a gets max(b->a 2/3, c->a 1); b->d has support 1 only, so d comes from popularity.
    expect(rules(['b', 'c'], 3)).toEqual(['a', 'd', 'e']);
    expect(rules(['unknown'], 2)).toEqual(['a', 'b']);
  });

  it('keeps rules with less support when minSupport allows it', () => {
    expect(trainBestRule(purchases(BASKETS), { minSupport: 1 })(['b'], 2)).toEqual(['a', 'd']);
    expect(trainBestRule(purchases(BASKETS), { minSupport: 2 })(['b'], 2)).toEqual(['a', 'c']);
  });
});
