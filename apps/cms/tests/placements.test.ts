import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { BootedStrapi } from './helpers/bootStrapi';
import { bootStrapi } from './helpers/bootStrapi';
import { createAdmin } from './helpers/createAdmin';
import { createCatalog } from './helpers/createCatalog';
import { asShopServer } from './helpers/createServerToken';
import { DEMO_CATEGORIES, DEMO_PRODUCTS, demoEvents } from './helpers/demoScenario';
import type { TestDatabase } from './helpers/useTestDatabase';
import { useTestDatabase } from './helpers/useTestDatabase';

let database: TestDatabase;
let app: BootedStrapi;
let adminToken: string;
let readerToken: string;

interface ServedModule {
  key: string;
  variant: string;
  test: boolean;
  heading: string;
  list: string;
  placement: string;
  items: { product: { id: string; category?: string[] } }[];
}

const admin = (method: 'get' | 'post' | 'put' | 'delete', path: string, token = adminToken) =>
  app.http()[method](`/recommendations${path}`).set('Authorization', `Bearer ${token}`);
const servedIds = (module: ServedModule) => module.items.map((item) => item.product.id);

const variant = (key: string, source: object, heading: string, share = 100) => ({
  key,
  source,
  heading,
  share,
});
const moduleOf = (key: string, variants: object[], extra: object = {}) => ({
  key,
  variants,
  limit: 4,
  layout: 'carousel',
  scope: null,
  startsAt: null,
  endsAt: null,
  ...extra,
});

beforeAll(async () => {
  database = await useTestDatabase();
  app = await bootStrapi(database);
  adminToken = await createAdmin(app.strapi, app.http, 'placements-admin', 'super');
  readerToken = await createAdmin(app.strapi, app.http, 'placements-reader', [
    'plugin::recommendations.read',
  ]);
  await createCatalog(app.strapi, DEMO_CATEGORIES, DEMO_PRODUCTS);
  expect(
    (await (await asShopServer(app)).post('/api/recommendations/events').send({ events: demoEvents() }))
      .status,
  ).toBe(202);
  expect((await admin('post', '/training')).status).toBe(200);
  const editorial = await admin('post', '/editorial-lists').send({
    slug: 'camp-kit',
    title: 'Camp kit',
    productIds: ['p03', 'p09', 'p07'],
    status: 'published',
  });
  expect(editorial.status).toBe(201);
});

afterAll(async () => {
  await app?.destroy();
  await database?.drop();
});

describe('placements', () => {
  it('are composed in the admin and served to the storefront in order, each product once, with their headings', async () => {
    const created = await admin('post', '/placements').send({
      slot: 'product-main',
      name: 'Product page, below the details',
      page: 'product',
      status: 'published',
      modules: [
        moduleOf('bundle', [variant('a', { editorial: 'camp-kit' }, 'Our camp kit')]),
        moduleOf('tents', [variant('a', { list: 'best-selling' }, 'Best tents')], {
          scope: { category: 'Tents' },
        }),
        moduleOf('also', [variant('a', { list: 'people-also-like' }, 'People also like')]),
        moduleOf('same-category', [variant('a', { list: 'trending' }, 'Trending here')], {
          scope: { currentCategory: true },
        }),
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ slot: 'product-main', status: 'published' });

    const served = await app.http().get('/api/recommendations/placements/product-main?productId=p05');
    expect(served.status).toBe(200);
    const modules = served.body.data.modules as ServedModule[];
    expect(modules.slice(0, 3).map((module) => [module.key, module.heading, module.list])).toEqual([
      ['bundle', 'Our camp kit', 'editorial:camp-kit'],
      ['tents', 'Best tents', 'best-selling'],
      ['also', 'People also like', 'people-also-like'],
    ]);
    // A module with nothing left to show is named, not served empty.
    // Nothing of the bags is left for the last module: it is named, not served empty; nor is the page's own bag.
    expect(served.body.meta.skipped).toEqual([
      { module: 'same-category', reason: 'trending has nothing to show here' },
    ]);
    const all = modules.flatMap(servedIds);
    expect(new Set(all).size).toBe(all.length);
    expect(all).not.toContain('p05');
    const tents = modules.find((module) => module.key === 'tents')!;
    expect(servedIds(tents)[0]).toBe('p01');
    expect(tents.items.every((item) => item.product.category?.includes('Tents'))).toBe(true);
    // Scoped to the current product's category: on a stove's page, the stoves.
    await admin('post', '/placements').send({
      slot: 'product-category',
      name: 'More from the category',
      page: 'product',
      status: 'published',
      modules: [
        moduleOf('same-category', [variant('a', { list: 'best-selling' }, 'More like this')], {
          scope: { currentCategory: true },
        }),
      ],
    });
    const stove = await app.http().get('/api/recommendations/placements/product-category?productId=p11');
    const stoves = (stove.body.data.modules as ServedModule[])[0]!;
    expect(servedIds(stoves)).toContain('p09');
    expect(stoves.items.every((item) => item.product.category?.includes('Stoves'))).toBe(true);
  });

  it('leaves a broken module out and serves the rest, naming why', async () => {
    const created = await admin('post', '/placements').send({
      slot: 'home-main',
      name: 'Home page',
      page: 'home',
      status: 'published',
      modules: [
        moduleOf('gone', [variant('a', { editorial: 'no-such-list' }, 'Gone')]),
        moduleOf('needs-product', [variant('a', { list: 'people-also-like' }, 'Also')]),
        moduleOf('best', [variant('a', { list: 'best-selling' }, 'Best sellers')]),
        moduleOf('kit', [variant('a', { editorial: 'camp-kit' }, '')]),
      ],
    });
    expect(created.status).toBe(201);
    const served = await app.http().get('/api/recommendations/placements/home-main');
    expect(served.status).toBe(200);
    const modules = served.body.data.modules as ServedModule[];
    expect(modules.map((module) => module.key)).toEqual(['best', 'kit']);
    // Without a heading of its own, an editorial module shows the list's title.
    expect(modules[1]!.heading).toBe('Camp kit');
    expect(served.body.meta.skipped).toEqual([
      { module: 'gone', reason: 'editorial list "no-such-list" is not published now' },
      { module: 'needs-product', reason: "people-also-like needs the page's product" },
    ]);
  });

  it('previews a placement before it is saved: for a page, at a time, with a chosen variant; readers may too', async () => {
    const draft = {
      slot: 'preview-only',
      page: 'product',
      modules: [
        moduleOf('test', [
          variant('a', { list: 'people-also-like' }, 'Also', 50),
          variant('b', { editorial: 'camp-kit' }, '', 50),
        ]),
        moduleOf('later', [variant('a', { list: 'best-selling' }, 'Winter sale')], {
          startsAt: '2030-01-01T00:00:00.000Z',
          endsAt: '2030-02-01T00:00:00.000Z',
        }),
      ],
    };
    const now = await admin('post', '/placements/preview', readerToken).send({
      placement: draft,
      productId: 'p05',
    });
    expect(now.status).toBe(200);
    expect((now.body.data.modules as ServedModule[]).map((module) => [module.key, module.variant])).toEqual([
      ['test', 'a'],
    ]);
    const later = await admin('post', '/placements/preview').send({
      placement: draft,
      productId: 'p05',
      at: '2030-01-15T12:00:00.000Z',
      variants: { test: 'b' },
    });
    expect(later.status).toBe(200);
    const modules = later.body.data.modules as ServedModule[];
    expect(modules.map((module) => [module.key, module.variant, module.heading])).toEqual([
      ['test', 'b', 'Camp kit'],
      ['later', 'a', 'Winter sale'],
    ]);
    expect(servedIds(modules[0]!)).toEqual(['p03', 'p09', 'p07']);
    // Nothing was saved: the slot is not served.
    expect((await app.http().get('/api/recommendations/placements/preview-only')).status).toBe(404);
    const invalid = await admin('post', '/placements/preview').send({
      placement: { ...draft, modules: [moduleOf('x', [variant('a', { list: 'best-selling' }, '', 60)])] },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.message).toContain('shares add up to 60, not 100');
    expect(
      (await app.http().post('/recommendations/placements/preview').send({ placement: draft })).status,
    ).toBe(401);
  });

  it('answers 404 naming an unknown or unpublished slot, and 400 naming a bad one', async () => {
    const draft = await admin('post', '/placements').send({
      slot: 'cart-draft',
      name: 'Cart',
      page: 'cart',
      modules: [moduleOf('best', [variant('a', { list: 'best-selling' }, 'Best')])],
    });
    expect(draft.status).toBe(201);
    expect(draft.body.data.status).toBe('draft');
    for (const slot of ['cart-draft', 'nowhere']) {
      const response = await app.http().get(`/api/recommendations/placements/${slot}`);
      expect(response.status).toBe(404);
      expect(response.body.error.message).toBe(`placement "${slot}" is not published`);
    }
    const bad = await app.http().get('/api/recommendations/placements/Not_A_Slot');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe(
      'slot "Not_A_Slot": expected lower-case letters, digits and single dashes',
    );
  });

  it('validates what the admin saves, naming the field, and keeps slots unique', async () => {
    const shares = await admin('post', '/placements').send({
      slot: 'bad-shares',
      name: 'Bad',
      page: 'home',
      modules: [
        moduleOf('ab', [variant('a', { list: 'trending' }, 'A', 60), variant('b', { list: 'new' }, 'B', 30)]),
      ],
    });
    expect(shares.status).toBe(400);
    expect(shares.body.error.message).toContain('modules[0].variants: shares add up to 90, not 100');
    const unknownList = await admin('post', '/placements').send({
      slot: 'bad-list',
      name: 'Bad',
      page: 'home',
      modules: [moduleOf('x', [variant('a', { list: 'hot-deals' }, 'X')])],
    });
    expect(unknownList.status).toBe(400);
    expect(unknownList.body.error.message).toContain('modules[0].variants[0].source');
    const taken = await admin('post', '/placements').send({
      slot: 'home-main',
      name: 'Again',
      page: 'home',
      modules: [],
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toBe('slot: "home-main" is taken by another placement');
    // A reader may look, not change.
    expect((await admin('get', '/placements', readerToken)).status).toBe(200);
    expect(
      (
        await admin('post', '/placements', readerToken).send({
          slot: 'x',
          name: 'x',
          page: 'home',
          modules: [],
        })
      ).status,
    ).toBe(403);
  });

  it("A/B tests a module: each session sticks to its variant, and each variant's impressions and clicks are counted", async () => {
    const created = await admin('post', '/placements').send({
      slot: 'product-ab',
      name: 'Product page test',
      page: 'product',
      status: 'published',
      modules: [
        moduleOf('related', [
          variant('also', { list: 'people-also-like' }, 'People also like', 50),
          variant('similar', { list: 'similar' }, 'Similar products', 50),
        ]),
      ],
    });
    expect(created.status).toBe(201);
    const seen = new Map<string, string>();
    for (let index = 0; index < 40; index++) {
      const sessionId = `ab-test-session-${String(index).padStart(4, '0')}`;
      const first = await app
        .http()
        .get(`/api/recommendations/placements/product-ab?productId=p01&sessionId=${sessionId}`);
      expect(first.status).toBe(200);
      const module = (first.body.data.modules as ServedModule[])[0]!;
      expect(module.test).toBe(true);
      const again = await app
        .http()
        .get(`/api/recommendations/placements/product-ab?productId=p01&sessionId=${sessionId}`);
      expect((again.body.data.modules as ServedModule[])[0]!.variant).toBe(module.variant);
      seen.set(sessionId, module.variant);
      // The storefront reports what it showed and what was clicked, with the placement it came from.
      const events = [
        {
          type: 'impression',
          productId: servedIds(module)[0],
          sessionId,
          list: module.list,
          placement: module.placement,
        },
        ...(module.variant === 'similar' || index % 4 === 0
          ? [
              {
                type: 'click',
                productId: servedIds(module)[0],
                sessionId,
                list: module.list,
                placement: module.placement,
              },
            ]
          : []),
      ];
      expect((await app.http().post('/api/recommendations/events').send({ events })).status).toBe(202);
    }
    const variants = new Set(seen.values());
    expect(variants).toEqual(new Set(['also', 'similar']));

    const performance = await admin('get', '/performance/placements', readerToken);
    expect(performance.status).toBe(200);
    const week = performance.body.data.find((window: { days: number }) => window.days === 7);
    const module = week.modules.find(
      (entry: { slot: string; module: string }) => entry.slot === 'product-ab',
    );
    const bySimilar = [...seen.values()].filter((key) => key === 'similar').length;
    const similar = module.variants.find((entry: { variant: string }) => entry.variant === 'similar');
    expect(similar).toMatchObject({ impressions: bySimilar, clicks: bySimilar, ctr: 1 });
    const also = module.variants.find((entry: { variant: string }) => entry.variant === 'also');
    expect(also.impressions).toBe(40 - bySimilar);
    expect(also.ctrInterval[0]).toBeGreaterThanOrEqual(0);
    expect(['better', 'too-early']).toContain(module.verdict);
    expect(module.leader).toBe('similar');
  });
});
