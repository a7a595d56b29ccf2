import { DEFAULT_CONFIG } from '@aisle/engine';
import { describe, expect, it } from 'vitest';

import type { ReadinessInput } from './listReadiness';
import { listReadiness } from './listReadiness';

const ready: ReadinessInput = {
  hasModel: true,
  products: 1000,
  found: { new: 40, bestSelling: 100, trending: 25 },
  coverage: { behaviour: 0.8, coPurchase: 0.3, content: 0.9 },
  views: 5000,
  viewedProducts: 900,
  mapped: { launchDate: true, content: true },
  windows: DEFAULT_CONFIG.windows,
};

const byList = (input: ReadinessInput) =>
  new Map(listReadiness(input).map((health) => [health.list, health]));

describe('listReadiness', () => {
  it('calls every list ready when each requirement is met, with the products each draws from', () => {
    const health = listReadiness(ready);
    expect(health.map((entry) => [entry.list, entry.status, entry.readiness, entry.items])).toEqual([
      ['new', 'ready', 1, 40],
      ['best-selling', 'ready', 1, 100],
      ['trending', 'ready', 1, 25],
      ['people-also-like', 'ready', 1, 800],
      ['frequently-bought-together', 'ready', 1, 300],
      ['picks-for-you', 'ready', 1, 800],
      ['recently-viewed', 'ready', 1, 900],
      ['similar', 'ready', 1, 900],
    ]);
  });

  it('without a model, nothing is ready and the model is what each list misses', () => {
    const health = listReadiness({
      ...ready,
      hasModel: false,
      found: { new: 0, bestSelling: 0, trending: 0 },
      coverage: { behaviour: 0, coPurchase: 0, content: 0 },
    });
    for (const entry of health) {
      expect(entry.status).toBe('not-enough-data');
      expect(entry.requirements[0]).toEqual({ kind: 'model', have: 0, need: 1 });
    }
  });

  it('gives the share met: half of the bought-together target and a model make 75 %', () => {
    const fbt = byList({ ...ready, coverage: { ...ready.coverage, coPurchase: 0.1 } }).get(
      'frequently-bought-together',
    );
    expect(fbt).toMatchObject({ status: 'not-enough-data', readiness: 0.75, items: 100 });
    expect(fbt?.requirements[1]).toEqual({ kind: 'bought-together-share', have: 0.1, need: 0.2 });
  });

  it('counts products in the list window against a carousel row, with the window in days', () => {
    const best = byList({ ...ready, found: { ...ready.found, bestSelling: 1 } }).get('best-selling');
    expect(best).toMatchObject({ status: 'not-enough-data', readiness: 0.63 });
    expect(best?.requirements[1]).toEqual({ kind: 'sold-products', have: 1, need: 4, days: 30 });
  });

  it('disables the lists whose field is not mapped, however much data there is', () => {
    const health = byList({ ...ready, mapped: { launchDate: false, content: false } });
    expect(health.get('new')?.status).toBe('disabled');
    expect(health.get('similar')?.status).toBe('disabled');
    expect(health.get('best-selling')?.status).toBe('ready');
  });
});
