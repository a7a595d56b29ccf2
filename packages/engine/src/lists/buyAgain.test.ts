import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommend } from '../recommend.js';
import { deserializeModel } from '../serialize/deserializeModel.js';
import { serializeModel } from '../serialize/serializeModel.js';
import { train } from '../train.js';
import type { Interaction, Product } from '../types.js';
import { updateModel } from '../updateModel.js';
import type { PurchaseRhythm } from './buyAgain.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);
const PRODUCTS: Product[] = ['milk', 'coffee', 'soap', 'tent', 'filters'].map((id) => ({
  id,
  title: id[0]!.toUpperCase() + id.slice(1),
  category: [id === 'tent' ? 'Outdoor' : 'Grocery'],
}));
const buy = (userId: string, productId: string, daysAgo: number, hour = 10): Interaction => ({
  userId,
  productId,
  type: 'purchase',
  timestamp: NOW - daysAgo * DAY + hour * 3_600_000,
});

/** Ann buys milk every 7 days (last 7 days ago: due), coffee every 30 (last 3 days ago: not due), soap every 14
 * (last 20 days ago: a bit late), the tent once. */
const history: Interaction[] = [
  ...[63, 56, 49, 42, 35, 28, 21, 14, 7].map((d) => buy('ann', 'milk', d)),
  ...[93, 63, 33, 3].map((d) => buy('ann', 'coffee', d)),
  ...[48, 34, 20].map((d) => buy('ann', 'soap', d)),
  buy('ann', 'soap', 20, 11),
  buy('ann', 'tent', 40),
  buy('bob', 'milk', 10),
  { userId: 'ann', productId: 'filters', type: 'view' as const, timestamp: NOW - DAY },
].sort((a, b) => a.timestamp - b.timestamp);
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('buy-again', () => {
  it('serves what the shopper bought, the most due first, with their rhythm as the reason', () => {
    const model = train(PRODUCTS, history);
    const result = recommend(model, { list: 'buy-again', userId: 'ann', now: NOW });
    // Milk is due today, soap a bit late; coffee was just bought (a 30-day rhythm), the tent once long ago.
    expect(ids(result.items).slice(0, 2)).toEqual(['milk', 'soap']);
    expect(new Set(ids(result.items))).toEqual(new Set(['milk', 'soap', 'coffee', 'tent']));
    const reasons = new Map(result.items.map((item) => [item.id, item.reasons[0]!]));
    expect(reasons.get('milk')).toEqual({ kind: 'buy-again', text: 'You buy this every ~7 days' });
    expect(reasons.get('soap')!.text).toBe('You buy this every ~14 days');
    expect(reasons.get('coffee')!.text).toBe('You buy this every ~30 days');
    expect(reasons.get('tent')!.text).toBe('You bought this 40 days ago');
    // Viewed is not bought; a stranger gets nothing (no fallback by default).
    expect(ids(result.items)).not.toContain('filters');
    expect(ids(recommend(model, { list: 'buy-again', userId: 'bob', now: NOW }).items)).toEqual(['milk']);
    expect(recommend(model, { list: 'buy-again', userId: 'nobody' }).items).toEqual([]);
    const grocery = recommend(model, {
      list: 'buy-again',
      userId: 'ann',
      category: 'Grocery',
      limit: 1,
      now: NOW,
    });
    expect(ids(grocery.items)).toEqual(['milk']);
  });

  it('a purchase since training makes the product not due again', () => {
    const model = train(PRODUCTS, history);
    const request = { list: 'buy-again' as const, userId: 'ann', now: NOW + 10 * 3_600_000 };
    const milk = (items: { id: string; score: number }[]) => items.find((item) => item.id === 'milk')!.score;
    const before = recommend(model, request).items;
    expect(before[0]!.id).toBe('milk');
    updateModel(model, [buy('ann', 'milk', 0, 9)]);
    const after = recommend(model, request).items;
    expect(ids(after).indexOf('milk')).toBeGreaterThan(1);
    expect(milk(after)).toBeLessThan(0.2 * milk(before));
  });

  it('trains against a naive count of purchase days, intervals and last purchases', () => {
    const event = fc.record({
      user: fc.integer({ min: 0, max: 3 }),
      item: fc.integer({ min: 0, max: 4 }),
      day: fc.integer({ min: 0, max: 60 }),
      hour: fc.integer({ min: 0, max: 23 }),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        const log = events
          .map(({ user, item, day, hour }) => buy(`u${user}`, PRODUCTS[item]!.id, day, hour))
          .sort((a, b) => a.timestamp - b.timestamp);
        const model = train(PRODUCTS, log);
        const data = model.lists['buy-again'] as PurchaseRhythm;
        const got: string[] = [];
        model.userIds.forEach((userId, u) => {
          for (let k = data.start[u]!; k < data.start[u + 1]!; k++) {
            const id = model.catalog.ids[data.items[k]!];
            got.push(`${userId} ${id} ${data.days[k]} ${data.lastAt[k]} ${data.intervalDays[k]!.toFixed(3)}`);
          }
        });
        const expected: string[] = [];
        const perProduct = PRODUCTS.map(() => ({ buyers: 0, repeaters: 0, span: 0, gaps: 0 }));
        let pairs = 0;
        let repeatPairs = 0;
        for (const userId of model.userIds) {
          PRODUCTS.forEach((product, p) => {
            const times = log
              .filter((e) => e.userId === userId && e.productId === product.id)
              .map((e) => e.timestamp);
            if (times.length === 0) return;
            const days = new Set(times.map((time) => Math.floor(time / DAY))).size;
            const span = (Math.max(...times) - Math.min(...times)) / DAY;
            const interval = days >= 2 ? Math.max(span / (days - 1), 1) : 0;
            const last = Math.floor(Math.max(...times) / 1000);
            expected.push(`${userId} ${product.id} ${days} ${last} ${Math.fround(interval).toFixed(3)}`);
            pairs++;
            perProduct[p]!.buyers++;
            if (days < 2) return;
            repeatPairs++;
            perProduct[p]!.repeaters++;
            perProduct[p]!.span += span;
            perProduct[p]!.gaps += days - 1;
          });
        }
        expect(got).toEqual(expected);
        const shopRate = pairs === 0 ? 0 : repeatPairs / pairs;
        perProduct.forEach((product, p) => {
          const rate = (product.repeaters + 5 * shopRate) / (product.buyers + 5);
          expect(data.productRepeatRate[p]).toBeCloseTo(rate, 5);
          const interval = product.gaps > 0 ? Math.max(product.span / product.gaps, 1) : 0;
          expect(data.productIntervalDays[p]).toBeCloseTo(interval, 3);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('keeps its data through a snapshot, and a snapshot from before it loads and serves nothing', () => {
    const model = train(PRODUCTS, history);
    const loaded = deserializeModel(serializeModel(model));
    expect(recommend(loaded, { list: 'buy-again', userId: 'ann', now: NOW })).toEqual(
      recommend(model, { list: 'buy-again', userId: 'ann', now: NOW }),
    );
    const older = { ...model, lists: undefined } as unknown as typeof model;
    const fromOlder = deserializeModel(serializeModel(older));
    expect(recommend(fromOlder, { list: 'buy-again', userId: 'ann' }).items).toEqual([]);
    expect(recommend(fromOlder, { list: 'picks-for-you', userId: 'ann' }).items.length).toBeGreaterThan(0);
  });
});
