import { describe, expect, it } from 'vitest';
import { rate } from '../__tests__/rate.js';
import { evaluateThinSeeds } from './evaluateThinSeeds.js';

describe('evaluateThinSeeds', () => {
  it("asks each test shopper's thin training products, their own products left out, by band of shoppers", () => {
    // popular: 6 shoppers and mine 4 (not thin below 4); rare: 2 (u1, u2); odd: 1 (u3).
    const train = [
      ...['u1', 'u2', 'u3', 'u4', 'u5', 'u6'].map((user) => rate(user, 'popular')),
      rate('u1', 'rare'),
      rate('u2', 'rare'),
      rate('u3', 'odd'),
      ...['u1', 'u4', 'u5', 'u6'].map((user) => rate(user, 'mine')),
    ];
    const test = [rate('u1', 'wanted'), rate('u2', 'other'), rate('u3', 'wanted')];
    const lists: Record<string, string[]> = {
      rare: ['mine', 'popular', 'wanted'],
      odd: ['popular', 'other'],
    };
    const asked: string[] = [];
    const result = evaluateThinSeeds(
      train,
      test,
      () => (productId, k) => {
        asked.push(productId);
        return (lists[productId] ?? []).slice(0, k);
      },
      { k: 1, thinBelow: 4, bands: [0, 2] },
    );
    // u1 asks rare: mine and popular are its own, wanted is a hit; u2 asks rare: its k = 1 is mine, a miss;
    // u3 asks odd: popular is its own, other is not its test product.
    expect(asked.sort()).toEqual(['odd', 'rare', 'rare']);
    expect(result).toMatchObject({ k: 1, thinBelow: 4, pairs: 3 });
    expect(result.hitRate).toBeCloseTo(1 / 3, 12);
    expect(result.byShoppers).toEqual([
      { from: 0, below: 2, pairs: 1, hitRate: 0 },
      { from: 2, below: 4, pairs: 2, hitRate: 0.5 },
    ]);
  });
});
