import { describe, expect, it } from 'vitest';
import { modelStats } from '../modelStats.js';
import { train } from '../train.js';
import { looseAisleOrders as orders } from '../__tests__/looseAisleOrders.js';

describe('the co-purchase λ chosen from the orders', () => {
  it('is on the grid of half doublings of the configured one, and the weights are those learned with it', () => {
    const interactions = orders(400);
    const chosen = train(undefined, interactions, { ridge: { coPurchaseLambda: 3 } });
    const lambda = modelStats(chosen).coPurchaseLambda;
    // These loose aisles want far more shrinkage than 3: the climb leaves it.
    expect(lambda).not.toBe(3);
    // 3 · 2^(s/2) for a whole s: the climb doubles, then takes half a step (× √2) either side when better.
    const halfSteps = 2 * Math.log2(lambda / 3);
    expect(Math.abs(halfSteps - Math.round(halfSteps))).toBeLessThan(1e-9);
    expect(Math.abs(halfSteps)).toBeLessThanOrEqual(15);
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
