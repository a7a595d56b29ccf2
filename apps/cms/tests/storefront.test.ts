import { createShopperToken } from '@aisle/react/shopper-token';
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
  data: { product: { id: string; title: string; available: boolean; category?: string[] }; source: string }[];
  meta: { list: string; modelVersion: number | null; unknownIds: string[] };
}

const ids = (body: ListBody) => body.data.map((item) => item.product.id);

beforeAll(async () => {
  database = await useTestDatabase();
  app = await bootStrapi(database);
  adminToken = await createAdmin(app.strapi, app.http, 'storefront-admin', 'super');
  await createCatalog(app.strapi, DEMO_CATEGORIES, DEMO_PRODUCTS);
});

afterAll(async () => {
  await app?.destroy();
  await database?.drop();
});

describe('the demo catalog', () => {
  it('is readable by the Public role, and only readable', async () => {
    const products = await app.http().get('/api/products?filters[slug][$eq]=p01&populate=category');
    expect(products.status).toBe(200);
    expect(products.body.data).toMatchObject([{ slug: 'p01', title: 'Tent 1', category: { name: 'Tents' } }]);
    expect((await app.http().get('/api/categories')).status).toBe(200);
    expect(
      (
        await app
          .http()
          .post('/api/products')
          .send({ data: { title: 'x', slug: 'x', price: 1 } })
      ).status,
    ).toBe(403);
  });
});

describe('who may call the storefront routes', () => {
  const LISTS = 'plugin::recommendations.storefront.lists';
  const publicRole = async () =>
    (await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } })) as {
      id: number;
    };

  it('follows a change of the Public role at once, and still takes an API token', async () => {
    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    const role = await publicRole();
    expect((await app.http().get('/api/recommendations/lists/new')).status).toBe(200);
    await permissions.delete({ where: { action: LISTS, role: role.id } });
    try {
      expect((await app.http().get('/api/recommendations/lists/new')).status).toBe(403);
      const token = (await app.strapi
        .service('admin::api-token')
        .create({ name: 'storefront-server', type: 'full-access', lifespan: null })) as { accessKey: string };
      const withToken = await app
        .http()
        .get('/api/recommendations/lists/new')
        .set('Authorization', `Bearer ${token.accessKey}`);
      expect(withToken.status).toBe(200);
      const badToken = await app
        .http()
        .get('/api/recommendations/lists/new')
        .set('Authorization', 'Bearer not-a-token');
      expect(badToken.status).toBe(401);
    } finally {
      await permissions.create({ data: { action: LISTS, role: role.id } });
    }
    expect((await app.http().get('/api/recommendations/lists/new')).status).toBe(200);
  });
});

describe('storefront lists before the first training', () => {
  it('lets browsers call it from the storefront origins only (CORS)', async () => {
    const from = (origin: string) =>
      app
        .http()
        .options('/api/recommendations/lists/best-selling')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'GET');
    const store = await from('http://localhost:3000');
    expect(store.headers['access-control-allow-origin']).toBe('http://localhost:3000');
    const stranger = await from('https://evil.example');
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
    const read = await app
      .http()
      .get('/api/recommendations/lists/best-selling')
      .set('Origin', 'https://evil.example');
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves an empty list with no model version', async () => {
    const response = await app.http().get('/api/recommendations/lists/best-selling');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: [],
      meta: { list: 'best-selling', modelVersion: null, unknownIds: [] },
    });
  });
});

describe('storefront lists after training on the events', () => {
  beforeAll(async () => {
    const sent = await (
      await asShopServer(app)
    )
      .post('/api/recommendations/events')
      .send({ events: demoEvents() });
    expect(sent.status).toBe(202);
    const trained = await app
      .http()
      .post('/recommendations/training')
      .set('Authorization', `Bearer ${adminToken}`);
    expect(trained.status).toBe(200);
    expect(trained.body.data).toMatchObject({ version: 1, products: 12, users: 20 });
  });

  it('serves best-selling from the model with the mapped product fields', async () => {
    const response = await app.http().get('/api/recommendations/lists/best-selling?limit=3');
    expect(response.status).toBe(200);
    const body = response.body as ListBody;
    expect(body.meta).toEqual({ list: 'best-selling', modelVersion: 1, unknownIds: [] });
    expect(ids(body).slice(0, 3).sort()).toEqual(['p01', 'p05', 'p09']);
    expect(body.data[0]).toMatchObject({
      source: 'ai',
      product: { available: true, category: expect.any(Array) },
    });
    const tent = body.data.find((item) => item.product.id === 'p01');
    expect(tent?.product).toMatchObject({
      title: 'Tent 1',
      price: 100,
      currency: 'EUR',
      brand: 'Peak',
      category: ['Outdoor', 'Tents'],
      available: true,
    });
  });

  it('serves frequently-bought-together for a seed product', async () => {
    const response = await app
      .http()
      .get('/api/recommendations/lists/frequently-bought-together?productId=p01');
    expect(response.status).toBe(200);
    expect(ids(response.body as ListBody)[0]).toBe('p05');
    expect(ids(response.body as ListBody)).not.toContain('p01');
  });

  it('answers a basket with products the catalog does not have from the known lines, naming the others once', async () => {
    const basket = ['launched-later', 'p01', 'typo', 'launched-later'];
    const posted = await app
      .http()
      .post('/api/recommendations/query')
      .send({
        requests: [
          { list: 'frequently-bought-together', basket },
          { list: 'best-selling', limit: 1 },
        ],
      });
    expect(posted.status).toBe(200);
    const [together, bestSelling] = (posted.body as { data: ListBody[] }).data;
    expect(ids(together!)[0]).toBe('p05');
    expect(together!.meta.unknownIds).toEqual(['launched-later', 'typo']);
    expect(bestSelling!.meta.unknownIds).toEqual([]);
    const got = await app
      .http()
      .get(`/api/recommendations/lists/frequently-bought-together?basket=${basket.join(',')}`);
    expect(got.status).toBe(200);
    expect(ids(got.body as ListBody)[0]).toBe('p05');
    expect((got.body as ListBody).meta.unknownIds).toEqual(['launched-later', 'typo']);
  });

  it('answers a basket of unknown products only (the list falls back), naming every line', async () => {
    const response = await app
      .http()
      .get('/api/recommendations/lists/frequently-bought-together?basket=gone-1,gone-2');
    expect(response.status).toBe(200);
    expect((response.body as ListBody).meta).toEqual({
      list: 'frequently-bought-together',
      modelVersion: 1,
      unknownIds: ['gone-1', 'gone-2'],
    });
  });

  it('restricts a list to a category', async () => {
    const response = await app.http().get('/api/recommendations/lists/best-selling?category=Stoves');
    expect(response.status).toBe(200);
    const body = response.body as ListBody;
    expect(body.data.length).toBeGreaterThan(0);
    for (const item of body.data) {
      expect(item.product.category).toContain('Stoves');
    }
  });

  it('caches the catalog until a product changes', async () => {
    const catalog = app.strapi.plugin('recommendations').service('catalog');
    const first = await catalog.get();
    await app.http().get('/api/recommendations/lists/best-selling');
    expect(await catalog.get()).toBe(first);
    const product = await app.strapi.db.query('api::product.product').findOne({ where: { slug: 'p02' } });
    await app.strapi.db
      .query('api::product.product')
      .update({ where: { id: product.id }, data: { title: 'Tent 2 XL' } });
    const changed = await catalog.get();
    expect(changed).not.toBe(first);
    expect(changed.products.get('p02').title).toBe('Tent 2 XL');
    const settings = app.strapi.plugin('recommendations').service('settings');
    await settings.update({ catalog: { fields: { brand: null } } });
    try {
      const remapped = await catalog.get();
      expect(remapped).not.toBe(changed);
      expect(remapped.products.get('p02').brand).toBeUndefined();
    } finally {
      await settings.update({ catalog: { fields: { brand: 'brand' } } });
    }
  });

  it("nobody reads or steers another shopper's lists: a user id only from the shop server, a browser with its signed token", async () => {
    const secret = process.env.AISLE_SHOPPER_TOKEN_SECRET!;
    const path = '/api/recommendations/lists/recently-viewed?limit=20';
    const asServer = await (await asShopServer(app)).get(`${path}&userId=u1`);
    expect(asServer.status).toBe(200);
    const history = ids(asServer.body as ListBody);
    expect(history.length).toBeGreaterThan(0);

    // An attacker with curl: the raw id is refused, in a list, in a batch and in events.
    const raw = await app.http().get(`${path}&userId=u1`);
    expect(raw.status).toBe(403);
    expect(raw.body.error.message).toMatch(
      /^userId: only the shop's server \(with an API token\) may name a user/,
    );
    const batch = await app
      .http()
      .post('/api/recommendations/query')
      .send({ requests: [{ list: 'best-selling' }, { list: 'picks-for-you', userId: 'u1' }] });
    expect(batch.status).toBe(403);
    expect(batch.body.error.message).toMatch(/^requests\[1\]\.userId: /);
    const steer = await app
      .http()
      .post('/api/recommendations/events')
      .send({ events: [{ type: 'view', productId: 'p12', userId: 'u1' }] });
    expect(steer.status).toBe(403);

    // A session is never a user: a browser naming a user's id as its session reads an empty session.
    const longId = 'shopper-with-a-long-id';
    const server = await asShopServer(app);
    expect(
      (
        await server
          .post('/api/recommendations/events')
          .send({ events: [{ type: 'view', productId: 'p05', userId: longId }] })
      ).status,
    ).toBe(202);
    await expect
      .poll(async () =>
        ids((await (await asShopServer(app)).get(`${path}&userId=${longId}`)).body as ListBody),
      )
      .toContain('p05');
    const borrowed = await app.http().get(`${path}&sessionId=${longId}`);
    expect(borrowed.status).toBe(200);
    expect(ids(borrowed.body as ListBody)).toEqual([]);

    // The shopper's own browser, with the token the shop's server signed.
    const own = createShopperToken({ secret, userId: 'u1' });
    const signed = await app.http().get(`${path}&shopperToken=${encodeURIComponent(own)}`);
    expect(signed.status).toBe(200);
    expect(ids(signed.body as ListBody)).toEqual(history);
    expect(signed.headers['cache-control']).toBe('private, max-age=0, must-revalidate');
    const viewed = await app
      .http()
      .post('/api/recommendations/events')
      .send({ events: [{ type: 'view', productId: 'p10', shopperToken: own }] });
    expect(viewed.status).toBe(202);
    const after = ids(
      (await app.http().get(`${path}&shopperToken=${encodeURIComponent(own)}`)).body as ListBody,
    );
    expect(after[0]).toBe('p10');

    // A token signed with another secret, or expired, names nobody.
    const forged = createShopperToken({ secret: 'not-the-shops-secret', userId: 'u1' });
    const refused = await app.http().get(`${path}&shopperToken=${encodeURIComponent(forged)}`);
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toBe('shopperToken: its signature does not match');
    const expired = createShopperToken({ secret, userId: 'u1', now: Math.floor(Date.now() / 1000) - 7200 });
    expect((await app.http().get(`${path}&shopperToken=${encodeURIComponent(expired)}`)).status).toBe(401);
  });

  it('never serves an unavailable product', async () => {
    const response = await (
      await asShopServer(app)
    ).get('/api/recommendations/lists/recently-viewed?userId=u1&limit=20');
    expect(response.status).toBe(200);
    expect(ids(response.body as ListBody)).not.toContain('p12');
  });

  it('a product out of stock leaves the lists at once, without retraining, and comes back in stock', async () => {
    const before = ids(
      (await app.http().get('/api/recommendations/lists/best-selling?limit=5')).body as ListBody,
    );
    const slug = before[0]!;
    const product = await app.strapi.db.query('api::product.product').findOne({ where: { slug } });
    await app.strapi.db
      .query('api::product.product')
      .update({ where: { id: product.id }, data: { stock: 0 } });
    try {
      const during = ids(
        (await app.http().get('/api/recommendations/lists/best-selling?limit=5')).body as ListBody,
      );
      expect(during).not.toContain(slug);
    } finally {
      await app.strapi.db
        .query('api::product.product')
        .update({ where: { id: product.id }, data: { stock: product.stock } });
    }
    const after = ids(
      (await app.http().get('/api/recommendations/lists/best-selling?limit=5')).body as ListBody,
    );
    expect(after).toEqual(before);
  });

  it('sends ETag and Cache-Control, and 304 when the client has the list', async () => {
    const first = await app.http().get('/api/recommendations/lists/best-selling');
    expect(first.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    const second = await app.http().get('/api/recommendations/lists/best-selling').set('If-None-Match', etag);
    expect(second.status).toBe(304);
    const personal = await (
      await asShopServer(app)
    ).get('/api/recommendations/lists/picks-for-you?userId=u2');
    expect(personal.headers['cache-control']).toBe('private, max-age=0, must-revalidate');
  });

  it('answers several lists in one round trip', async () => {
    const response = await app
      .http()
      .post('/api/recommendations/query')
      .send({
        requests: [
          { list: 'best-selling', limit: 2 },
          { list: 'frequently-bought-together', productId: 'p01' },
        ],
      });
    expect(response.status).toBe(200);
    const body = response.body as { data: ListBody[] };
    expect(body.data.map((entry) => entry.meta.list)).toEqual(['best-selling', 'frequently-bought-together']);
    expect(body.data[0]!.data).toHaveLength(2);
    expect(ids(body.data[1]!)[0]).toBe('p05');
  });

  it('shows a product once on a page when asked to dedupe', async () => {
    const requests = [
      { list: 'best-selling', limit: 3 },
      { list: 'trending', limit: 10 },
    ];
    const plain = (await app.http().post('/api/recommendations/query').send({ requests })).body as {
      data: ListBody[];
    };
    const first = ids(plain.data[0]!);
    expect(ids(plain.data[1]!).some((id) => first.includes(id))).toBe(true);
    const deduped = (await app.http().post('/api/recommendations/query').send({ requests, dedupe: true }))
      .body as {
      data: ListBody[];
    };
    expect(ids(deduped.data[0]!)).toEqual(first);
    expect(ids(deduped.data[1]!).some((id) => first.includes(id))).toBe(false);
    expect(deduped.data[1]!.data.length).toBeGreaterThan(0);
  });

  it('sees new purchases in best-selling without retraining', async () => {
    const events = Array.from({ length: 40 }, (_, index) => ({
      type: 'purchase',
      productId: 'p11',
      userId: `late-buyer-${index}`,
      orderId: `late-${index}`,
      price: 40,
      quantity: 2,
    }));
    expect(
      (await (await asShopServer(app)).post('/api/recommendations/events').send({ events })).status,
    ).toBe(202);
    const response = await app.http().get('/api/recommendations/lists/best-selling?limit=1');
    expect(ids(response.body as ListBody)).toEqual(['p11']);
    expect((response.body as ListBody).meta.modelVersion).toBe(1);
  });
});

describe('forgetting a shopper', () => {
  it('removes their history from the lists at once, from the next model and from every kept snapshot', async () => {
    const recentlyViewed = async () =>
      ids(
        (await (await asShopServer(app)).get('/api/recommendations/lists/recently-viewed?userId=u3&limit=20'))
          .body as ListBody,
      );
    expect(await recentlyViewed()).not.toEqual([]);
    const snapshots = () =>
      app.strapi.db
        .query('plugin::recommendations.model-snapshot')
        .findMany({ where: { status: 'ready' }, select: ['version'] }) as Promise<{ version: number }[]>;
    // Two trainings so far here: both hold u3's history.
    expect((await snapshots()).length).toBeGreaterThanOrEqual(1);

    const forget = await app
      .http()
      .delete('/recommendations/users/u3/events')
      .set('Authorization', `Bearer ${adminToken}`);
    expect(forget.status).toBe(200);
    expect(forget.body.data.deleted).toBeGreaterThan(0);
    expect(await recentlyViewed()).toEqual([]);
    const picks = await (await asShopServer(app)).get('/api/recommendations/lists/picks-for-you?userId=u3');
    expect(JSON.stringify(picks.body)).not.toMatch(/Because you (viewed|bought)/);

    // The training it started replaces the model and deletes the snapshots that hold u3.
    const status = async () =>
      (await app.http().get('/recommendations/model').set('Authorization', `Bearer ${adminToken}`)).body.data;
    await expect.poll(async () => (await status()).training, { timeout: 60_000, interval: 200 }).toBe('idle');
    const newest = (await status()).current.version as number;
    expect((await snapshots()).map((row) => row.version)).toEqual([newest]);
    const stored = (await app.strapi.db.connection('aisle_model_parts').distinct('version')) as {
      version: number;
    }[];
    expect(stored.map((row) => row.version)).toEqual([newest]);
    expect(await recentlyViewed()).toEqual([]);
  });
});

describe('bad storefront requests', () => {
  it('404 for an unknown list, naming it', async () => {
    const response = await app.http().get('/api/recommendations/lists/bestsellers');
    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain('unknown list "bestsellers"');
  });

  it('404 for a product page of a product that is not in the catalog, naming it', async () => {
    const response = await app.http().get('/api/recommendations/lists/similar?productId=nope');
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe('product "nope" is not in the catalog');
    const posted = await app
      .http()
      .post('/api/recommendations/query')
      .send({ requests: [{ list: 'frequently-bought-together', productId: 'nope' }] });
    expect(posted.status).toBe(404);
    expect(posted.body.error.message).toBe('product "nope" is not in the catalog');
  });

  it('400 for a malformed limit or an unknown parameter, naming it', async () => {
    const limit = await app.http().get('/api/recommendations/lists/new?limit=500');
    expect(limit.status).toBe(400);
    expect(limit.body.error.message).toContain('limit');
    const unknown = await app.http().get('/api/recommendations/lists/new?colour=red');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('colour');
  });

  it('400 for a query with too many lists or a bad list, naming it', async () => {
    const tooMany = await app
      .http()
      .post('/api/recommendations/query')
      .send({ requests: Array.from({ length: 11 }, () => ({ list: 'new' })) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toContain('requests');
    const badList = await app
      .http()
      .post('/api/recommendations/query')
      .send({ requests: [{ list: 'new' }, { list: 'nope' }] });
    expect(badList.status).toBe(400);
    expect(badList.body.error.message).toContain('requests[1].list');
  });
});

describe("Strapi's security and body middlewares, built once by apps/cms", () => {
  it('send the security headers of strapi::security and parse JSON bodies', async () => {
    const list = await app.http().get('/api/recommendations/lists/new');
    expect(list.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(list.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(list.headers['content-security-policy']).toContain("script-src 'self'");
    expect(list.headers['content-security-policy']).toContain('https://market-assets.strapi.io');
    const documentation = await app.http().get('/documentation');
    expect(documentation.headers['content-security-policy']).toContain(
      "script-src 'self' 'unsafe-inline' cdn.jsdelivr.net",
    );
    const malformed = await app
      .http()
      .post('/api/recommendations/query')
      .set('Content-Type', 'application/json')
      .send('{"requests": [');
    expect(malformed.status).toBe(400);
  });
});
