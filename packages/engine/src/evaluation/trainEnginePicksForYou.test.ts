import { describe, expect, it } from 'vitest';
import type { Interaction } from '../types.js';
import { trainEnginePicksForYou } from './trainEnginePicksForYou.js';

const rate = (userId: string, productId: string, day: number): Interaction => ({
  userId,
  productId,
  type: 'rating',
  rating: 4,
  timestamp: day * 86_400_000,
});

describe('trainEnginePicksForYou', () => {
  // 12 products; "heavy" rated 9 of them, so the engine's own picks are few and the fallback fills in.
  const products = Array.from({ length: 12 }, (_, i) => `p${i}`);
  const train: Interaction[] = [];
  products.slice(0, 9).forEach((id, i) => train.push(rate('heavy', id, i)));
  for (let u = 0; u < 30; u++) {
    train.push(
      rate(`u${u}`, products[u % 12]!, u),
      rate(`u${u}`, products[(u + 1) % 12]!, u),
      rate(`u${u}`, products[(u * 5) % 12]!, u),
    );
  }
  const recommender = trainEnginePicksForYou()(train);

  it('never returns what the user had in training, even from fallback lists', () => {
    expect(recommender('heavy', 10).sort()).toEqual(['p10', 'p11', 'p9']);
    for (let u = 0; u < 30; u++) {
      const seen = new Set(train.filter((row) => row.userId === `u${u}`).map((row) => row.productId));
      const picks = recommender(`u${u}`, 5);
      expect(picks).toHaveLength(5);
      expect(picks.filter((id) => seen.has(id))).toEqual([]);
    }
  });
});
