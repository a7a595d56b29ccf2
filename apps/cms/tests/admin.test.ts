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
let superToken: string;
let readerToken: string;
let authorToken: string;

type Method = 'get' | 'post' | 'put' | 'delete';

const ADMIN_ROUTES: [Method, string][] = [
  ['get', '/recommendations/settings'],
  ['put', '/recommendations/settings'],
  ['get', '/recommendations/editorial-lists'],
  ['get', '/recommendations/editorial-lists/1'],
  ['post', '/recommendations/editorial-lists'],
  ['put', '/recommendations/editorial-lists/1'],
  ['delete', '/recommendations/editorial-lists/1'],
  ['get', '/recommendations/rule-sets'],
  ['get', '/recommendations/rule-sets/1'],
  ['post', '/recommendations/rule-sets'],
  ['put', '/recommendations/rule-sets/1'],
  ['delete', '/recommendations/rule-sets/1'],
  ['get', '/recommendations/model'],
  ['post', '/recommendations/training'],
  ['post', '/recommendations/preview'],
  ['get', '/recommendations/performance'],
  ['delete', '/recommendations/users/u1/events'],
  ['post', '/recommendations/imports'],
  ['get', '/recommendations/imports'],
  ['get', '/recommendations/imports/1'],
];

const as = (token: string, method: Method, path: string) =>
  app.http()[method](path).set('Authorization', `Bearer ${token}`);

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
  expect((await as(superToken, 'post', '/recommendations/training')).status).toBe(200);
});

afterAll(async () => {
  await app?.destroy();
  await database?.drop();
});

describe('admin route permissions', () => {
  it('401 on every admin route without an admin token', async () => {
    for (const [method, path] of ADMIN_ROUTES) {
      const response = await app.http()[method](path).send({});
      expect(response.status, `${method} ${path}`).toBe(401);
    }
  });

  it('403 on every admin route for an admin without the plugin permissions', async () => {
    for (const [method, path] of ADMIN_ROUTES) {
      const response = await as(authorToken, method, path).send({});
      expect(response.status, `${method} ${path}`).toBe(403);
    }
  });

  it('lets the read permission read, and nothing else', async () => {
    expect((await as(readerToken, 'get', '/recommendations/editorial-lists')).status).toBe(200);
    expect((await as(readerToken, 'get', '/recommendations/rule-sets')).status).toBe(200);
    expect((await as(readerToken, 'get', '/recommendations/model')).status).toBe(200);
    const preview = await as(readerToken, 'post', '/recommendations/preview').send({ list: 'best-selling' });
    expect(preview.status).toBe(200);
    for (const [method, path] of [
      ['post', '/recommendations/editorial-lists'],
      ['post', '/recommendations/rule-sets'],
      ['post', '/recommendations/training'],
      ['get', '/recommendations/settings'],
      ['put', '/recommendations/settings'],
      ['delete', '/recommendations/users/u1/events'],
    ] as [Method, string][]) {
      expect((await as(readerToken, method, path).send({})).status, `${method} ${path}`).toBe(403);
    }
  });

  it('gives the Public role no way to write lists, rules or settings', async () => {
    for (const path of ['editorial-lists', 'rule-sets', 'settings', 'training']) {
      const response = await app.http().post(`/api/recommendations/${path}`).send({});
      expect([401, 403, 404, 405], path).toContain(response.status);
    }
  });
});

describe('settings', () => {
  it('has defaults that fit the demo product', async () => {
    const response = await as(superToken, 'get', '/recommendations/settings');
    expect(response.status).toBe(200);
    expect(response.body.data.catalog).toEqual({
      contentType: 'api::product.product',
      fields: {
        id: 'slug',
        title: 'title',
        price: 'price',
        currency: 'currency',
        image: 'image',
        category: 'category',
        brand: 'brand',
        tags: 'tags',
        description: 'description',
        launchDate: 'launchDate',
        availability: 'stock',
      },
    });
    expect(response.body.data.training.schedule).toBe('0 * * * *');
  });

  it("an admin with the settings permission cannot map the catalog onto users' private attributes", async () => {
    const settingsToken = await createAdmin(app.strapi, app.http, 'settings-only', [
      'plugin::recommendations.settings',
    ]);
    const onUsers = await as(settingsToken, 'put', '/recommendations/settings').send({
      catalog: {
        contentType: 'plugin::users-permissions.user',
        fields: { id: 'documentId', title: 'resetPasswordToken', price: null, image: null, category: null },
      },
    });
    expect(onUsers.status).toBe(400);
    expect(onUsers.body.error.message).toBe(
      'catalog.contentType: "plugin::users-permissions.user" is not one of the app\'s own collection types (api::...)',
    );
    const checked = await as(settingsToken, 'post', '/recommendations/settings/check').send({
      catalog: { contentType: 'plugin::users-permissions.user', fields: { title: 'resetPasswordToken' } },
    });
    expect(checked.status).toBe(400);
    const listed = await as(settingsToken, 'get', '/recommendations/content-types');
    expect(listed.status).toBe(200);
    const uids = (listed.body.data as { uid: string }[]).map((type) => type.uid);
    expect(uids.every((uid) => uid.startsWith('api::'))).toBe(true);
    const stored = await as(superToken, 'get', '/recommendations/settings');
    expect(stored.body.data.catalog.contentType).toBe('api::product.product');
  });

  it('refuses a mapping that does not fit, naming the field', async () => {
    const wrongType = await as(superToken, 'put', '/recommendations/settings').send({
      catalog: { fields: { price: 'title' } },
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.message).toBe(
      'catalog.fields.price: "title" of api::product.product is a string attribute, expected integer or biginteger or float or decimal',
    );
    const missing = await as(superToken, 'put', '/recommendations/settings').send({
      catalog: { fields: { brand: 'maker' } },
    });
    expect(missing.body.error.message).toBe(
      'catalog.fields.brand: "maker" is not an attribute of api::product.product',
    );
    const noType = await as(superToken, 'put', '/recommendations/settings').send({
      catalog: { contentType: 'api::item.item' },
    });
    expect(noType.status).toBe(400);
    expect(noType.body.error.message).toBe(
      'catalog.contentType: "api::item.item" is not a content type of this Strapi',
    );
  });

  it('refuses a bad schedule, engine option or unknown key, naming it', async () => {
    const cron = await as(superToken, 'put', '/recommendations/settings').send({
      training: { schedule: 'hourly' },
    });
    expect(cron.status).toBe(400);
    expect(cron.body.error.message).toContain('training.schedule');
    const engine = await as(superToken, 'put', '/recommendations/settings').send({
      engine: { halfLifeDays: -3 },
    });
    expect(engine.status).toBe(400);
    expect(engine.body.error.message).toMatch(/^engine: .*halfLifeDays/);
    const unknown = await as(superToken, 'put', '/recommendations/settings').send({ colour: 'red' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('colour');
  });

  it('stores a valid change and keeps the rest', async () => {
    const response = await as(superToken, 'put', '/recommendations/settings').send({
      training: { schedule: '30 3 * * *' },
      engine: { halfLifeDays: 30, weights: { purchase: 10 } },
    });
    expect(response.status).toBe(200);
    expect(response.body.data.training).toEqual({
      schedule: '30 3 * * *',
      memoryLimitMb: 2048,
      retrainAfterPurchasesSeconds: null,
    });
    expect(response.body.data.engine).toEqual({ halfLifeDays: 30, weights: { purchase: 10 } });
    const again = await as(superToken, 'get', '/recommendations/settings');
    expect(again.body.data.training.schedule).toBe('30 3 * * *');
    expect(again.body.data.catalog.fields.id).toBe('slug');
  });
});

describe('editorial lists', () => {
  let id: number;

  it('creates, reads, updates and deletes a list', async () => {
    const created = await as(superToken, 'post', '/recommendations/editorial-lists').send({
      slug: 'summer-picks',
      title: 'Summer picks',
      productIds: ['p03', 'p12', 'p07', 'gone'],
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ slug: 'summer-picks', status: 'draft', startsAt: null });
    id = created.body.data.id;
    expect((await as(superToken, 'get', `/recommendations/editorial-lists/${id}`)).body.data.title).toBe(
      'Summer picks',
    );
    const listed = await as(superToken, 'get', '/recommendations/editorial-lists');
    expect(listed.body.data.map((list: { slug: string }) => list.slug)).toEqual(['summer-picks']);
  });

  it('serves only a published list in effect, without unavailable or unknown products', async () => {
    expect((await app.http().get('/api/recommendations/editorial/summer-picks')).status).toBe(404);
    const published = await as(superToken, 'put', `/recommendations/editorial-lists/${id}`).send({
      status: 'published',
    });
    expect(published.status).toBe(200);
    const served = await app.http().get('/api/recommendations/editorial/summer-picks');
    expect(served.status).toBe(200);
    expect(served.body.data.title).toBe('Summer picks');
    expect(served.body.data.items.map((item: { product: { id: string } }) => item.product.id)).toEqual([
      'p03',
      'p07',
    ]);
    expect(served.body.data.items[0].source).toBe('editorial');

    const future = new Date(Date.now() + 86_400_000).toISOString();
    await as(superToken, 'put', `/recommendations/editorial-lists/${id}`).send({ startsAt: future });
    const scheduled = await app.http().get('/api/recommendations/editorial/summer-picks');
    expect(scheduled.status).toBe(404);
    expect(scheduled.body.error.message).toBe('editorial list "summer-picks" is not published now');
    await as(superToken, 'put', `/recommendations/editorial-lists/${id}`).send({ startsAt: null });
  });

  it('refuses bad input, naming the field, and a taken slug with 409', async () => {
    const bad = await as(superToken, 'post', '/recommendations/editorial-lists').send({
      slug: 'Bad Slug',
      title: 'x'.repeat(201),
      productIds: 'p01',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('slug: expected lower-case letters, digits and single dashes');
    expect(bad.body.error.message).toContain('title');
    expect(bad.body.error.message).toContain('productIds');
    const order = await as(superToken, 'post', '/recommendations/editorial-lists').send({
      slug: 'late',
      title: 'Late',
      productIds: [],
      startsAt: '2026-02-01T00:00:00Z',
      endsAt: '2026-01-01T00:00:00Z',
    });
    expect(order.body.error.message).toBe('endsAt: must come after startsAt');
    const taken = await as(superToken, 'post', '/recommendations/editorial-lists').send({
      slug: 'summer-picks',
      title: 'Again',
      productIds: [],
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toBe('slug: "summer-picks" is taken by another editorial list');
    const badId = await as(superToken, 'get', '/recommendations/editorial-lists/abc');
    expect(badId.status).toBe(400);
    expect(badId.body.error.message).toBe('id "abc": expected a positive whole number');
  });

  it('404 for a list that does not exist, and after deletion', async () => {
    expect((await as(superToken, 'delete', `/recommendations/editorial-lists/${id}`)).status).toBe(200);
    const gone = await as(superToken, 'get', `/recommendations/editorial-lists/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toBe(`editorial list ${id} does not exist`);
    expect((await app.http().get('/api/recommendations/editorial/summer-picks')).status).toBe(404);
  });
});

describe('rule sets and preview', () => {
  it('applies a pin to the served list and shows it in the preview', async () => {
    const created = await as(superToken, 'post', '/recommendations/rule-sets').send({
      name: 'Push tent 4',
      list: 'best-selling',
      pins: [{ productId: 'p04', position: 1 }],
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      enabled: true,
      definition: {
        id: String(created.body.data.id),
        list: 'best-selling',
        pins: [{ productId: 'p04', position: 1 }],
      },
    });
    const served = await app.http().get('/api/recommendations/lists/best-selling?limit=3');
    expect(served.body.data[0]).toMatchObject({ product: { id: 'p04' }, source: 'pinned' });

    const preview = await as(superToken, 'post', '/recommendations/preview').send({
      list: 'best-selling',
      limit: 3,
    });
    expect(preview.status).toBe(200);
    expect(preview.body.data.before[0].product.id).not.toBe('p04');
    expect(preview.body.data.after[0].product.id).toBe('p04');
    expect(preview.body.data.effects).toContainEqual(
      expect.objectContaining({ ruleSetId: String(created.body.data.id), action: 'pin', productId: 'p04' }),
    );

    const disabled = await as(superToken, 'put', `/recommendations/rule-sets/${created.body.data.id}`).send({
      list: 'best-selling',
      enabled: false,
      pins: [{ productId: 'p04', position: 1 }],
    });
    expect(disabled.status).toBe(200);
    const unpinned = await app.http().get('/api/recommendations/lists/best-selling?limit=3');
    expect(unpinned.body.data[0].product.id).not.toBe('p04');
    expect(
      (await as(superToken, 'delete', `/recommendations/rule-sets/${created.body.data.id}`)).status,
    ).toBe(200);
    expect((await as(superToken, 'get', `/recommendations/rule-sets/${created.body.data.id}`)).status).toBe(
      404,
    );
  });

  it('refuses a malformed rule set, naming the field', async () => {
    const response = await as(superToken, 'post', '/recommendations/rule-sets').send({
      list: 'top',
      pins: [{ productId: 'p01', position: 0 }],
      boosts: [{ match: {}, factor: 2 }],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('list');
    expect(response.body.error.message).toContain('pins[0].position');
    expect(response.body.error.message).toContain('boosts[0].match: a match needs at least one field');
  });

  it('refuses a preview of an unknown list or product', async () => {
    const list = await as(superToken, 'post', '/recommendations/preview').send({ list: 'top' });
    expect(list.status).toBe(400);
    expect(list.body.error.message).toContain('list: unknown list "top"');
    const product = await as(superToken, 'post', '/recommendations/preview').send({
      list: 'similar',
      productId: 'x',
    });
    expect(product.status).toBe(404);
  });
});
