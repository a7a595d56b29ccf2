import { describe, expect, it } from 'vitest';
import { buildRequests } from '../bench/buildRequests.js';
import { USAGE } from '../cli/usage.js';
import { DEFAULT_CONFIG } from '../config/defaultConfig.js';
import { createRandom } from '../synthetic/createRandom.js';
import { validateRecommendRequest } from '../validateRecommendRequest.js';
import { getList, isListName, LIST_NAMES, LISTS } from './listRegistry.js';

describe('the list registry', () => {
  it('names each list once, with everything a list must say about itself', () => {
    expect(new Set(LIST_NAMES).size).toBe(LISTS.length);
    for (const list of LISTS) {
      expect(list.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(list.heading.length).toBeGreaterThan(0);
      expect(list.summary.length).toBeGreaterThan(0);
      expect(['none', 'product', 'basket', 'shopper']).toContain(list.context);
      expect(typeof list.generate).toBe('function');
      for (const fallback of list.fallback) expect(isListName(fallback)).toBe(true);
      expect(getList(list.name)).toBe(list);
    }
  });

  it('is where the default fallback chains, validation and the CLI help come from', () => {
    for (const list of LISTS) {
      expect(DEFAULT_CONFIG.fallback[list.name]).toEqual([...list.fallback]);
      expect(validateRecommendRequest({ list: list.name }).list).toBe(list.name);
      expect(USAGE).toContain(`${list.name} `);
      expect(USAGE).toContain(list.summary);
    }
    expect(() => validateRecommendRequest({ list: 'not-a-list' as never })).toThrow(/list must be one of/);
    expect(isListName('not-a-list')).toBe(false);
    expect(() => getList('not-a-list' as never)).toThrow('"not-a-list" is not a list');
  });

  it("gives the bench each list's context: a product, a basket, a shopper or none", () => {
    const sample = { products: ['p1', 'p2'], users: ['u1'] };
    for (const list of LISTS) {
      const [request] = buildRequests(list.name, 1, sample, [{ id: 'p1', title: 'P' }], createRandom(3));
      expect(request!.productId !== undefined).toBe(list.context === 'product');
      expect(request!.basket !== undefined).toBe(list.context === 'basket');
      expect(request!.userId !== undefined).toBe(list.context === 'shopper');
    }
  });
});
