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

  it('asks frequently bought together for each later order of two products or more, less one of them', () => {
    const metrics = evaluateHoldout(store.catalog, interactions, {}, { fraction: 0.05, maxOrders: 200 })!;
    const later = interactions.slice().sort((a, b) => a.timestamp - b.timestamp);
    const cutoff = later[Math.floor(later.length * 0.95)]!.timestamp;
    const linesOf = new Map<string, Set<string>>();
    for (const event of interactions) {
      if (event.type !== 'purchase' || event.orderId === undefined || event.timestamp < cutoff) continue;
      linesOf.set(event.orderId, (linesOf.get(event.orderId) ?? new Set()).add(event.productId));
    }
    const askable = [...linesOf.values()].filter((lines) => lines.size >= 2).length;
    expect(askable).toBeGreaterThan(0);
    expect(metrics.baskets!.orders).toBe(Math.min(askable, 200));
    const { 'frequently-bought-together': together, 'best-selling': baseline } = metrics.baskets!.hitRate;
    expect(together).toBeGreaterThan(baseline!);
    expect(together).toBeLessThanOrEqual(1);
  });

  it('gives no basket metrics when no later order has two products', () => {
    const views = interactions.filter((event) => event.type !== 'purchase');
    const metrics = evaluateHoldout(store.catalog, views, {}, { fraction: 0.05 });
    expect(metrics).not.toBeNull();
    expect(metrics!.baskets).toBeNull();
  });

  it('gives no metrics for fewer than 200 events', () => {
    expect(evaluateHoldout(store.catalog, interactions.slice(0, 199), {})).toBeNull();
  });
});
