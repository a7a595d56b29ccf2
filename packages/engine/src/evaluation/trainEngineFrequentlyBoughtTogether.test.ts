import { describe, expect, it } from 'vitest';
import type { Interaction } from '../types.js';
import { trainEngineFrequentlyBoughtTogether } from './trainEngineFrequentlyBoughtTogether.js';

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

describe('trainEngineFrequentlyBoughtTogether', () => {
  it('recommends the products bought with the basket, never the basket itself', () => {
    const recommender = trainEngineFrequentlyBoughtTogether()(
      purchases([
        ['tent', 'bag'],
        ['tent', 'bag', 'stove'],
        ['tent', 'bag'],
        ['mug', 'kettle'],
        ['mug', 'kettle'],
        ['lamp'],
      ]),
    );
    const picks = recommender(['tent'], 3);
    expect(picks[0]).toBe('bag');
    expect(picks).not.toContain('tent');
    expect(recommender(['mug', 'kettle'], 5)).not.toContain('mug');
  });
});
