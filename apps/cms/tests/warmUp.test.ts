import type { IncomingMessage, ServerResponse } from 'node:http';

import { LISTS } from '@aisle/engine';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { BootedStrapi } from './helpers/bootStrapi';
import { bootStrapi } from './helpers/bootStrapi';
import { createCatalog } from './helpers/createCatalog';
import { DEMO_CATEGORIES, DEMO_PRODUCTS } from './helpers/demoScenario';
import type { TestDatabase } from './helpers/useTestDatabase';
import { useTestDatabase } from './helpers/useTestDatabase';

// Tests do not warm the storefront up unless asked (NODE_ENV=test). Here nothing listens before the test does:
// supertest would listen on a port of its own for each request, and the warm-up follows the first listen.
process.env.AISLE_WARM_UP_ROUNDS = '3';

let database: TestDatabase;
let app: BootedStrapi;

beforeAll(async () => {
  database = await useTestDatabase();
  app = await bootStrapi(database);
  await createCatalog(app.strapi, DEMO_CATEGORIES, DEMO_PRODUCTS);
});

afterAll(async () => {
  await app?.destroy();
  await database?.drop();
});

describe('the warm-up once the server listens', () => {
  it('calls every storefront route through the server’s port, and each answers', async () => {
    const { httpServer } = app.strapi.server;
    const answered: { path: string; status: number }[] = [];
    const record = (request: IncomingMessage, response: ServerResponse) => {
      response.on('finish', () => answered.push({ path: request.url ?? '', status: response.statusCode }));
    };
    httpServer.on('request', record);
    try {
      await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
      // 3 rounds of every list (those for a product or a basket with a product of the catalog) and a query.
      await expect.poll(() => answered.length, { timeout: 30_000 }).toBe(3 * (LISTS.length + 1));
    } finally {
      httpServer.off('request', record);
      await new Promise((resolve) => httpServer.close(resolve));
    }
    expect(answered.filter(({ status }) => status !== 200)).toEqual([]);
    const routes = new Set(answered.map(({ path }) => path.replace(/\?.*/, '')));
    expect([...routes].sort()).toEqual(
      LISTS.map((list) => list.name)
        .map((list) => `/api/recommendations/lists/${list}`)
        .concat('/api/recommendations/query')
        .sort(),
    );
  });
});
