import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { BootedStrapi } from './helpers/bootStrapi';
import { bootStrapi } from './helpers/bootStrapi';
import { createAdmin } from './helpers/createAdmin';
import { createCatalog } from './helpers/createCatalog';
import { asShopServer } from './helpers/createServerToken';
import { DEMO_CATEGORIES, DEMO_PRODUCTS, demoEvents } from './helpers/demoScenario';
import type { TestDatabase } from './helpers/useTestDatabase';
import { useTestDatabase } from './helpers/useTestDatabase';

// A shop that builds its pages in Strapi puts a placement in a page's dynamic zone with the plugin's custom field,
// and its storefront renders the slot the editors chose.

let database: TestDatabase;
let app: BootedStrapi;
let adminToken: string;

beforeAll(async () => {
  database = await useTestDatabase();
  app = await bootStrapi(database);
  adminToken = await createAdmin(app.strapi, app.http, 'landing-admin', 'super');
  await createCatalog(app.strapi, DEMO_CATEGORIES, DEMO_PRODUCTS);
  expect(
    (await (await asShopServer(app)).post('/api/recommendations/events').send({ events: demoEvents() }))
      .status,
  ).toBe(202);
  expect(
    (await app.http().post('/recommendations/training').set('Authorization', `Bearer ${adminToken}`)).status,
  ).toBe(200);
});

afterAll(async () => {
  await app?.destroy();
  await database?.drop();
});

describe('a placement in a page built in Strapi', () => {
  it("registers the placement custom field, and the storefront renders the slot the page's editors chose", async () => {
    const field = app.strapi.get('custom-fields').get('plugin::recommendations.placement') as {
      type: string;
    };
    expect(field.type).toBe('string');

    const placement = await app
      .http()
      .post('/recommendations/placements')
      .set('Authorization', `Bearer ${adminToken}`)
      .send({
        slot: 'spring-sale',
        name: 'Spring sale page',
        page: 'custom',
        status: 'published',
        modules: [
          {
            key: 'best',
            variants: [{ key: 'a', source: { list: 'best-selling' }, heading: 'Best sellers', share: 100 }],
            limit: 4,
            layout: 'grid',
            scope: null,
            startsAt: null,
            endsAt: null,
          },
        ],
      });
    expect(placement.status).toBe(201);
    await app.strapi.documents('api::landing-page.landing-page').create({
      data: {
        title: 'Spring sale',
        slug: 'spring-sale',
        sections: [
          { __component: 'sections.text', heading: 'Spring is here', body: 'Everything for the garden.' },
          { __component: 'sections.recommendations', placement: 'spring-sale' },
        ],
      },
    });

    const page = await app.http().get('/api/landing-pages?filters[slug][$eq]=spring-sale&populate=sections');
    expect(page.status).toBe(200);
    const sections = page.body.data[0].sections as { __component: string; placement?: string }[];
    expect(sections.map((section) => section.__component)).toEqual([
      'sections.text',
      'sections.recommendations',
    ]);
    const slot = sections[1]!.placement!;
    expect(slot).toBe('spring-sale');
    const served = await app.http().get(`/api/recommendations/placements/${slot}`);
    expect(served.status).toBe(200);
    expect(served.body.data.modules[0]).toMatchObject({ heading: 'Best sellers', layout: 'grid' });
    expect(served.body.data.modules[0].items[0].product.id).toBe('p01');
  });
});
