import { describe, expect, it } from 'vitest';
import type { Product } from '../types.js';
import { DAY_MS, SYNTHETIC_NOW } from './defaults.js';
import { generateCatalog } from './generateCatalog.js';

const leafOf = (product: Product) => product.category?.[1] ?? '';
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

describe('generateCatalog', () => {
  const catalog = generateCatalog({ seed: 7, products: 4_000 });

  it('gives the same catalog for the same seed and a different one for another seed', () => {
    expect(generateCatalog({ seed: 7, products: 300 })).toEqual(generateCatalog({ seed: 7, products: 300 }));
    const other = generateCatalog({ seed: 8, products: 300 });
    const same = generateCatalog({ seed: 7, products: 300 });
    expect(other.map((p) => p.title)).not.toEqual(same.map((p) => p.title));
  });

  it('makes exactly the number of products asked, with unique ids and every field filled', () => {
    expect(catalog).toHaveLength(4_000);
    expect(new Set(catalog.map((p) => p.id)).size).toBe(4_000);
    for (const product of catalog) {
      expect(product.title.length).toBeGreaterThan(10);
      expect(product.description?.length).toBeGreaterThan(40);
      expect(product.category).toHaveLength(2);
      expect(product.brand).toBeTruthy();
      expect(product.tags?.length).toBeGreaterThanOrEqual(2);
      expect(product.price).toBeGreaterThan(0);
      expect(typeof product.attributes?.colour).toBe('string');
      expect(typeof product.attributes?.material).toBe('string');
    }
    expect(generateCatalog({ seed: 1, products: 1 })).toHaveLength(1);
  });

  it('spreads a large catalog over dozens of leaf categories and keeps a small one dense', () => {
    expect(new Set(catalog.map(leafOf)).size).toBe(64);
    expect(new Set(catalog.map((p) => p.category?.[0])).size).toBe(8);
    const small = generateCatalog({ seed: 7, products: 12 });
    expect(new Set(small.map(leafOf)).size).toBe(3);
  });

  it('describes products with the words of their category, so content similarity has signal', () => {
    const text = (p: Product) => `${p.title} ${p.description}`.toLowerCase();
    const tents = catalog.filter((p) => leafOf(p) === 'Tents');
    const beans = catalog.filter((p) => leafOf(p) === 'Coffee beans');
    expect(tents.length).toBeGreaterThan(50);
    expect(tents.every((p) => text(p).includes('tent'))).toBe(true);
    expect(beans.every((p) => text(p).includes('coffee'))).toBe(true);
    expect(tents.filter((p) => text(p).includes('coffee'))).toHaveLength(0);
  });

  it('prices each category around its own level', () => {
    const prices = (leaf: string) => catalog.filter((p) => leafOf(p) === leaf).map((p) => p.price ?? 0);
    expect(median(prices('Bikes'))).toBeGreaterThan(2 * median(prices('Tents')));
    expect(median(prices('Tents'))).toBeGreaterThan(5 * median(prices('Hiking socks')));
  });

  it('spreads launches over two years with a batch of new arrivals in the last three weeks', () => {
    const ages = catalog.map((p) => (SYNTHETIC_NOW - (p.launchedAt as number)) / DAY_MS);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(730);
    const fresh = ages.filter((age) => age < 21).length / ages.length;
    expect(fresh).toBeGreaterThan(0.04);
    expect(fresh).toBeLessThan(0.09);
    expect(ages.filter((age) => age > 365).length / ages.length).toBeGreaterThan(0.35);
  });

  it('leaves about 5% of products unavailable', () => {
    const share = catalog.filter((p) => p.available === false).length / catalog.length;
    expect(share).toBeGreaterThan(0.03);
    expect(share).toBeLessThan(0.07);
  });

  it('launches relative to the given now', () => {
    const now = Date.UTC(2030, 0, 1);
    for (const product of generateCatalog({ seed: 3, products: 200, now })) {
      expect(product.launchedAt as number).toBeLessThanOrEqual(now);
      expect(product.launchedAt as number).toBeGreaterThan(now - 731 * DAY_MS);
    }
  });

  it('names the option that is wrong', () => {
    expect(() => generateCatalog({ seed: 1, products: 0 })).toThrow(
      'aisle-engine: generateCatalog: option "products" must be between 1 and 10000000, got 0',
    );
    expect(() => generateCatalog({ seed: 1.5, products: 10 })).toThrow(
      'generateCatalog: option "seed" must be an integer, got 1.5',
    );
    expect(() => generateCatalog({ seed: 1, products: Number.NaN })).toThrow(
      'generateCatalog: option "products" must be a finite number, got NaN',
    );
  });
});
