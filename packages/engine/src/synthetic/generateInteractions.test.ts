import { describe, expect, it } from 'vitest';
import type { Interaction } from '../types.js';
import { DAY_MS, SYNTHETIC_NOW } from './defaults.js';
import { generateCatalog } from './generateCatalog.js';
import { generateInteractions } from './generateInteractions.js';
import { TAXONOMY } from './taxonomy.js';

const catalog = generateCatalog({ seed: 11, products: 1_000 });
const events = [...generateInteractions(catalog, { seed: 11, shoppers: 2_000, interactions: 100_000 })];
const byId = new Map(catalog.map((p) => [p.id, p]));
const leafOf = (id: string) => byId.get(id)?.category?.[1] ?? '';

function ordersOf(list: Interaction[]): Map<string, Interaction[]> {
  const orders = new Map<string, Interaction[]>();
  for (const event of list) {
    if (event.type !== 'purchase' || event.orderId === undefined) continue;
    const lines = orders.get(event.orderId) ?? [];
    lines.push(event);
    orders.set(event.orderId, lines);
  }
  return orders;
}

/** Orders containing both categories, over what independence would give. */
function categoryLift(baskets: Set<string>[], a: string, b: string): number {
  const withA = baskets.filter((leaves) => leaves.has(a)).length;
  const withB = baskets.filter((leaves) => leaves.has(b)).length;
  const both = baskets.filter((leaves) => leaves.has(a) && leaves.has(b)).length;
  return (both * baskets.length) / Math.max(1, withA * withB);
}

describe('generateInteractions', () => {
  it('gives the same interactions for the same seed and different ones for another seed', () => {
    const small = generateCatalog({ seed: 2, products: 200 });
    const run = (seed: number) => [
      ...generateInteractions(small, { seed, shoppers: 300, interactions: 5_000 }),
    ];
    expect(run(2)).toEqual(run(2));
    expect(run(3)).not.toEqual(run(2));
  });

  it('makes about the number of interactions asked, in time order, within the history', () => {
    expect(events.length).toBeGreaterThan(98_000);
    expect(events.length).toBeLessThan(102_000);
    const start = SYNTHETIC_NOW - 120 * DAY_MS;
    const outOfOrder = events.filter(
      (event, i) => i > 0 && event.timestamp < (events[i - 1] as Interaction).timestamp,
    );
    expect(outOfOrder).toEqual([]);
    const first = events[0]?.timestamp as number;
    const last = events[events.length - 1]?.timestamp as number;
    expect(first).toBeGreaterThanOrEqual(start);
    expect(first).toBeLessThan(start + DAY_MS);
    expect(last).toBeLessThan(SYNTHETIC_NOW);
    expect(last).toBeGreaterThan(SYNTHETIC_NOW - DAY_MS);
  });

  it('uses only catalog products, never before their launch, and prices purchases', () => {
    // One expectation over all events: an expect() per event would make this test slow.
    const problems: string[] = [];
    for (const event of events) {
      const product = byId.get(event.productId);
      const line = JSON.stringify(event);
      if (product === undefined) {
        problems.push(`unknown product: ${line}`);
        continue;
      }
      if (event.timestamp < (product.launchedAt as number)) problems.push(`before launch: ${line}`);
      if (event.type === 'purchase') {
        const value = Math.round((product.price as number) * (event.quantity ?? 0) * 100) / 100;
        if (!/^o\d+$/.test(event.orderId ?? '')) problems.push(`order id: ${line}`);
        if (!((event.quantity ?? 0) >= 1) || event.value !== value)
          problems.push(`quantity or value: ${line}`);
      } else if (event.orderId !== undefined || event.value !== undefined) {
        problems.push(`order fields outside a purchase: ${line}`);
      }
      if (event.type === 'add_to_cart' && !((event.quantity ?? 0) >= 1)) problems.push(`quantity: ${line}`);
    }
    expect(problems).toEqual([]);
    expect([...new Set(events.map((event) => event.type))].sort()).toEqual([
      'add_to_cart',
      'click',
      'purchase',
      'view',
    ]);
  });

  it('funnels views into fewer clicks, carts and purchases', () => {
    const count = (type: string) => events.filter((event) => event.type === type).length;
    expect(count('view')).toBeGreaterThan(2 * count('click'));
    expect(count('click')).toBeGreaterThan(count('add_to_cart'));
    expect(count('add_to_cart')).toBeGreaterThan(count('purchase'));
    expect(count('purchase') / events.length).toBeGreaterThan(0.02);
  });

  it('groups purchases into orders of one shopper at one time, of one to five products', () => {
    const orders = ordersOf(events);
    expect(orders.size).toBeGreaterThan(1_000);
    let multi = 0;
    for (const lines of orders.values()) {
      expect(new Set(lines.map((line) => line.userId)).size).toBe(1);
      expect(new Set(lines.map((line) => line.timestamp)).size).toBe(1);
      expect(lines.length).toBeLessThanOrEqual(5);
      expect(new Set(lines.map((line) => line.productId)).size).toBe(lines.length);
      if (lines.length > 1) multi++;
    }
    expect(multi / orders.size).toBeGreaterThan(0.3);
  });

  it('puts complementary categories in the same orders far more often than chance', () => {
    const baskets = [...ordersOf(events).values()].map(
      (lines) => new Set(lines.map((l) => leafOf(l.productId))),
    );
    expect(categoryLift(baskets, 'Tents', 'Sleeping bags')).toBeGreaterThan(5);
    expect(categoryLift(baskets, 'Camping stoves', 'Fuel canisters')).toBeGreaterThan(5);
    const complementLifts: number[] = [];
    const unrelatedLifts: number[] = [];
    const present = new Set(catalog.map((p) => p.category?.[1]));
    const leaves = TAXONOMY.flatMap((d) => d.leaves).filter((leaf) => present.has(leaf.name));
    for (const a of leaves) {
      for (const b of leaves) {
        if (a.name >= b.name) continue;
        const related = a.complements.includes(b.name) || b.complements.includes(a.name);
        (related ? complementLifts : unrelatedLifts).push(categoryLift(baskets, a.name, b.name));
      }
    }
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean(complementLifts)).toBeGreaterThan(10 * mean(unrelatedLifts));
  });

  it('pairs specific complementary products: their lift is far above that of random product pairs', () => {
    const orders = [...ordersOf(events).values()].map((lines) => [...new Set(lines.map((l) => l.productId))]);
    const single = new Map<string, number>();
    const pairs = new Map<string, number>();
    for (const items of orders) {
      for (const a of items) single.set(a, (single.get(a) ?? 0) + 1);
      for (const a of items)
        for (const b of items) if (a < b) pairs.set(`${a} ${b}`, (pairs.get(`${a} ${b}`) ?? 0) + 1);
    }
    const lift = (key: string, together: number) => {
      const [a, b] = key.split(' ') as [string, string];
      return (together * orders.length) / ((single.get(a) ?? 1) * (single.get(b) ?? 1));
    };
    const strong = [...pairs.entries()].filter(([, together]) => together >= 5);
    expect(strong.length).toBeGreaterThan(20);
    const liftOfStrong = strong.map(([key, together]) => lift(key, together)).sort((a, b) => a - b);
    expect(liftOfStrong[Math.floor(liftOfStrong.length / 2)]).toBeGreaterThan(20);
    // Almost every strong pair joins two complementary categories.
    const complementary = strong.filter(([key]) => {
      const [a, b] = key.split(' ') as [string, string];
      const leafA = TAXONOMY.flatMap((d) => d.leaves).find((leaf) => leaf.name === leafOf(a));
      const leafB = TAXONOMY.flatMap((d) => d.leaves).find((leaf) => leaf.name === leafOf(b));
      return (
        leafA?.complements.includes(leafOf(b)) === true || leafB?.complements.includes(leafOf(a)) === true
      );
    });
    expect(complementary.length / strong.length).toBeGreaterThan(0.9);
  });

  it('makes substitutes viewed together but rarely bought together', () => {
    const sessions = new Map<string, string[]>();
    for (const event of events) {
      if (event.type !== 'view') continue;
      const key = `${event.userId} ${Math.floor(event.timestamp / DAY_MS)}`;
      const list = sessions.get(key) ?? [];
      list.push(event.productId);
      sessions.set(key, list);
    }
    const sameLeafShare = (groups: string[][]) => {
      let same = 0;
      let all = 0;
      for (const items of groups) {
        const unique = [...new Set(items)];
        for (const a of unique) {
          for (const b of unique) {
            if (a >= b) continue;
            all++;
            if (leafOf(a) === leafOf(b)) same++;
          }
        }
      }
      return same / all;
    };
    const orders = [...ordersOf(events).values()].map((lines) => lines.map((l) => l.productId));
    expect(sameLeafShare([...sessions.values()])).toBeGreaterThan(0.5);
    expect(sameLeafShare(orders)).toBeLessThan(0.1);
  });

  it('follows the seasons: summer categories grow from February to June while winter ones shrink', () => {
    const first = events.filter((e) => e.timestamp < SYNTHETIC_NOW - 90 * DAY_MS);
    const last = events.filter((e) => e.timestamp >= SYNTHETIC_NOW - 30 * DAY_MS);
    const share = (list: Interaction[], leaves: string[]) =>
      list.filter((e) => leaves.includes(leafOf(e.productId))).length / list.length;
    const summer = ['Tents', 'Sleeping bags', 'Camping stoves', 'Fuel canisters'];
    expect(share(last, summer)).toBeGreaterThan(1.4 * share(first, summer));
    const winter = ['Down jackets', 'Hats & gloves', 'Thermal base layers'];
    expect(share(last, winter)).toBeLessThan(0.6 * share(first, winter));
  });

  it('makes a few products trend in the last week against their own past', () => {
    const recent = new Map<string, number>();
    const before = new Map<string, number>();
    for (const event of events) {
      const age = (SYNTHETIC_NOW - event.timestamp) / DAY_MS;
      if (age < 7) recent.set(event.productId, (recent.get(event.productId) ?? 0) + 1);
      else if (age < 35) before.set(event.productId, (before.get(event.productId) ?? 0) + 1);
    }
    const trending = [...recent.entries()].filter(
      ([id, count]) => count >= 30 && count / 7 > (5 * ((before.get(id) ?? 0) + 1)) / 28,
    );
    expect(trending.length).toBeGreaterThanOrEqual(2);
  });

  it('sells new arrivals from their launch on', () => {
    const launchedInHistory = catalog.filter((p) => (p.launchedAt as number) > SYNTHETIC_NOW - 60 * DAY_MS);
    expect(launchedInHistory.length).toBeGreaterThan(20);
    const seen = new Set(events.map((e) => e.productId));
    const sold = new Set(events.filter((e) => e.type === 'purchase').map((e) => e.productId));
    const launched = launchedInHistory.filter((p) => seen.has(p.id));
    expect(launched.length / launchedInHistory.length).toBeGreaterThan(0.7);
    expect(launchedInHistory.filter((p) => sold.has(p.id)).length).toBeGreaterThan(5);
  });

  it('has a long tail of popularity and anonymous sessions with few events', () => {
    const counts = new Map<string, number>();
    for (const event of events) counts.set(event.productId, (counts.get(event.productId) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const top = sorted.slice(0, 100).reduce((sum, n) => sum + n, 0);
    expect(top / events.length).toBeGreaterThan(0.3);
    expect(counts.size / catalog.length).toBeGreaterThan(0.8);

    const perUser = new Map<string, number>();
    for (const event of events) perUser.set(event.userId, (perUser.get(event.userId) ?? 0) + 1);
    const mean = (prefix: string) => {
      const values = [...perUser.entries()].filter(([id]) => id.startsWith(prefix)).map(([, n]) => n);
      return { shoppers: values.length, events: values.reduce((sum, n) => sum + n, 0) / values.length };
    };
    expect(mean('s').shoppers).toBeGreaterThan(1_000);
    expect(mean('s').events).toBeLessThan(4);
    expect(mean('u').events).toBeGreaterThan(5 * mean('s').events);
    expect(mean('u').shoppers).toBeLessThanOrEqual(2_000);
  });

  it('works on any catalog, even without categories', () => {
    const plain = Array.from({ length: 30 }, (_, i) => ({ id: `item-${i}`, title: `Item ${i}` }));
    const list = [...generateInteractions(plain, { seed: 1, shoppers: 10, interactions: 2_000, days: 10 })];
    expect(list.length).toBeGreaterThan(1_900);
    expect(list.every((event) => event.productId.startsWith('item-'))).toBe(true);
    expect(list.some((event) => event.type === 'purchase')).toBe(true);
  });

  it('names what is wrong with its input', () => {
    expect(() => generateInteractions([], { seed: 1, shoppers: 1, interactions: 1 })).toThrow(
      'aisle-engine: generateInteractions: the catalog must be a non-empty array of products',
    );
    expect(() => generateInteractions(catalog, { seed: 1, shoppers: 0, interactions: 1 })).toThrow(
      'generateInteractions: option "shoppers" must be between 1 and 50000000, got 0',
    );
    expect(() => generateInteractions(catalog, { seed: 1, shoppers: 5, interactions: -1 })).toThrow(
      'generateInteractions: option "interactions" must be at least 0, got -1',
    );
    expect(() =>
      generateInteractions([{ id: '', title: 'x' }], { seed: 1, shoppers: 5, interactions: 1 }),
    ).toThrow('generateInteractions: catalog[0] has no string id');
    expect([...generateInteractions(catalog, { seed: 1, shoppers: 5, interactions: 0 })]).toEqual([]);
  });
});
