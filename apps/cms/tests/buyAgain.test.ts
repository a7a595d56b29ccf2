import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { BootedStrapi } from './helpers/bootStrapi';
import { bootStrapi } from './helpers/bootStrapi';
import { createAdmin } from './helpers/createAdmin';
import { createCatalog } from './helpers/createCatalog';
import { asShopServer } from './helpers/createServerToken';
import { DEMO_CATEGORIES, DEMO_PRODUCTS, demoEvents } from './helpers/demoScenario';
import type { TestDatabase } from './helpers/useTestDatabase';
import { useTestDatabase } from './helpers/useTestDatabase';

// Buy it again was added as one engine file: here it is served by the plugin's routes, readiness and admin
// without a line of plugin code of its own.

const DAY = 86_400_000;
let database: TestDatabase;
let app: BootedStrapi;
let adminToken: string;

/** A regular buys stove p09 every 7 days (last a week ago) and tent p01 once, a month ago. */
function regularOrders(now: number) {
  const orders = [21, 14, 7].map((daysAgo) => ({ productId: 'p09', daysAgo }));
  orders.push({ productId: 'p01', daysAgo: 30 });
  return orders.map(({ productId, daysAgo }, index) => ({
    type: 'purchase',
    productId,
    userId: 'regular',
    orderId: `regular-${index}`,
    timestamp: now - daysAgo * DAY,
  }));
}

beforeAll(async () => {
  database = await useTestDatabase();
  app = await bootStrapi(database);
  adminToken = await createAdmin(app.strapi, app.http, 'buy-again-admin', 'super');
  await createCatalog(app.strapi, DEMO_CATEGORIES, DEMO_PRODUCTS);
  const now = Date.now();
  const events = [...demoEvents(now), ...regularOrders(now)];
  expect((await (await asShopServer(app)).post('/api/recommendations/events').send({ events })).status).toBe(
    202,
  );
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

describe('buy-again through the storefront API', () => {
  it("serves the shop server the shopper's purchases, the one due first, with its rhythm", async () => {
    const response = await (
      await asShopServer(app)
    ).get('/api/recommendations/lists/buy-again?userId=regular');
    expect(response.status).toBe(200);
    const items = response.body.data as {
      product: { id: string };
      reasons: { kind: string; text: string }[];
    }[];
    expect(items.map((item) => item.product.id)).toEqual(['p09', 'p01']);
    expect(items[0]!.reasons[0]).toMatchObject({ kind: 'buy-again', text: 'You buy this every ~7 days' });
    expect(items[1]!.reasons[0]!.text).toBe('You bought this 30 days ago');
  });

  it('never names another shopper from a browser, and a new session has nothing to buy again', async () => {
    expect((await app.http().get('/api/recommendations/lists/buy-again?userId=regular')).status).toBe(403);
    const anonymous = await app
      .http()
      .get('/api/recommendations/lists/buy-again?sessionId=first-visit-session-01');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.data).toEqual([]);
  });

  it('is in the readiness table and the admin preview', async () => {
    const health = await app
      .http()
      .get('/recommendations/health')
      .set('Authorization', `Bearer ${adminToken}`);
    const buyAgain = health.body.data.lists.find((list: { list: string }) => list.list === 'buy-again');
    expect(buyAgain.requirements.map((requirement: { kind: string }) => requirement.kind)).toEqual([
      'model',
      'repeat-buyers',
    ]);
    expect(buyAgain.requirements[1]).toMatchObject({ have: 1, need: 10 });
    expect(buyAgain.status).toBe('not-enough-data');
    // The merchandiser previews it for the shopper, and an exclusion wins over a pin of the same product.
    const preview = await app
      .http()
      .post('/recommendations/preview')
      .set('Authorization', `Bearer ${adminToken}`)
      .send({
        list: 'buy-again',
        userId: 'regular',
        draft: {
          list: 'buy-again',
          pins: [{ productId: 'p01', position: 1 }],
          exclude: [{ productId: 'p01' }],
        },
      });
    expect(preview.status).toBe(200);
    const ids = (items: { product: { id: string } }[]) => items.map((item) => item.product.id);
    expect(ids(preview.body.data.before)).toEqual(['p09', 'p01']);
    expect(ids(preview.body.data.after)).toEqual(['p09']);
    expect(preview.body.data.effects).toContainEqual(
      expect.objectContaining({ action: 'pin', productId: 'p01', overriddenBy: 'draft' }),
    );
  });
});
