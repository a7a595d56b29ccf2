import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommend } from '../recommend.js';
import { deserializeModel } from '../serialize/deserializeModel.js';
import { serializeModel } from '../serialize/serializeModel.js';
import { train } from '../train.js';
import type { Interaction, Product } from '../types.js';
import { updateModel } from '../updateModel.js';
import type { RepeatPurchases } from './buyAgain.js';

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
  it("serves the shopper's repeat products, the most due first, with their rhythm as the reason", () => {
    const model = train(PRODUCTS, history);
    const result = recommend(model, { list: 'buy-again', userId: 'ann', now: NOW });
    expect(ids(result.items)).toEqual(['milk', 'soap', 'coffee']);
    expect(result.items.map((item) => item.reasons[0]!.text)).toEqual([
      'You buy this every ~7 days',
      'You buy this every ~14 days',
      'You buy this every ~30 days',
    ]);
    expect(result.items[0]!.reasons[0]!.kind).toBe('buy-again');
    // Bought once: not a repeat. A stranger, a one-time buyer: nothing (no fallback by default).
    expect(recommend(model, { list: 'buy-again', userId: 'bob', now: NOW }).items).toEqual([]);
    expect(recommend(model, { list: 'buy-again', userId: 'nobody' }).items).toEqual([]);
    expect(
      ids(
        recommend(model, { list: 'buy-again', userId: 'ann', category: 'Grocery', limit: 1, now: NOW }).items,
      ),
    ).toEqual(['milk']);
  });

  it('a purchase since training makes the product not due again', () => {
    const model = train(PRODUCTS, history);
    updateModel(model, [buy('ann', 'milk', 0, 9)]);
    const result = recommend(model, { list: 'buy-again', userId: 'ann', now: NOW + 10 * 3_600_000 });
    expect(ids(result.items).at(-1)).toBe('milk');
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
        const data = model.lists['buy-again'] as RepeatPurchases;
        const got: string[] = [];
        model.userIds.forEach((userId, u) => {
          for (let k = data.start[u]!; k < data.start[u + 1]!; k++) {
            got.push(
              `${userId} ${model.catalog.ids[data.items[k]!]} ${data.days[k]} ${data.lastAt[k]} ${data.intervalDays[k]!.toFixed(3)}`,
            );
          }
        });
        const expected: string[] = [];
        for (const userId of model.userIds) {
          for (const product of PRODUCTS) {
            const times = log
              .filter((e) => e.userId === userId && e.productId === product.id)
              .map((e) => e.timestamp);
            const days = new Set(times.map((time) => Math.floor(time / DAY))).size;
            if (days < 2) continue;
            const first = Math.min(...times);
            const last = Math.max(...times);
            const interval = Math.max((last - first) / DAY / (days - 1), 1);
            expected.push(
              `${userId} ${product.id} ${days} ${Math.floor(last / 1000)} ${Math.fround(interval).toFixed(3)}`,
            );
          }
        }
        expect(got).toEqual(expected);
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
