import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

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
  data: { product: { id: string }; source: string }[];
  meta: { modelVersion: number | null };
}

const list = async (path: string) => {
  const response = await app.http().get(`/api/recommendations/lists/${path}`);
  expect(response.status).toBe(200);
  return response.body as ListBody;
};
const aiIds = (body: ListBody) =>
  body.data.filter((item) => item.source === 'ai').map((item) => item.product.id);
const retraining = () =>
  app.strapi.plugin('recommendations').service('retraining') as { isPending(): boolean };
const modelVersion = async () => {
  const response = await app
    .http()
    .get('/recommendations/model')
    .set('Authorization', `Bearer ${adminToken}`);
  return response.body.data as { current: { version: number } | null; training: string };
};

/** `count` orders, each of tent p02 with bag p06: a pair nobody bought before. */
const orders = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => [
    {
      type: 'purchase',
      productId: 'p02',
      userId: `${prefix}${index}`,
      orderId: `${prefix}${index}`,
      price: 120,
    },
    {
      type: 'purchase',
      productId: 'p06',
      userId: `${prefix}${index}`,
      orderId: `${prefix}${index}`,
      price: 60,
    },
  ]).flat();

const putSettings = (training: Record<string, unknown>) =>
  app.http().put('/recommendations/settings').set('Authorization', `Bearer ${adminToken}`).send({ training });

beforeAll(async () => {
  database = await useTestDatabase();
  app = await bootStrapi(database);
  adminToken = await createAdmin(app.strapi, app.http, 'retraining-admin', 'super');
  await createCatalog(app.strapi, DEMO_CATEGORIES, DEMO_PRODUCTS);
  expect(
    (await (await asShopServer(app)).post('/api/recommendations/events').send({ events: demoEvents() }))
      .status,
  ).toBe(202);
  const trained = await app
    .http()
    .post('/recommendations/training')
    .set('Authorization', `Bearer ${adminToken}`);
  expect(trained.status).toBe(200);
});

afterAll(async () => {
  await app?.destroy();
  await database?.drop();
});

describe('retraining after new purchases', () => {
  it('is off by default: purchases wait for the schedule', async () => {
    const settings = await app
      .http()
      .get('/recommendations/settings')
      .set('Authorization', `Bearer ${adminToken}`);
    expect(settings.body.data.training.retrainAfterPurchasesSeconds).toBeNull();
    const sent = await (
      await asShopServer(app)
    )
      .post('/api/recommendations/events')
      .send({ events: orders('off-', 1) });
    expect(sent.status).toBe(202);
    expect(retraining().isPending()).toBe(false);
  });

  it('refuses a delay that is not a whole number of seconds from 1 to 86400, naming the field', async () => {
    for (const bad of [0, 1.5, 86_401, '30']) {
      const response = await putSettings({ retrainAfterPurchasesSeconds: bad });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('training.retrainAfterPurchasesSeconds');
    }
  });

  it('counts new orders in best-selling at once and learns them in frequently-bought-together after one retraining', async () => {
    expect((await putSettings({ retrainAfterPurchasesSeconds: 2 })).status).toBe(200);
    const before = await modelVersion();
    expect(aiIds(await list('frequently-bought-together?productId=p02'))).not.toContain('p06');
    expect(aiIds(await list('best-selling?limit=3'))).not.toContain('p02');

    // Two batches within the delay: one retraining learns both.
    expect(
      (await (await asShopServer(app)).post('/api/recommendations/events').send({ events: orders('a-', 20) }))
        .status,
    ).toBe(202);
    expect(
      (await (await asShopServer(app)).post('/api/recommendations/events').send({ events: orders('b-', 20) }))
        .status,
    ).toBe(202);
    expect(retraining().isPending()).toBe(true);
    // Best-selling counts events as they are stored, before any retraining.
    const bestSelling = await list('best-selling?limit=3');
    expect(bestSelling.meta.modelVersion).toBe(before.current?.version);
    expect(aiIds(bestSelling).slice(0, 2).sort()).toEqual(['p02', 'p06']);

    await vi.waitFor(
      async () => {
        const now = await modelVersion();
        expect(now.training).toBe('idle');
        expect(now.current?.version).toBe((before.current?.version ?? 0) + 1);
      },
      { timeout: 45_000, interval: 250 },
    );
    expect(retraining().isPending()).toBe(false);
    const together = await list('frequently-bought-together?productId=p02');
    expect(together.meta.modelVersion).toBe((before.current?.version ?? 0) + 1);
    expect(aiIds(together)[0]).toBe('p06');
  });

  it('turns off again with null', async () => {
    expect((await putSettings({ retrainAfterPurchasesSeconds: null })).status).toBe(200);
    expect(
      (await (await asShopServer(app)).post('/api/recommendations/events').send({ events: orders('c-', 1) }))
        .status,
    ).toBe(202);
    expect(retraining().isPending()).toBe(false);
  });
});
