import { generateStore } from '@aisle/engine/synthetic';
import { describe, expect, it } from 'vitest';

import { evaluateHoldout } from './evaluateHoldout';

describe('evaluateHoldout', () => {
  const store = generateStore({ products: 200, shoppers: 300, interactions: 20_000, seed: 3 });
  const interactions = [...store.interactions()];

  it('holds out the most recent events and measures each list on their shoppers', () => {
    const metrics = evaluateHoldout(
      store.catalog,
      interactions,
      {},
      { fraction: 0.05, maxUsers: 100, k: 10 },
    );
    expect(metrics).not.toBeNull();
    expect(metrics!.k).toBe(10);
    expect(metrics!.users).toBe(100);
    expect(metrics!.holdoutEvents).toBeGreaterThanOrEqual(interactions.length * 0.05 - 1);
    expect(metrics!.holdoutEvents).toBeLessThan(interactions.length * 0.06);
    for (const list of ['picks-for-you', 'best-selling']) {
      expect(metrics!.hitRate[list]).toBeGreaterThan(0);
      expect(metrics!.hitRate[list]).toBeLessThanOrEqual(1);
    }
  });

  it('gives no metrics for fewer than 200 events', () => {
    expect(evaluateHoldout(store.catalog, interactions.slice(0, 199), {})).toBeNull();
  });
});
