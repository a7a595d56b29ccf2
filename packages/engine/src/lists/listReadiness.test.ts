import { describe, expect, it } from 'vitest';
import { PRODUCTS, interactions } from '../__tests__/tinyStore.js';
import { DEFAULT_CONFIG } from '../config/defaultConfig.js';
import { train } from '../train.js';
import type { ReadinessFacts } from './ListDescriptor.js';
import { listReadiness } from './listReadiness.js';
import { LIST_NAMES } from './listRegistry.js';
import { readinessFacts } from './readinessFacts.js';

const found: Record<string, number> = { new: 40, 'best-selling': 100, trending: 25 };
const ready: ReadinessFacts = {
  model: null,
  config: DEFAULT_CONFIG,
  products: 1000,
  coverage: { behaviour: 0.8, coPurchase: 0.3, content: 0.9 },
  views: 5000,
  viewedProducts: 900,
  mapped: { launchDate: true, content: true },
  ownItems: (list) => found[list] ?? 0,
};
const withModel = (facts: ReadinessFacts) =>
  listReadiness(facts).map((entry) => ({ ...entry, requirements: entry.requirements.slice(1) }));
const byList = (facts: ReadinessFacts) =>
  new Map(listReadiness(facts).map((health) => [health.list, health]));

describe('listReadiness', () => {
  it('names every list in the registry order, a trained model first among its requirements', () => {
    const health = listReadiness(ready);
    expect(health.map((entry) => entry.list)).toEqual(LIST_NAMES);
    for (const entry of health) expect(entry.requirements[0]).toEqual({ kind: 'model', have: 0, need: 1 });
  });

  it('with a model and every requirement met, the lists that do not count their own data are ready', () => {
    const model = train(PRODUCTS, interactions());
    const health = withModel({ ...ready, model });
    expect(
      health.filter((entry) => entry.list !== 'buy-again').map((entry) => [entry.list, entry.items]),
    ).toEqual([
      ['new', 40],
      ['best-selling', 100],
      ['trending', 25],
      ['people-also-like', 800],
      ['frequently-bought-together', 300],
      ['picks-for-you', 800],
      ['recently-viewed', 900],
      ['similar', 900],
    ]);
    const statuses = byList({ ...ready, model });
    for (const list of LIST_NAMES.filter((name) => name !== 'buy-again')) {
      expect(statuses.get(list)).toMatchObject({ status: 'ready', readiness: 1 });
    }
  });

  it('gives the share met: half of the bought-together target and no model make 25 %', () => {
    const fbt = byList({ ...ready, coverage: { ...ready.coverage, coPurchase: 0.1 } }).get(
      'frequently-bought-together',
    );
    expect(fbt).toMatchObject({ status: 'not-enough-data', readiness: 0.25, items: 100 });
    expect(fbt?.requirements[1]).toEqual({ kind: 'bought-together-share', have: 0.1, need: 0.2 });
  });

  it('counts products in the list window against a carousel row, with the window in days', () => {
    const best = byList({ ...ready, ownItems: () => 1 }).get('best-selling');
    expect(best?.requirements[1]).toEqual({ kind: 'sold-products', have: 1, need: 4, days: 30 });
    expect(best?.readiness).toBe(0.13);
  });

  it('disables the lists whose field is not mapped, however much data there is', () => {
    const model = train(PRODUCTS, interactions());
    const health = byList({ ...ready, model, mapped: { launchDate: false, content: false } });
    expect(health.get('new')?.status).toBe('disabled');
    expect(health.get('similar')?.status).toBe('disabled');
    expect(health.get('best-selling')?.status).toBe('ready');
  });

  it('readinessFacts counts from the model what each list serves by itself, and its coverage', () => {
    const model = train(PRODUCTS, interactions());
    const facts = readinessFacts({ ...ready, model });
    expect(facts.ownItems('best-selling', 'best-selling')).toBeGreaterThan(0);
    expect(facts.ownItems('best-selling', 'no-such-reason')).toBe(0);
    expect(facts.coverage.behaviour).toBeGreaterThan(0);
    expect(readinessFacts({ ...ready, model: null }).ownItems('new')).toBe(0);
  });
});
