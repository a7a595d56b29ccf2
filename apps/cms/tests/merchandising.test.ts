import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { BootedStrapi } from './helpers/bootStrapi';
import { bootStrapi } from './helpers/bootStrapi';
import { asShopServer } from './helpers/createServerToken';
import { createAdmin } from './helpers/createAdmin';
import { createCatalog } from './helpers/createCatalog';
import { DEMO_CATEGORIES, DEMO_PRODUCTS, demoEvents } from './helpers/demoScenario';
import type { TestDatabase } from './helpers/useTestDatabase';
import { useTestDatabase } from './helpers/useTestDatabase';

// The admin routes of the merchandiser's pages: the product picker, the catalog facets and the preview of a rule
// set before it is saved.
let database: TestDatabase;
let app: BootedStrapi;
let superToken: string;
let readerToken: string;
let authorToken: string;

const get = (token: string, path: string) => app.http().get(path).set('Authorization', `Bearer ${token}`);
const post = (token: string, path: string) => app.http().post(path).set('Authorization', `Bearer ${token}`);

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
  expect((await post(superToken, '/recommendations/training')).status).toBe(200);
});

afterAll(async () => {
  await app?.destroy();
  await database?.drop();
});

describe('GET /recommendations/products', () => {
  it('refuses a request without an admin token (401) or without the read permission (403)', async () => {
    for (const path of ['/recommendations/products?q=tent', '/recommendations/products/facets']) {
      expect((await app.http().get(path)).status, path).toBe(401);
      expect((await get(authorToken, path)).status, path).toBe(403);
      expect((await get(readerToken, path)).status, path).toBe(200);
    }
  });

  it('searches the mapped catalog as the storefront sees it, titles starting with the words first', async () => {
    const response = await get(readerToken, '/recommendations/products?q=TENT%203');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: [
        expect.objectContaining({
          id: 'p03',
          title: 'Tent 3',
          price: 140,
          brand: 'Ridge',
          category: ['Outdoor', 'Tents'],
          available: true,
        }),
      ],
      meta: { total: 1 },
    });
    const bags = await get(readerToken, '/recommendations/products?q=bag&limit=2');
    expect(bags.body.data.map((product: { id: string }) => product.id)).toEqual(['p05', 'p06']);
    expect(bags.body.meta.total).toBe(4);
  });

  it('finds products by brand and shows an unavailable product as such', async () => {
    const response = await get(readerToken, '/recommendations/products?q=flame');
    expect(response.body.meta.total).toBe(4);
    expect(response.body.data.find((product: { id: string }) => product.id === 'p12')).toMatchObject({
      available: false,
    });
  });

  it('returns the products of given ids in their order, leaving out ids that are gone', async () => {
    const response = await get(readerToken, '/recommendations/products?ids=p09,gone,p01');
    expect(response.status).toBe(200);
    expect(response.body.data.map((product: { id: string }) => product.id)).toEqual(['p09', 'p01']);
  });

  it('refuses a malformed query, naming the parameter', async () => {
    const limit = await get(readerToken, '/recommendations/products?limit=500');
    expect(limit.status).toBe(400);
    expect(limit.body.error.message).toContain('limit');
    const unknown = await get(readerToken, '/recommendations/products?search=tent');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('search');
  });

  it('lists the categories, brands and price range of the catalog', async () => {
    const response = await get(readerToken, '/recommendations/products/facets');
    expect(response.body.data).toEqual({
      categories: ['Bags', 'Outdoor', 'Stoves', 'Tents'],
      brands: ['Flame', 'Peak', 'Ridge'],
      tags: [],
      price: { min: 30, max: 160 },
    });
  });
});

describe('rule set schedules', () => {
  it("start and end by the wall clock, not by the model's clock (its newest event, two hours ago here)", async () => {
    const bestSelling = async () =>
      (
        (await app.http().get('/api/recommendations/lists/best-selling?limit=3')).body.data as {
          product: { id: string };
        }[]
      ).map((item) => item.product.id);
    const before = await bestSelling();
    const now = Date.now();
    const running = await post(superToken, '/recommendations/rule-sets').send({
      list: 'best-selling',
      exclude: [{ productId: before[0] }],
      activeFrom: now - 30 * 60_000,
      activeUntil: now + 3_600_000,
    });
    const ended = await post(superToken, '/recommendations/rule-sets').send({
      list: 'best-selling',
      exclude: [{ productId: before[1] }],
      activeFrom: now - 4 * 3_600_000,
      activeUntil: now - 10 * 60_000,
    });
    expect([running.status, ended.status]).toEqual([201, 201]);
    try {
      const during = await bestSelling();
      expect(during).not.toContain(before[0]);
      expect(during).toContain(before[1]);
    } finally {
      for (const id of [running.body.data.id, ended.body.data.id]) {
        await app
          .http()
          .delete(`/recommendations/rule-sets/${id}`)
          .set('Authorization', `Bearer ${superToken}`);
      }
    }
    expect(await bestSelling()).toEqual(before);
  });
});

describe('POST /recommendations/preview with a draft rule set', () => {
  const fbt = { list: 'frequently-bought-together', productId: 'p01', limit: 5 };

  it('applies the draft before it is saved, with its effects, and leaves the served list alone', async () => {
    const plain = await post(readerToken, '/recommendations/preview').send(fbt);
    expect(plain.status).toBe(200);
    const top = plain.body.data.after[0].product.id;
    expect(top).toBe('p05');

    const preview = await post(readerToken, '/recommendations/preview').send({
      ...fbt,
      draft: {
        list: 'frequently-bought-together',
        scope: { productId: 'p01' },
        pins: [{ productId: 'p10', position: 1 }],
        exclude: [{ productId: 'p05' }],
      },
    });
    expect(preview.status).toBe(200);
    const after = preview.body.data.after.map((item: { product: { id: string } }) => item.product.id);
    expect(after[0]).toBe('p10');
    expect(after).not.toContain('p05');
    expect(preview.body.data.before[0].product.id).toBe('p05');
    expect(preview.body.data.effects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleSetId: 'draft', action: 'pin', productId: 'p10' }),
        expect.objectContaining({ ruleSetId: 'draft', action: 'exclude', productId: 'p05' }),
      ]),
    );
    const served = await app
      .http()
      .get('/api/recommendations/lists/frequently-bought-together?productId=p01');
    expect(served.body.data[0].product.id).toBe('p05');
  });

  it('previews an edit in place of the stored rule set it replaces', async () => {
    const stored = await post(superToken, '/recommendations/rule-sets').send({
      list: 'frequently-bought-together',
      scope: { productId: 'p01' },
      pins: [{ productId: 'p11', position: 1 }],
    });
    expect(stored.status).toBe(201);
    const id: number = stored.body.data.id;
    try {
      const edited = await post(readerToken, '/recommendations/preview').send({
        ...fbt,
        replaces: id,
        draft: {
          list: 'frequently-bought-together',
          scope: { productId: 'p01' },
          exclude: [{ brand: 'Peak' }],
        },
      });
      const after = edited.body.data.after.map((item: { product: { id: string } }) => item.product.id);
      expect(after).not.toContain('p11');
      expect(after).not.toContain('p05');
      expect(edited.body.data.effects.map((effect: { ruleSetId: string }) => effect.ruleSetId)).not.toContain(
        String(id),
      );
    } finally {
      expect(
        (
          await app
            .http()
            .delete(`/recommendations/rule-sets/${id}`)
            .set('Authorization', `Bearer ${superToken}`)
        ).status,
      ).toBe(200);
    }
  });

  it('previews a sample session and refuses a malformed draft, naming the field', async () => {
    const session = await post(readerToken, '/recommendations/preview').send({
      list: 'picks-for-you',
      sessionId: 'u3',
    });
    expect(session.status).toBe(200);
    const bad = await post(readerToken, '/recommendations/preview').send({
      ...fbt,
      draft: { list: 'frequently-bought-together', pins: [{ productId: 'p10', position: 0 }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('draft.pins[0].position');
  });
});
