import { describe, expect, it } from 'vitest';
import { PRODUCTS, interactions, NOW, DAY } from './__tests__/tinyStore.js';
import { recommend } from './recommend.js';
import { train } from './train.js';
import type { Interaction } from './types.js';
import { setAvailability } from './setAvailability.js';
import { updateModel } from './updateModel.js';

const model = train(PRODUCTS, interactions());
const ids = (result: { items: { id: string }[] }): string[] => result.items.map((item) => item.id);

describe('lists', () => {
  it('new: launches in the window, newest first, none from the future', () => {
    const result = recommend(model, { list: 'new', fallback: [] });
    // lamp is new but unavailable; kettle and tent are older than 90 days.
    expect(ids(result)).toEqual(['mug', 'tent-xl']);
    expect(result.items[0]!.reasons[0]).toMatchObject({ kind: 'new', text: 'New in Mugs' });
  });

  it('new in a category', () => {
    expect(ids(recommend(model, { list: 'new', category: 'Outdoor', fallback: [] }))).toEqual(['tent-xl']);
  });

  it("a request's category restricts the item-to-item lists too, and their fallbacks", () => {
    const inOutdoor = (id: string) =>
      PRODUCTS.find((product) => product.id === id)!.category![0] === 'Outdoor';
    for (const list of ['similar', 'people-also-like', 'frequently-bought-together'] as const) {
      const anywhere = ids(recommend(model, { list, productId: 'mug', limit: 10 }));
      const scoped = ids(recommend(model, { list, productId: 'mug', category: 'Outdoor', limit: 10 }));
      expect(anywhere.some((id) => !inOutdoor(id))).toBe(true);
      expect(scoped.length).toBeGreaterThan(0);
      expect(scoped.every(inOutdoor)).toBe(true);
    }
    // The shopper viewed the stove and the tent: their picks are outdoor gear, unless asked for the kitchen.
    const picks = ids(recommend(model, { list: 'picks-for-you', userId: 'shopper', limit: 10 }));
    const kitchen = ids(
      recommend(model, { list: 'picks-for-you', userId: 'shopper', category: 'Kitchen', limit: 10 }),
    );
    expect(picks.some(inOutdoor)).toBe(true);
    expect(kitchen.length).toBeGreaterThan(0);
    expect(kitchen.some(inOutdoor)).toBe(false);
    expect(
      recommend(model, { list: 'similar', productId: 'mug', category: 'No such aisle', fallback: [] }).items,
    ).toEqual([]);
  });

  it('best-selling: units in the last 30 days', () => {
    const result = recommend(model, { list: 'best-selling' });
    expect(ids(result).slice(0, 3)).toEqual(['tent', 'bag', 'kettle']);
    expect(result.items[0]!.score).toBe(16);
  });

  it('trending: a surge against the baseline, not a small count', () => {
    const result = recommend(model, { list: 'trending', fallback: [] });
    expect(ids(result)).toContain('kettle');
    // The mug sold five times after nothing, once each by five people, all 3 days ago: still a trend,
    // while the stove (steady, few sales) is not.
    expect(ids(result)).not.toContain('stove');
    expect(result.items.find((item) => item.id === 'kettle')!.reasons[0]!.text).toBe('Trending in Kettles');
  });

  it('people-also-like: from co-views and co-purchases, with the reason', () => {
    const result = recommend(model, { list: 'people-also-like', productId: 'tent', fallback: [] });
    expect(ids(result)).toContain('tent-xl');
    expect(ids(result)).toContain('bag');
    expect(ids(result)).not.toContain('tent');
    const bag = result.items.find((item) => item.id === 'bag')!;
    expect(bag.reasons[0]).toMatchObject({ kind: 'bought-with', productId: 'tent' });
    const big = result.items.find((item) => item.id === 'tent-xl')!;
    expect(big.reasons[0]).toMatchObject({ kind: 'viewed-with', productId: 'tent' });
  });

  it('frequently-bought-together: the pair with most orders first, basket excluded, merged evidence', () => {
    const forTent = recommend(model, { list: 'frequently-bought-together', productId: 'tent', fallback: [] });
    expect(ids(forTent)).toEqual(['bag', 'stove']);
    const forBasket = recommend(model, {
      list: 'frequently-bought-together',
      basket: ['tent', 'bag'],
      fallback: [],
    });
    expect(ids(forBasket)).toEqual(['stove']);
    expect(forBasket.items[0]!.reasons[0]!.kind).toBe('bought-with');
  });

  it('frequently-bought-together leaves out pairs under the minimum support', () => {
    const strict = train(PRODUCTS, interactions(), { minSupport: 5 });
    const result = recommend(strict, {
      list: 'frequently-bought-together',
      productId: 'stove',
      fallback: [],
    });
    expect(ids(result)).toEqual([]);
  });

  it('picks-for-you: from the shopper history, bought items left out, with "because you viewed"', () => {
    const result = recommend(model, { list: 'picks-for-you', userId: 'shopper', fallback: [] });
    expect(ids(result)).not.toContain('bag');
    expect(ids(result)).toContain('tent-xl');
    expect(result.items.find((item) => item.id === 'tent-xl')!.reasons[0]).toMatchObject({
      kind: 'because-you-viewed',
      productId: 'tent',
    });
    const withBought = recommend(model, {
      list: 'picks-for-you',
      userId: 'shopper',
      includePurchased: true,
      fallback: [],
    });
    expect(ids(withBought)).toContain('bag');
  });

  it('recently-viewed: newest first, each once', () => {
    expect(ids(recommend(model, { list: 'recently-viewed', userId: 'shopper' }))).toEqual([
      'bag',
      'tent',
      'stove',
    ]);
  });

  it('similar: from the catalog text alone, with no interactions', () => {
    const coldModel = train(PRODUCTS, []);
    const result = recommend(coldModel, { list: 'similar', productId: 'tent', fallback: [] });
    expect(ids(result)[0]).toBe('tent-xl');
    expect(result.items[0]!.reasons[0]).toMatchObject({ kind: 'similar-to', productId: 'tent' });
  });

  it('an unknown product or shopper gets the fallback, marked as such', () => {
    const result = recommend(model, { list: 'picks-for-you', userId: 'nobody' });
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.items.every((item) => item.source === 'fallback')).toBe(true);
    expect(result.items[0]!.reasons.at(-1)).toMatchObject({ kind: 'fallback' });
    expect(recommend(model, { list: 'people-also-like', productId: 'ghost', fallback: [] }).items).toEqual(
      [],
    );
  });

  it('people-also-like of a product nobody viewed with another leans on similar products, and says so', () => {
    const result = recommend(model, { list: 'people-also-like', productId: 'kettle', limit: 3 });
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.items[0]!.reasons[0]!.kind).toBe('similar-to');
    const withoutText = train(PRODUCTS, interactions(), { contentShrinkage: 0 });
    const fallback = recommend(withoutText, { list: 'people-also-like', productId: 'kettle', limit: 3 });
    expect(fallback.items.every((item) => item.source === 'fallback')).toBe(true);
    expect(fallback.items[0]!.reasons[0]!.kind).toBe('similar-to');
  });
});

describe('frequently-bought-together fallback', () => {
  it("fills from best sellers of the seed's department, never from other departments", () => {
    const result = recommend(model, { list: 'frequently-bought-together', productId: 'stove', limit: 20 });
    const fallback = result.items.filter((item) => item.source === 'fallback');
    expect(fallback.length).toBeGreaterThan(0);
    const outdoor = new Set(
      PRODUCTS.filter((product) => product.category?.[0] === 'Outdoor').map((p) => p.id),
    );
    expect(fallback.every((item) => outdoor.has(item.id))).toBe(true);
    expect(result.items.some((item) => item.id === 'stove')).toBe(false);
  });
});

describe('updateModel', () => {
  it('new events reach best-selling, recently-viewed and picks-for-you without retraining', () => {
    const live = train(PRODUCTS, interactions());
    const later = NOW + DAY / 2;
    const events: Interaction[] = Array.from({ length: 40 }, (_, n) => ({
      userId: `late${n}`,
      productId: 'mug',
      type: 'purchase' as const,
      timestamp: later,
      orderId: `late${n}`,
    }));
    events.push({
      userId: 'session-1',
      productId: 'tent',
      type: 'view' as const,
      timestamp: later,
      orderId: 'x',
    });
    expect(updateModel(live, events)).toBe(41);
    expect(ids(recommend(live, { list: 'best-selling' }))[0]).toBe('mug');
    expect(ids(recommend(live, { list: 'recently-viewed', userId: 'session-1' }))).toEqual(['tent']);
    const picks = recommend(live, { list: 'picks-for-you', userId: 'session-1', fallback: [] });
    expect(picks.items.length).toBeGreaterThan(0);
    expect(picks.items.every((item) => item.source === 'ai')).toBe(true);
  });
});

describe('picks-for-you on two time scales', () => {
  it("today's views outweigh last month's purchases, and the reason says which", () => {
    const events: Interaction[] = [...interactions()];
    // Kitchen shoppers link the mug and the kettle as strongly as the campers link the tent and the bag.
    for (let u = 0; u < 12; u++) {
      events.push({ userId: `cook${u}`, productId: 'mug', type: 'view', timestamp: NOW - 3 * DAY });
      events.push({ userId: `cook${u}`, productId: 'kettle', type: 'view', timestamp: NOW - 3 * DAY });
    }
    events.push({
      userId: 'camper',
      productId: 'tent',
      type: 'purchase',
      orderId: 'c1',
      timestamp: NOW - 30 * DAY,
    });
    events.push({ userId: 'camper', productId: 'mug', type: 'view', timestamp: NOW - 60_000 });
    events.sort((a, b) => a.timestamp - b.timestamp);
    const live = train(PRODUCTS, events);
    const result = recommend(live, { list: 'picks-for-you', userId: 'camper', fallback: [] });
    expect(result.items[0]).toMatchObject({
      id: 'kettle',
      reasons: [{ kind: 'because-you-viewed', productId: 'mug' }],
    });
    expect(result.items.some((item) => item.reasons[0]!.kind === 'because-you-bought')).toBe(true);
    const longTermOnly = train(PRODUCTS, events, { intentHalfLifeHours: 0 });
    expect(
      recommend(longTermOnly, { list: 'picks-for-you', userId: 'camper', fallback: [] }).items[0]!.id,
    ).not.toBe('kettle');
  });

  it('ratings give "because you rated", and fallbacks never offer what the shopper rated or bought', () => {
    const ratings: Interaction[] = [];
    for (let u = 0; u < 5; u++) {
      for (const productId of ['tent', 'bag', 'stove']) {
        ratings.push({ userId: `r${u}`, productId, type: 'rating', rating: 4, timestamp: NOW - u * DAY });
      }
    }
    ratings.push({
      userId: 'critic',
      productId: 'tent',
      type: 'rating',
      rating: 5,
      timestamp: NOW - 90 * DAY,
    });
    ratings.push({
      userId: 'critic',
      productId: 'kettle',
      type: 'rating',
      rating: 2,
      timestamp: NOW - 90 * DAY,
    });
    const rated = train(PRODUCTS, ratings);
    const result = recommend(rated, { list: 'picks-for-you', userId: 'critic', limit: 6 });
    expect(result.items.find((item) => item.source === 'ai')!.reasons[0]).toMatchObject({
      kind: 'because-you-rated',
      productId: 'tent',
    });
    expect(ids(result)).not.toContain('tent');
    expect(ids(result)).not.toContain('kettle');
    // Best-selling has no sales here: products by demand fill it, as "popular".
    const popular = recommend(rated, { list: 'best-selling', fallback: [] });
    expect(ids(popular).slice(0, 3).sort()).toEqual(['bag', 'stove', 'tent']);
    expect(popular.items[0]!.reasons[0]!.kind).toBe('popular');
  });
});

describe('picks-for-you: what decays', () => {
  // Campers link the tent and the bag exactly as cooks link the mug and the kettle.
  const linking: Interaction[] = [];
  for (let u = 0; u < 6; u++) {
    for (const [group, a, b] of [
      ['camper', 'tent', 'bag'],
      ['cook', 'mug', 'kettle'],
    ] as const) {
      linking.push({ userId: `${group}${u}`, productId: a, type: 'view', timestamp: NOW - 2 * DAY });
      linking.push({ userId: `${group}${u}`, productId: b, type: 'view', timestamp: NOW - 2 * DAY });
    }
  }
  // The shopper's tent is a year old and their mug a day old; today's intent and the text's neighbours are left
  // out to see the history alone.
  const shopper = (type: 'view' | 'rating'): Interaction[] => [
    { userId: 'fan', productId: 'tent', type, rating: 4, timestamp: NOW - 365 * DAY },
    { userId: 'fan', productId: 'mug', type, rating: 4, timestamp: NOW - DAY },
  ];
  const scores = (events: Interaction[], config = {}) => {
    const trained = train(PRODUCTS, [...linking, ...events], {
      intentHalfLifeHours: 0,
      contentShrinkage: 0,
      ...config,
    });
    const { items } = recommend(trained, { list: 'picks-for-you', userId: 'fan', fallback: [] });
    return Object.fromEntries(items.map((item) => [item.id, item.score]));
  };

  it('a rating keeps its weight whatever its age (unless ratingHalfLifeDays), a view halves every halfLifeDays', () => {
    const rated = scores(shopper('rating'));
    expect(rated.bag).toBeGreaterThan(0);
    expect(rated.bag).toBeCloseTo(rated.kettle!, 6);
    const ratedDecaying = scores(shopper('rating'), { ratingHalfLifeDays: 90 });
    expect(ratedDecaying.bag! / ratedDecaying.kettle!).toBeCloseTo(2 ** (-364 / 90), 3);
    const viewed = scores(shopper('view'));
    expect(viewed.bag! / viewed.kettle!).toBeCloseTo(2 ** (-364 / 90), 3);
  });
});

describe('frequently-bought-together: what decays', () => {
  // Last year the tent went with the bag in three orders; this month with the stove in two.
  const order = (n: number, products: string[], daysAgo: number): Interaction[] =>
    products.map((productId) => ({
      userId: `buyer${n}`,
      orderId: `order${n}`,
      productId,
      type: 'purchase',
      timestamp: NOW - daysAgo * DAY,
    }));
  const orders: Interaction[] = [
    ...[0, 1, 2].flatMap((n) => order(n, ['tent', 'bag'], 365)),
    ...[3, 4].flatMap((n) => order(n, ['tent', 'stove'], 20)),
  ];
  const withTent = (config = {}) =>
    ids(
      recommend(train(PRODUCTS, orders, config), {
        list: 'frequently-bought-together',
        productId: 'tent',
        fallback: [],
      }),
    );

  it('two lines of one product in an order link it as one', () => {
    const orders = [
      ...[0, 1, 2].flatMap((n) => order(n, ['tent', 'bag', 'mug'], 20)),
      ...[3, 4, 5].flatMap((n) => order(n, ['tent', 'stove'], 20)),
    ];
    const scoresFor = (events: Interaction[]) =>
      recommend(train(PRODUCTS, events), {
        list: 'frequently-bought-together',
        productId: 'tent',
        fallback: [],
      }).items.map((item) => `${item.id} ${item.score.toFixed(6)}`);
    const once = scoresFor(orders);
    expect(once.length).toBeGreaterThanOrEqual(3);
    expect(scoresFor([...orders, ...order(3, ['stove'], 20), ...order(0, ['bag'], 20)])).toEqual(once);
  });

  it('an order counts whatever its age, unless coPurchaseHalfLifeDays', () => {
    expect(withTent()).toEqual(['bag', 'stove']);
    expect(withTent({ coPurchaseHalfLifeDays: 90 })).toEqual(['stove', 'bag']);
  });
});

describe('recently-viewed from a log without times', () => {
  it('keeps the log order when events share a timestamp', () => {
    const log: Interaction[] = ['tent', 'bag', 'stove', 'mug'].map((productId) => ({
      userId: 'anon',
      productId,
      type: 'view',
      timestamp: 0,
    }));
    const flat = train(PRODUCTS, log);
    expect(ids(recommend(flat, { list: 'recently-viewed', userId: 'anon' }))).toEqual([
      'mug',
      'stove',
      'bag',
      'tent',
    ]);
  });
});

describe('recent events: trained and live', () => {
  it('recently-viewed shows live events before trained ones, each product once, for many new shoppers', () => {
    const live = train(PRODUCTS, interactions());
    const later = NOW + 60_000;
    const events: Interaction[] = [
      { userId: 'shopper', productId: 'mug', type: 'view', timestamp: later },
      { userId: 'shopper', productId: 'tent', type: 'view', timestamp: later + 1000 },
    ];
    for (let n = 0; n < 3000; n++) {
      events.push({
        userId: `crowd${n}`,
        productId: n % 2 ? 'kettle' : 'mug',
        type: 'view',
        timestamp: later,
      });
    }
    updateModel(live, events);
    expect(ids(recommend(live, { list: 'recently-viewed', userId: 'shopper' }))).toEqual([
      'tent',
      'mug',
      'bag',
      'stove',
    ]);
    expect(ids(recommend(live, { list: 'recently-viewed', userId: 'crowd2999' }))).toEqual(['kettle']);
  });
});

describe('setAvailability', () => {
  it('takes a product out of every list and puts it back, without retraining', () => {
    const live = train(PRODUCTS, interactions());
    expect(
      setAvailability(live, [
        { id: 'tent', available: false },
        { id: 'ghost', available: false },
      ]),
    ).toBe(1);
    expect(ids(recommend(live, { list: 'best-selling' }))).not.toContain('tent');
    expect(ids(recommend(live, { list: 'people-also-like', productId: 'bag', fallback: [] }))).not.toContain(
      'tent',
    );
    expect(
      setAvailability(live, [
        { id: 'tent', available: true },
        { id: 'lamp', available: true },
      ]),
    ).toBe(2);
    expect(ids(recommend(live, { list: 'best-selling' }))[0]).toBe('tent');
  });
});
