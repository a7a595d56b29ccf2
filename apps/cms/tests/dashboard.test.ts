import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { BootedStrapi } from './helpers/bootStrapi';
import { bootStrapi } from './helpers/bootStrapi';
import { asShopServer } from './helpers/createServerToken';
import { createAdmin } from './helpers/createAdmin';
import { createCatalog } from './helpers/createCatalog';
import { DEMO_CATEGORIES, DEMO_PRODUCTS, demoEvents } from './helpers/demoScenario';
import type { TestDatabase } from './helpers/useTestDatabase';
import { useTestDatabase } from './helpers/useTestDatabase';

// The admin routes of the Overview, Model and data, Performance and Settings pages: data health, training
// history, performance per day, content types and the check of a mapping before it is saved.
let database: TestDatabase;
let app: BootedStrapi;
let superToken: string;
let readerToken: string;
let authorToken: string;

const get = (token: string, path: string) => app.http().get(path).set('Authorization', `Bearer ${token}`);
const post = (token: string, path: string) => app.http().post(path).set('Authorization', `Bearer ${token}`);
const DAY_MS = 86_400_000;

beforeAll(async () => {
  database = await useTestDatabase();
  app = await bootStrapi(database);
  superToken = await createAdmin(app.strapi, app.http, 'super', 'super');
  readerToken = await createAdmin(app.strapi, app.http, 'reader', ['plugin::recommendations.read']);
  authorToken = await createAdmin(app.strapi, app.http, 'author', []);
  await createCatalog(app.strapi, DEMO_CATEGORIES, DEMO_PRODUCTS);
  expect(
    (await (await asShopServer(app)).post('/api/recommendations/events').send({ events: demoEvents() }))
      .status,
  ).toBe(202);
});

afterAll(async () => {
  await app?.destroy();
  await database?.drop();
});

describe('permissions', () => {
  it('refuses the read routes without an admin token (401) or without the read permission (403)', async () => {
    for (const path of [
      '/recommendations/health',
      '/recommendations/snapshots',
      '/recommendations/performance/daily',
    ]) {
      expect((await app.http().get(path)).status, path).toBe(401);
      expect((await get(authorToken, path)).status, path).toBe(403);
      expect((await get(readerToken, path)).status, path).toBe(200);
    }
  });

  it('keeps the content types and the mapping check to the settings permission', async () => {
    expect((await app.http().get('/recommendations/content-types')).status).toBe(401);
    expect((await get(readerToken, '/recommendations/content-types')).status).toBe(403);
    expect((await post(readerToken, '/recommendations/settings/check').send({})).status).toBe(403);
    expect((await get(superToken, '/recommendations/content-types')).status).toBe(200);
  });
});

describe('GET /recommendations/health', () => {
  it('before the first training: the events, the products with signal, and every list waiting for a model', async () => {
    const response = await get(readerToken, '/recommendations/health?days=7');
    expect(response.status).toBe(200);
    const { events, products, lists } = response.body.data;
    // 20 shoppers: 3 views and 2 purchases each, half buy a stove too; one more view of p12.
    expect(events.total).toBe(111);
    expect(events.perDay).toHaveLength(7);
    const sum = (type: string) =>
      events.perDay.reduce(
        (total: number, day: { counts: Record<string, number> }) => total + day.counts[type]!,
        0,
      );
    expect([sum('view'), sum('purchase'), sum('click')]).toEqual([61, 50, 0]);
    expect(events.perDay.at(-1).day).toBe(events.latestAt.slice(0, 10));
    // p01, p02, p05, p06, p09 and p12 have events.
    expect(products).toEqual({ total: 12, withSignal: 6, withoutSignal: 6 });
    expect(lists.map((list: { list: string }) => list.list)).toEqual([
      'new',
      'best-selling',
      'trending',
      'people-also-like',
      'frequently-bought-together',
      'picks-for-you',
      'recently-viewed',
      'similar',
      'buy-again',
    ]);
    for (const list of lists) {
      expect(list.status, list.list).toBe('not-enough-data');
      expect(list.requirements[0], list.list).toEqual({ kind: 'model', have: 0, need: 1 });
    }
  });

  it('after a training: what each list finds and what it still misses', async () => {
    expect((await post(superToken, '/recommendations/training')).status).toBe(200);
    const response = await get(readerToken, '/recommendations/health');
    expect(response.body.data.events.perDay).toHaveLength(30);
    const lists = new Map(
      response.body.data.lists.map((list: { list: string }) => [list.list, list] as const),
    );
    // Three products sold (p01, p05, p09): one short of a carousel row.
    expect(lists.get('best-selling')).toMatchObject({
      status: 'not-enough-data',
      items: 3,
      requirements: [
        { kind: 'model', have: 1, need: 1 },
        { kind: 'sold-products', have: 3, need: 4, days: 30 },
      ],
    });
    // Every product launched on 1 January 2025: nothing new in the last 90 days.
    expect(lists.get('new')).toMatchObject({
      status: 'not-enough-data',
      items: 0,
      requirements: [
        { kind: 'model', have: 1 },
        { kind: 'launch-date-field', have: 1 },
        { kind: 'launched-products', have: 0, need: 4, days: 90 },
      ],
    });
    // Viewed: p01, p02, p05, p06 and p12.
    expect(lists.get('recently-viewed')).toMatchObject({ status: 'ready', readiness: 1, items: 5 });
  });

  it('disables similar when no category, brand or tags field is mapped', async () => {
    const fields = { category: null, brand: null, tags: null };
    expect(
      (
        await app
          .http()
          .put('/recommendations/settings')
          .set('Authorization', `Bearer ${superToken}`)
          .send({ catalog: { fields } })
      ).status,
    ).toBe(200);
    try {
      const response = await get(readerToken, '/recommendations/health');
      const similar = response.body.data.lists.find((list: { list: string }) => list.list === 'similar');
      expect(similar.status).toBe('disabled');
      expect(similar.requirements[1]).toEqual({ kind: 'content-fields', have: 0, need: 1, setting: true });
    } finally {
      await app
        .http()
        .put('/recommendations/settings')
        .set('Authorization', `Bearer ${superToken}`)
        .send({ catalog: { fields: { category: 'category', brand: 'brand', tags: 'tags' } } });
    }
  });

  it('refuses a window it does not offer, naming the parameter', async () => {
    const response = await get(readerToken, '/recommendations/health?days=0');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('days');
  });
});

describe('GET /recommendations/snapshots', () => {
  it('lists the trainings newest first, with their statistics and which one serves', async () => {
    expect((await post(superToken, '/recommendations/training')).status).toBe(200);
    const response = await get(readerToken, '/recommendations/snapshots');
    expect(response.status).toBe(200);
    const versions = response.body.data.map((record: { version: number; serving: boolean }) => [
      record.version,
      record.serving,
    ]);
    expect(versions.slice(0, 2)).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(response.body.data[0]).toMatchObject({ status: 'ready', products: 12, users: 20, error: null });
    expect(response.body.data[0].interactions).toBeGreaterThan(0);
    expect(response.body.data[0]).not.toHaveProperty('data');
  });
});

describe('GET /recommendations/performance/daily', () => {
  it('counts what a list showed, what was clicked and bought after a click, on each day', async () => {
    const now = Date.now();
    const events = [
      { type: 'impression', productId: 'p09', userId: 'd1', list: 'best-selling', timestamp: now - 4000 },
      { type: 'impression', productId: 'p10', userId: 'd1', list: 'best-selling', timestamp: now - 4000 },
      { type: 'click', productId: 'p09', userId: 'd1', list: 'best-selling', timestamp: now - 3000 },
      { type: 'add_to_cart', productId: 'p09', userId: 'd1', timestamp: now - 2000 },
      {
        type: 'purchase',
        productId: 'p09',
        userId: 'd1',
        orderId: 'od1',
        price: 30,
        quantity: 2,
        timestamp: now - 1000,
      },
      { type: 'impression', productId: 'p01', userId: 'd2', list: 'trending', timestamp: now - 2 * DAY_MS },
    ];
    expect(
      (await (await asShopServer(app)).post('/api/recommendations/events').send({ events })).status,
    ).toBe(202);

    const response = await get(readerToken, '/recommendations/performance/daily?days=7');
    expect(response.status).toBe(200);
    const { days, dayList, lists } = response.body.data;
    expect(days).toBe(7);
    expect(dayList).toHaveLength(7);
    expect(dayList.at(-1)).toBe(new Date(now).toISOString().slice(0, 10));
    const best = lists.find((entry: { list: string }) => entry.list === 'best-selling');
    expect(best.perDay).toHaveLength(7);
    expect(best.perDay.at(-1)).toEqual({
      day: dayList.at(-1),
      impressions: 2,
      clicks: 1,
      addToCarts: 1,
      purchases: 1,
      revenue: 60,
    });
    expect(best.perDay.slice(0, 6).every((day: { impressions: number }) => day.impressions === 0)).toBe(true);
    const trending = lists.find((entry: { list: string }) => entry.list === 'trending');
    expect(trending.perDay.at(-3)).toMatchObject({ impressions: 1, clicks: 0 });
  });

  it('offers 7 and 30 days, and names the parameter otherwise', async () => {
    expect((await get(readerToken, '/recommendations/performance/daily')).body.data.dayList).toHaveLength(30);
    const response = await get(readerToken, '/recommendations/performance/daily?days=5');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('days');
  });
});

describe('GET /recommendations/content-types', () => {
  it('lists the collection types of the app with their attributes, documentId included', async () => {
    const response = await get(superToken, '/recommendations/content-types');
    const product = response.body.data.find((type: { uid: string }) => type.uid === 'api::product.product');
    expect(product.displayName).toBe('Product');
    const attributes = new Map(
      product.attributes.map((a: { name: string; type: string }) => [a.name, a.type]),
    );
    expect(attributes.get('price')).toBe('decimal');
    expect(attributes.get('documentId')).toBe('string');
    expect(attributes.get('category')).toBe('relation');
    expect(response.body.data.some((type: { uid: string }) => !type.uid.startsWith('api::'))).toBe(false);
  });
});

describe('POST /recommendations/settings/check', () => {
  it('refuses a mapping that does not fit, naming the field, and saves nothing', async () => {
    const response = await post(superToken, '/recommendations/settings/check').send({
      catalog: { fields: { price: 'title' } },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('catalog.fields.price');
    const stored = await get(superToken, '/recommendations/settings');
    expect(stored.body.data.catalog.fields.price).toBe('price');
  });

  it('maps the first product with the settings as they would be, without saving them', async () => {
    const response = await post(superToken, '/recommendations/settings/check').send({
      catalog: { fields: { brand: null } },
    });
    expect(response.status).toBe(200);
    expect(response.body.data.settings.catalog.fields.brand).toBeNull();
    expect(response.body.data.sample).toMatchObject({
      id: 'p01',
      title: 'Tent 1',
      price: 100,
      currency: 'EUR',
      category: ['Outdoor', 'Tents'],
      available: true,
    });
    expect(response.body.data.sample).not.toHaveProperty('brand');
    const stored = await get(superToken, '/recommendations/settings');
    expect(stored.body.data.catalog.fields.brand).toBe('brand');
  });
});
