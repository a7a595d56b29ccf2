import { createShopperToken } from '@aisle/react/shopper-token';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { BootedStrapi } from './helpers/bootStrapi';
import { bootStrapi } from './helpers/bootStrapi';
import { asShopServer } from './helpers/createServerToken';
import type { TestDatabase } from './helpers/useTestDatabase';
import { useTestDatabase } from './helpers/useTestDatabase';

// The CMS behind the store's proxy (AISLE_BEHIND_PROXY): each shopper has their own rate limit, keyed on the
// address the proxy added, and a client cannot pick its own by sending X-Forwarded-For through the proxy.
// Limits count over the last 60 s (the previous minute's requests weighted by the share of it still inside): the
// last of N + 1 requests sent back to back is refused wherever a minute begins among them, as long as k × e stays
// under 60 s, k the requests before the minute's start and e the time from it to the last one (for the 41 list
// requests below: under about 140 ms a request).
let database: TestDatabase;
let app: BootedStrapi;

const sendFrom = (forwardedFor: string, sessionId: string) =>
  app
    .http()
    .post('/api/recommendations/events')
    .set('X-Forwarded-For', forwardedFor)
    .send({ events: [{ type: 'view', productId: `p-${Math.random()}`, sessionId }] });

beforeAll(async () => {
  process.env.AISLE_BEHIND_PROXY = 'true';
  database = await useTestDatabase();
  app = await bootStrapi(database);
  await app.strapi
    .plugin('recommendations')
    .service('settings')
    .update({ events: { rateLimitPerMinute: 2 } });
});

afterAll(async () => {
  delete process.env.AISLE_BEHIND_PROXY;
  await app?.destroy();
  await database?.drop();
});

describe('behind a proxy', () => {
  it("limits each shopper on the address the proxy saw, not the proxy's", async () => {
    const statuses = async (forwardedFor: string) => {
      const answers = [];
      for (let n = 0; n < 3; n++) answers.push((await sendFrom(forwardedFor, 'proxied-session-1')).status);
      return answers;
    };
    expect(await statuses('203.0.113.7')).toEqual([202, 202, 429]);
    // Another shopper behind the same proxy is not held up by the first.
    expect(await statuses('203.0.113.8')).toEqual([202, 202, 429]);
    // A client that prepends an address of its own still gets the one the proxy added (the last).
    expect((await sendFrom('198.51.100.1, 203.0.113.7', 'proxied-session-1')).status).toBe(429);
  });

  it('counts a signed-in shopper as themselves: shoppers behind one address do not hold each other up', async () => {
    const secret = process.env.AISLE_SHOPPER_TOKEN_SECRET!;
    const office = '203.0.113.30';
    const sendAs = (userId: string) =>
      app
        .http()
        .post('/api/recommendations/events')
        .set('X-Forwarded-For', office)
        .send({
          events: [
            {
              type: 'view',
              productId: `p-${Math.random()}`,
              shopperToken: createShopperToken({ secret, userId }),
            },
          ],
        });
    const statuses = async (userId: string) => {
      const answers = [];
      for (let n = 0; n < 3; n++) answers.push((await sendAs(userId)).status);
      return answers;
    };
    expect(await statuses('office-worker-1')).toEqual([202, 202, 429]);
    expect(await statuses('office-worker-2')).toEqual([202, 202, 429]);
    // The address itself is untouched: an anonymous shopper there has the whole limit.
    expect((await sendFrom(office, 'anonymous-session-1')).status).toBe(202);
    // A forged token is no key of its own: it counts against the address (and is refused as an identity).
    const forged = createShopperToken({ secret: 'not-the-shops-secret-at-all', userId: 'office-worker-3' });
    const withForged = () =>
      app
        .http()
        .post('/api/recommendations/events')
        .set('X-Forwarded-For', office)
        .send({ events: [{ type: 'view', productId: 'p1', shopperToken: forged }] });
    expect((await withForged()).status).not.toBe(429);
    expect((await withForged()).status).toBe(429);
  });

  it('limits list requests too, at twenty times the events limit, and never the shop server', async () => {
    const list = (forwardedFor: string) =>
      app.http().get('/api/recommendations/lists/new').set('X-Forwarded-For', forwardedFor);
    const statuses: number[] = [];
    for (let n = 0; n < 41; n++) statuses.push((await list('203.0.113.20')).status);
    expect(statuses.filter((status) => status === 429)).toHaveLength(1);
    expect(statuses.at(-1)).toBe(429);
    expect((await list('203.0.113.21')).status).not.toBe(429);
    const asServer = await asShopServer(app);
    for (let n = 0; n < 45; n++) {
      expect(
        (await asServer.get('/api/recommendations/lists/new').set('X-Forwarded-For', '203.0.113.22')).status,
      ).not.toBe(429);
    }
  });
});
