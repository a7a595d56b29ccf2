import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { BootedStrapi } from './helpers/bootStrapi';
import { bootStrapi } from './helpers/bootStrapi';
import { asShopServer } from './helpers/createServerToken';
import { createAdmin } from './helpers/createAdmin';
import { createCatalog } from './helpers/createCatalog';
import { DEMO_CATEGORIES, DEMO_PRODUCTS, demoEvents } from './helpers/demoScenario';
import type { TestDatabase } from './helpers/useTestDatabase';
import { useTestDatabase } from './helpers/useTestDatabase';

let database: TestDatabase;
let app: BootedStrapi;
let adminToken: string;

interface ListBody {
  data: { product: { id: string } }[];
  meta: { list: string; modelVersion: number | null; unknownIds: string[] };
}

/** A wholesale catalog beside the demo one: w0000 to w0999, never bought, so p01's partner p05 leads. */
const WHOLESALE = Array.from({ length: 1000 }, (_, index) => `w${String(index).padStart(4, '0')}`);
/** A 1,000-line order: tent p01 and 999 wholesale lines. */
const ORDER = ['p01', ...WHOLESALE.slice(0, 999)];
const FBT = 'frequently-bought-together';

const ids = (body: ListBody) => body.data.map((item) => item.product.id);
const query = (body: unknown) =>
  app
    .http()
    .post('/api/recommendations/query')
    .send(body as object);

beforeAll(async () => {
  database = await useTestDatabase();
  app = await bootStrapi(database);
  adminToken = await createAdmin(app.strapi, app.http, 'baskets-admin', 'super');
  await createCatalog(app.strapi, DEMO_CATEGORIES, DEMO_PRODUCTS);
  // A thousand rows in one insert (the document service would take one round trip each).
  const now = new Date();
  await app.strapi.db.query('api::product.product').createMany({
    data: WHOLESALE.map((slug) => ({
      documentId: `doc-${slug}`,
      title: `Case of ${slug}`,
      slug,
      price: 10,
      currency: 'EUR',
      stock: 100,
      createdAt: now,
      updatedAt: now,
      publishedAt: now,
    })),
  });
  expect(
    (await (await asShopServer(app)).post('/api/recommendations/events').send({ events: demoEvents() }))
      .status,
  ).toBe(202);
  const trained = await app
    .http()
    .post('/recommendations/training')
    .set('Authorization', `Bearer ${adminToken}`);
  expect(trained.status).toBe(200);
  expect(trained.body.data.products).toBe(1012);
});

afterAll(async () => {
  await app?.destroy();
  await database?.drop();
});

describe('a wholesale basket', () => {
  it('of 1,000 lines is answered through POST /query', async () => {
    const response = await query({ requests: [{ list: FBT, basket: ORDER, limit: 3 }] });
    expect(response.status).toBe(200);
    const [list] = (response.body as { data: ListBody[] }).data;
    expect(list!.meta).toEqual({ list: FBT, modelVersion: 1, unknownIds: [] });
    expect(ids(list!)[0]).toBe('p05');
    expect(ids(list!).some((id) => ORDER.includes(id))).toBe(false);
  });

  it('of 1,001 lines gets 400 naming the field and the limit', async () => {
    const response = await query({ requests: [{ list: FBT, basket: [...ORDER, 'w0999'] }] });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('requests[0].basket: at most 1000 product ids');
  });

  it('of 60 lines is answered through GET /lists/:list', async () => {
    const basket = ORDER.slice(0, 60);
    const response = await app.http().get(`/api/recommendations/lists/${FBT}?basket=${basket.join(',')}`);
    expect(response.status).toBe(200);
    expect(ids(response.body as ListBody)[0]).toBe('p05');
    expect((response.body as ListBody).meta.unknownIds).toEqual([]);
  });

  it('is previewed in the admin with its 1,000 lines', async () => {
    const response = await app
      .http()
      .post('/recommendations/preview')
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ list: FBT, basket: ORDER, limit: 3 });
    expect(response.status).toBe(200);
    expect(response.body.data.after[0].product.id).toBe('p05');
    expect(response.body.meta).toEqual({ modelVersion: 1, unknownIds: [] });
  });
});

describe('the body of POST /query', () => {
  it('may be sent as text, which needs no CORS preflight', async () => {
    const response = await app
      .http()
      .post('/api/recommendations/query')
      .set('Content-Type', 'text/plain;charset=UTF-8')
      .send(JSON.stringify({ requests: [{ list: FBT, basket: ['p01'] }] }));
    expect(response.status).toBe(200);
    expect(ids((response.body as { data: ListBody[] }).data[0]!)[0]).toBe('p05');
  });

  it('400 "body: not valid JSON" for a malformed body, as JSON or as text', async () => {
    for (const type of ['application/json', 'text/plain']) {
      const response = await app
        .http()
        .post('/api/recommendations/query')
        .set('Content-Type', type)
        .send('{"requests": [');
      expect(response.status, type).toBe(400);
      expect(response.body.error.message, type).toBe('body: not valid JSON');
    }
  });

  it('400 "body: expected a JSON object or array" for JSON that is neither (null, a number)', async () => {
    for (const body of ['null', '42']) {
      const response = await app
        .http()
        .post('/api/recommendations/query')
        .set('Content-Type', 'application/json')
        .send(body);
      expect(response.status, body).toBe(400);
      expect(response.body.error.message, body).toBe('body: expected a JSON object or array');
    }
  });

  it('400 naming the field of a bad parameter', async () => {
    const response = await query({ requests: [{ list: FBT, basket: 'p01,p02' }] });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('requests[0].basket: Expected array, received string');
  });

  it('413 over 1 MB', async () => {
    const padded = Array.from({ length: 1000 }, (_, index) => `${'x'.repeat(190)}${index}`);
    const requests = Array.from({ length: 6 }, () => ({ list: FBT, basket: padded }));
    const response = await query({ requests });
    expect(response.status).toBe(413);
  });
});
