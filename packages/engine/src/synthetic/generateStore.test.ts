import { describe, expect, it } from 'vitest';
import { SYNTHETIC_NOW } from './defaults.js';
import { generateStore } from './generateStore.js';
import { STORE_PRESETS, STORE_SIZES } from './storePresets.js';

const take = <T>(iterable: Iterable<T>, n: number): T[] => {
  const out: T[] = [];
  for (const item of iterable) {
    if (out.length === n) break;
    out.push(item);
  }
  return out;
};

describe('generateStore', () => {
  it('documents three preset sizes, ten times apart', () => {
    expect(STORE_SIZES).toEqual(['small', 'medium', 'large']);
    expect(STORE_PRESETS.small).toEqual({ products: 1_000, shoppers: 2_000, interactions: 100_000 });
    expect(STORE_PRESETS.medium).toEqual({ products: 10_000, shoppers: 100_000, interactions: 1_000_000 });
    expect(STORE_PRESETS.large).toEqual({ products: 100_000, shoppers: 1_000_000, interactions: 10_000_000 });
  });

  it('builds the small store by default, with interactions that can be replayed', () => {
    const store = generateStore();
    expect(store.options).toEqual({
      seed: 1,
      size: 'small',
      products: 1_000,
      shoppers: 2_000,
      interactions: 100_000,
      days: 120,
      now: SYNTHETIC_NOW,
    });
    expect(store.catalog).toHaveLength(1_000);
    const first = take(store.interactions(), 2_000);
    expect(first).toHaveLength(2_000);
    expect(take(store.interactions(), 2_000)).toEqual(first);
    const ids = new Set(store.catalog.map((p) => p.id));
    expect(first.every((event) => ids.has(event.productId))).toBe(true);
  });

  it('lets explicit dimensions override the preset', () => {
    const store = generateStore({
      size: 'large',
      products: 50,
      shoppers: 20,
      interactions: 500,
      seed: 4,
      days: 30,
    });
    expect(store.options.size).toBe('custom');
    expect(store.catalog).toHaveLength(50);
    const all = [...store.interactions()];
    expect(all.length).toBeGreaterThan(450);
    expect(all.length).toBeLessThan(550);
    const registered = new Set(all.map((event) => event.userId).filter((id) => id.startsWith('u')));
    expect(registered.size).toBeLessThanOrEqual(20);
  });

  it('names a wrong option before generating anything', () => {
    expect(() => generateStore({ size: 'huge' as 'small' })).toThrow(
      'aisle-engine: generateStore: option "size" must be one of small, medium, large, got "huge"',
    );
    expect(() => generateStore({ shoppers: 0 })).toThrow(
      'option "shoppers" must be between 1 and 50000000, got 0',
    );
    expect(() => generateStore({ days: 0 })).toThrow('generateStore: option "days" must be between');
  });
});
