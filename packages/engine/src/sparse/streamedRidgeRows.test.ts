import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../evaluation/createSeededRandom.js';
import { train } from '../train.js';
import type { Interaction } from '../types.js';

/** 14 shoppers rating 8 to 20 of 60 films each: many more products than shoppers, as in MovieLens's newer sets. */
function fewShoppersManyProducts(): Interaction[] {
  const random = createSeededRandom(11);
  const interactions: Interaction[] = [];
  for (let shopper = 0; shopper < 14; shopper++) {
    const rated = new Set<number>();
    const count = 8 + Math.floor(random() * 13);
    while (rated.size < count) rated.add(Math.floor(random() * 60));
    for (const film of rated) {
      interactions.push({
        userId: `u${shopper}`,
        productId: `p${film}`,
        type: 'rating',
        weight: 1 + Math.floor(random() * 5),
        timestamp: 1_700_000_000_000,
      });
    }
  }
  return interactions;
}

describe('behaviour rows past ridge.denseMaxProducts', () => {
  it('are the stored inverse’s rows, computed one at a time, when the shoppers are few enough', () => {
    const interactions = fewShoppersManyProducts();
    const stored = train(undefined, interactions, { ridge: { denseMaxProducts: 60, behaviourLambda: 1 } });
    // 40 products' primal inverse (32,000 multiply-adds) pays for 14 shoppers' rows over 60 products.
    const streamed = train(undefined, interactions, { ridge: { denseMaxProducts: 40, behaviourLambda: 1 } });
    // 20 products' (4,000) does not: the local form, whose rows keep the 3 best of 3 regressors' columns.
    const local = train(undefined, interactions, {
      ridge: { denseMaxProducts: 20, behaviourLambda: 1, regressors: 3 },
      neighbors: 3,
    });
    expect([...streamed.behaviour.start]).toEqual([...stored.behaviour.start]);
    expect([...streamed.behaviour.items]).toEqual([...stored.behaviour.items]);
    [...streamed.behaviour.scores].forEach((score, k) =>
      expect(score).toBeCloseTo(stored.behaviour.scores[k]!, 5),
    );
    // Whole signed rows (little shrinkage here): far longer than the local form's, negative weights among them.
    expect(stored.behaviour.items.length).toBeGreaterThan(2 * local.behaviour.items.length);
    expect([...streamed.behaviour.scores].some((score) => score < 0)).toBe(true);
  });
});
