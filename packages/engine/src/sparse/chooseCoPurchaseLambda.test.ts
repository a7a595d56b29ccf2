import { describe, expect, it } from 'vitest';
import { modelStats } from '../modelStats.js';
import { train } from '../train.js';
import type { Interaction } from '../types.js';
import { createSeededRandom } from '../evaluation/createSeededRandom.js';

/** Orders of 3 to 12 lines over 40 products in four loose aisles: enough orders to choose λ from. */
function orders(count: number): Interaction[] {
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

describe('the co-purchase λ chosen from the orders', () => {
  it('is a doubling of the configured one, and the weights are those learned with it', () => {
    const interactions = orders(400);
    const chosen = train(undefined, interactions, { ridge: { coPurchaseLambda: 3 } });
    const lambda = modelStats(chosen).coPurchaseLambda;
    // These loose aisles want far more shrinkage than 3: the climb leaves it.
    expect(lambda).not.toBe(3);
    expect(Array.from({ length: 15 }, (_, step) => 3 * 2 ** (step - 7))).toContain(lambda);
    const fixed = train(undefined, interactions, {
      ridge: { coPurchaseLambda: lambda, chooseCoPurchaseLambda: false },
    });
    expect(modelStats(fixed).coPurchaseLambda).toBe(lambda);
    expect(chosen.coPurchaseLearned.items).toEqual(fixed.coPurchaseLearned.items);
    expect(chosen.coPurchaseLearned.scores).toEqual(fixed.coPurchaseLearned.scores);
  });

  it('is the configured one when asked, or with too few orders to choose from', () => {
    const off = train(undefined, orders(400), {
      ridge: { coPurchaseLambda: 3, chooseCoPurchaseLambda: false },
    });
    expect(modelStats(off).coPurchaseLambda).toBe(3);
    expect(
      modelStats(train(undefined, orders(150), { ridge: { coPurchaseLambda: 3 } })).coPurchaseLambda,
    ).toBe(3);
  });
});
