import { describe, expect, it } from 'vitest';
import { PRODUCTS, interactions } from './__tests__/tinyStore.js';
import { recommend } from './recommend.js';
import { train } from './train.js';
import type { RecommendRequest, RuleSet } from './types.js';

const model = train(PRODUCTS, interactions());
const ids = (result: { items: { id: string }[] }): string[] => result.items.map((item) => item.id);
const bestSelling: RecommendRequest = { list: 'best-selling', fallback: [] };
const plain = ids(recommend(model, bestSelling));

describe('merchandising rules', () => {
  it('the unadjusted best sellers, for reference', () => {
    // tent-xl sold nothing but was viewed: it follows the sellers as "popular".
    expect(plain).toEqual(['tent', 'bag', 'kettle', 'stove', 'mug', 'tent-xl']);
    expect(recommend(model, bestSelling).items[5]!.reasons[0]).toMatchObject({
      kind: 'popular',
      text: 'Popular in Tents',
    });
  });

  it('pins a product at a 1-based position and reports it', () => {
    const ruleSets: RuleSet[] = [
      { id: 'r1', list: 'best-selling', pins: [{ productId: 'mug', position: 1 }] },
    ];
    const result = recommend(model, bestSelling, { ruleSets });
    expect(ids(result)).toEqual(['mug', 'tent', 'bag', 'kettle', 'stove', 'tent-xl']);
    expect(result.items[0]!.source).toBe('pinned');
    expect(result.effects).toContainEqual(
      expect.objectContaining({ ruleSetId: 'r1', action: 'pin', productId: 'mug' }),
    );
  });

  it('a pin beyond the end goes last; a pin of an unavailable or unknown product is skipped with a reason', () => {
    const ruleSets: RuleSet[] = [
      {
        id: 'r1',
        list: 'best-selling',
        pins: [
          { productId: 'tent', position: 50 },
          { productId: 'lamp', position: 1 },
          { productId: 'ghost', position: 2 },
        ],
      },
    ];
    const result = recommend(model, bestSelling, { ruleSets });
    expect(ids(result)).toEqual([...plain.slice(1), 'tent']);
    expect(result.effects.filter((effect) => effect.detail.includes('skipped'))).toHaveLength(2);
  });

  it('excludes by product and by attribute', () => {
    const ruleSets: RuleSet[] = [
      { id: 'r1', list: 'best-selling', exclude: [{ productId: 'tent' }, { brand: 'Flame' }] },
    ];
    const result = recommend(model, bestSelling, { ruleSets });
    expect(ids(result)).toEqual(['bag', 'kettle', 'tent-xl']);
    expect(
      result.effects.filter((effect) => effect.action === 'exclude').map((effect) => effect.productId),
    ).toEqual(['tent', 'stove', 'mug']);
  });

  it('boosts and buries by attribute multiply the score', () => {
    const ruleSets: RuleSet[] = [
      {
        id: 'r1',
        list: 'best-selling',
        boosts: [
          { match: { category: 'Kitchen' }, factor: 10 },
          { match: { tag: 'camping', maxPrice: 180 }, factor: 0.1 },
        ],
      },
    ];
    const result = recommend(model, bestSelling, { ruleSets });
    expect(ids(result)).toEqual(['kettle', 'mug', 'tent', 'bag', 'tent-xl', 'stove']);
    expect(result.effects.map((effect) => effect.action)).toEqual(['bury', 'boost', 'bury', 'boost']);
  });

  it('filters by price and category, and keeps unavailable products out unless told otherwise', () => {
    expect(ids(recommend(model, { ...bestSelling, filters: { maxPrice: 100 } }))).toEqual([
      'kettle',
      'stove',
      'mug',
    ]);
    expect(ids(recommend(model, { ...bestSelling, filters: { category: 'kitchen' } }))).toEqual([
      'kettle',
      'mug',
    ]);
    const withLamp = train(PRODUCTS, [
      ...interactions(),
      { userId: 'x', productId: 'lamp', type: 'purchase', timestamp: Date.UTC(2026, 4, 30), orderId: 'lamp' },
    ]);
    expect(ids(recommend(withLamp, bestSelling))).not.toContain('lamp');
    expect(ids(recommend(withLamp, { ...bestSelling, filters: { availableOnly: false } }))).toContain('lamp');
  });

  it('never recommends the current product or the basket, nor what the request excludes', () => {
    const result = recommend(model, {
      list: 'best-selling',
      productId: 'tent',
      basket: ['bag'],
      exclude: ['kettle'],
    });
    expect(ids(result)).not.toContain('tent');
    expect(ids(result)).not.toContain('bag');
    expect(ids(result)).not.toContain('kettle');
  });

  it('caps diversity per brand', () => {
    const ruleSets: RuleSet[] = [{ id: 'd', list: '*', diversity: { maxPerBrand: 1 } }];
    const result = recommend(model, bestSelling, { ruleSets });
    // tent (Peak), bag (Nord), kettle (Home), stove (Flame); mug is a second Flame.
    expect(ids(result)).toEqual(['tent', 'bag', 'kettle', 'stove']);
  });

  it('limits the list: request first, then the most specific rule set, at most 100', () => {
    expect(recommend(model, { ...bestSelling, limit: 2 }).items).toHaveLength(2);
    const ruleSets: RuleSet[] = [
      { id: 'a', list: 'best-selling', limit: 4 },
      { id: 'b', list: 'best-selling', scope: { category: 'Kitchen' }, limit: 1 },
    ];
    expect(recommend(model, bestSelling, { ruleSets }).items).toHaveLength(4);
    expect(recommend(model, { ...bestSelling, category: 'Kitchen' }, { ruleSets }).items).toHaveLength(1);
  });

  it('applies rules only in their scope, list and time', () => {
    const ruleSets: RuleSet[] = [
      {
        id: 'p',
        list: 'frequently-bought-together',
        scope: { productId: 'tent' },
        exclude: [{ productId: 'bag' }],
      },
      { id: 'other-list', list: 'trending', exclude: [{ productId: 'stove' }] },
      { id: 'expired', list: '*', activeUntil: Date.UTC(2020, 0, 1), exclude: [{ productId: 'stove' }] },
    ];
    const fbt = (productId: string): string[] =>
      ids(recommend(model, { list: 'frequently-bought-together', productId, fallback: [] }, { ruleSets }));
    expect(fbt('tent')).toEqual(['stove']);
    expect(fbt('stove')).toContain('bag');
  });

  it('is deterministic', () => {
    const ruleSets: RuleSet[] = [
      {
        id: 'x',
        list: '*',
        boosts: [{ match: { brand: 'Peak' }, factor: 2 }],
        pins: [{ productId: 'mug', position: 2 }],
      },
    ];
    const first = recommend(model, { list: 'people-also-like', productId: 'bag' }, { ruleSets });
    const second = recommend(model, { list: 'people-also-like', productId: 'bag' }, { ruleSets });
    expect(second).toEqual(first);
  });

  it('an exclusion or a filter of any rule set wins over a pin or a boost of another, and says which rule won', () => {
    // Rule set A pins the mug first on every list; B, saved later, excludes it (a recall); C filters out
    // everything under 50.
    const pinned: RuleSet = {
      id: 'a',
      list: '*',
      pins: [{ productId: 'mug', position: 1 }],
      boosts: [{ match: { productId: 'mug' }, factor: 10 }],
    };
    const recalled: RuleSet = { id: 'b', list: 'best-selling', exclude: [{ productId: 'mug' }] };
    const result = recommend(model, bestSelling, { ruleSets: [pinned, recalled] });
    expect(ids(result)).not.toContain('mug');
    expect(result.items[0]!.source).not.toBe('pinned');
    expect(result.effects).toContainEqual({
      ruleSetId: 'a',
      action: 'pin',
      productId: 'mug',
      detail: 'pin of Enamel mug overridden by an exclusion of rule set b',
      overriddenBy: 'b',
    });
    expect(result.effects.filter((effect) => effect.action === 'boost')).toEqual([]);
    const cheapOut: RuleSet = { id: 'c', list: '*', filters: { minPrice: 50 } };
    const filtered = recommend(model, bestSelling, { ruleSets: [pinned, cheapOut] });
    expect(ids(filtered)).not.toContain('mug');
    expect(filtered.effects).toContainEqual(expect.objectContaining({ action: 'pin', overriddenBy: 'c' }));
    // The request's own filter wins too; without any conflict the pin holds.
    const asked = recommend(model, { ...bestSelling, filters: { maxPrice: 10 } }, { ruleSets: [pinned] });
    expect(asked.effects).toContainEqual(expect.objectContaining({ action: 'pin', overriddenBy: 'request' }));
    expect(ids(recommend(model, bestSelling, { ruleSets: [pinned] }))[0]).toBe('mug');
  });
});
