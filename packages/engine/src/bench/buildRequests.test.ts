import { describe, expect, it } from 'vitest';
import { createRandom, generateCatalog } from '../synthetic/index.js';
import { LIST_NAMES } from '../lists/listRegistry.js';
import { validateRecommendRequest } from '../validateRecommendRequest.js';
import { buildRequests } from './buildRequests.js';

const catalog = generateCatalog({ seed: 1, products: 300 });
const sample = { products: catalog.slice(0, 50).map((p) => p.id), users: ['u1', 'u2', 'u3'] };

describe('buildRequests', () => {
  it('gives every list the context it serves from, in valid requests', () => {
    for (const list of LIST_NAMES) {
      const requests = buildRequests(list, 300, sample, catalog, createRandom(3));
      expect(requests).toHaveLength(300);
      for (const request of requests) expect(validateRecommendRequest(request)).toEqual(request);
      if (list === 'people-also-like' || list === 'similar') {
        expect(requests.every((r) => sample.products.includes(r.productId ?? ''))).toBe(true);
      }
      if (list === 'frequently-bought-together') {
        const sizes = new Set(requests.map((r) => r.basket?.length));
        expect([...sizes].sort()).toEqual([1, 2, 3, 4, 5]);
      }
      if (list === 'picks-for-you' || list === 'recently-viewed') {
        const known = requests.filter((r) => sample.users.includes(r.userId ?? '')).length;
        expect(known).toBeGreaterThan(250);
        expect(known).toBeLessThan(300);
      }
      if (list === 'new' || list === 'best-selling' || list === 'trending') {
        const withCategory = requests.filter((r) => r.category !== undefined).length;
        expect(withCategory).toBeGreaterThan(100);
        expect(withCategory).toBeLessThan(200);
      }
    }
  });

  it('is deterministic for a seed', () => {
    const a = buildRequests('frequently-bought-together', 50, sample, catalog, createRandom(9));
    const b = buildRequests('frequently-bought-together', 50, sample, catalog, createRandom(9));
    expect(a).toEqual(b);
  });
});
