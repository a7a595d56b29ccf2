import { createShopperToken } from '@aisle/react/shopper-token';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { BootedStrapi } from './helpers/bootStrapi';
import { bootStrapi } from './helpers/bootStrapi';
import { createAdmin } from './helpers/createAdmin';
import { createCatalog } from './helpers/createCatalog';
import { asShopServer } from './helpers/createServerToken';
import type { TestDatabase } from './helpers/useTestDatabase';
import { useTestDatabase } from './helpers/useTestDatabase';

let database: TestDatabase;
let app: BootedStrapi;
let adminToken: string;

const EVENT_UID = 'plugin::recommendations.event';

const countEvents = (where: Record<string, unknown> = {}) => app.strapi.db.query(EVENT_UID).count({ where });
const send = (body: unknown) =>
  app
    .http()
    .post('/api/recommendations/events')
    .send(body as object);
/** As the shop's server sends them (with its API token): purchases are accepted only so. */
const sendAsShop = async (body: unknown) =>
  (await asShopServer(app)).post('/api/recommendations/events').send(body as object);

beforeAll(async () => {
  database = await useTestDatabase();
  app = await bootStrapi(database);
  adminToken = await createAdmin(app.strapi, app.http, 'events-admin', 'super');
  // Purchases are priced from the catalog.
  await createCatalog(
    app.strapi,
    [],
    [
      { slug: 'p1', title: 'Lamp', price: 8 },
      { slug: 'p2', title: 'Kettle', price: 12.5 },
      { slug: 'p3', title: 'Mug', price: 4 },
      { slug: 'P1', title: 'Stove', price: 10 },
      { slug: 'P2', title: 'Pan', price: 5 },
      { slug: 'P3', title: 'Pot', price: 7 },
    ],
  );
});

afterAll(async () => {
  await app?.destroy();
  await database?.drop();
});

describe('POST /api/recommendations/events', () => {
  it('stores a valid batch and answers 202 with the counts', async () => {
    const response = await sendAsShop({
      events: [
        { type: 'view', productId: 'p1', sessionId: 'valid-session-0001' },
        {
          type: 'click',
          productId: 'p2',
          userId: 'valid-1',
          list: 'best-selling',
          timestamp: Date.now() - 1000,
        },
        {
          type: 'add_to_cart',
          productId: 'p2',
          userId: 'valid-1',
          quantity: 2,
          timestamp: '2026-01-01T10:00:00Z',
        },
        { type: 'purchase', productId: 'p2', userId: 'valid-1', orderId: 'o1', price: 12.5, quantity: 2 },
        { type: 'impression', productId: 'p3', sessionId: 'valid-session-0001', list: 'editorial:summer' },
      ],
    });
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ data: { accepted: 5, rejected: 0 }, errors: [] });
    // A session is stored in a namespace of its own: it never shares a history with a user.
    expect(await countEvents({ userId: 'valid-1' })).toBe(3);
    expect(await countEvents({ userId: 'session:valid-session-0001' })).toBe(2);
    const purchase = await app.strapi.db
      .query(EVENT_UID)
      .findOne({ where: { userId: 'valid-1', type: 'purchase' } });
    expect(purchase).toMatchObject({ productId: 'p2', orderId: 'o1', price: 12.5, quantity: 2 });
    const cart = await app.strapi.db
      .query(EVENT_UID)
      .findOne({ where: { userId: 'valid-1', type: 'add_to_cart' } });
    expect(Number(cart.occurredAt)).toBe(Date.parse('2026-01-01T10:00:00Z'));
  });

  it('refuses purchases from a browser, and prices those of the shop server from the catalog', async () => {
    const forged = {
      type: 'purchase',
      productId: 'p3',
      sessionId: 'attacker-session',
      orderId: 'x1',
      price: 999_999_999,
      quantity: 100,
    };
    const alone = await send({ events: [forged] });
    expect(alone.status).toBe(403);
    expect(alone.body.error.message).toBe(
      "the batch's events name shoppers or report purchases: both need the shop server's API token (or a signed shopperToken for a shopper)",
    );
    const mixed = await send({
      events: [{ type: 'view', productId: 'p3', sessionId: 'attacker-session' }, forged],
    });
    expect(mixed.status).toBe(202);
    expect(mixed.body).toEqual({
      data: { accepted: 1, rejected: 1 },
      errors: [
        {
          index: 1,
          message:
            "events[1].type: a purchase is reported by the shop's server with an API token, not by a browser",
        },
      ],
    });
    expect(await countEvents({ type: 'purchase', productId: 'p3' })).toBe(0);

    const fromShop = await sendAsShop({
      events: [
        { ...forged, userId: 'customer-9' },
        { ...forged, productId: 'gone' },
      ],
    });
    expect(fromShop.status).toBe(202);
    expect(fromShop.body.errors).toEqual([
      { index: 1, message: 'events[1].productId: "gone" is not a priced product of the catalog' },
    ]);
    const stored = await app.strapi.db.query(EVENT_UID).findOne({ where: { userId: 'customer-9' } });
    expect(stored).toMatchObject({ type: 'purchase', productId: 'p3', price: 4, quantity: 100 });
  });

  it('reports each bad event by index with the reason and stores the good ones', async () => {
    const response = await send({
      events: [
        { type: 'view', productId: 'p1', sessionId: 'mixed-session-0001' },
        { type: 'view', productId: 'p1' },
        { type: 'purchase', productId: 'p1', sessionId: 'mixed-session-0001' },
        { type: 'wishlist', productId: 'p1', sessionId: 'mixed-session-0001' },
        { type: 'click', productId: 'p1', sessionId: 'mixed-session-0001', list: 'top-sellers' },
        { type: 'view', productId: 'p1', sessionId: 'mixed-session-0001', timestamp: Date.now() + 3_600_000 },
        { type: 'view', productId: 'p1', sessionId: 'mixed-session-0001', colour: 'red' },
      ],
    });
    expect(response.status).toBe(202);
    expect(response.body.data).toEqual({ accepted: 1, rejected: 6 });
    const errors = response.body.errors as { index: number; message: string }[];
    expect(errors.map((error) => error.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(errors[0]!.message).toBe('events[1].userId: userId or sessionId is required');
    expect(errors[1]!.message).toContain('events[2].orderId: required for a purchase');
    expect(errors[2]!.message).toContain('events[3].type');
    expect(errors[3]!.message).toContain('events[4].list');
    expect(errors[4]!.message).toBe('events[5].timestamp: is in the future');
    expect(errors[5]!.message).toContain('colour');
    expect(await countEvents({ userId: 'session:mixed-session-0001' })).toBe(1);
  });

  it('takes a batch sent as text, as navigator.sendBeacon sends it', async () => {
    const events = [{ type: 'view', productId: 'p1', sessionId: 'beacon-session-0001' }];
    const response = await app
      .http()
      .post('/api/recommendations/events')
      .set('Content-Type', 'text/plain;charset=UTF-8')
      .send(JSON.stringify({ events }));
    expect(response.status).toBe(202);
    expect(await countEvents({ userId: 'session:beacon-session-0001' })).toBe(1);
    const broken = await app
      .http()
      .post('/api/recommendations/events')
      .set('Content-Type', 'text/plain')
      .send('{"events": [');
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toBe('body: not valid JSON');
  });

  it('400 when no event is valid or the body has no events array', async () => {
    const none = await send({ events: [{ type: 'view' }] });
    expect(none.status).toBe(400);
    expect(none.body.error.message).toBe('no valid event in the batch');
    expect(none.body.error.details.errors[0].index).toBe(0);
    const empty = await send({ events: [] });
    expect(empty.status).toBe(400);
    const shapeless = await send({ event: {} });
    expect(shapeless.status).toBe(400);
    expect(shapeless.body.error.message).toBe('events: expected an array of events');
  });

  it('413 over 500 events or over 256 KB', async () => {
    const many = Array.from({ length: 501 }, (_, index) => ({
      type: 'view',
      productId: `p${index}`,
      sessionId: 'many-session-00001',
    }));
    const tooMany = await send({ events: many });
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.error.message).toBe('events: 501 events, at most 500 a batch');
    const padding = 'x'.repeat(1000);
    const big = Array.from({ length: 300 }, () => ({
      type: 'view',
      productId: 'p1',
      sessionId: 'big-session-000001',
      padding,
    }));
    const tooBig = await send({ events: big });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.message).toMatch(/^the batch is \d+ bytes, more than 262144$/);
    expect(
      await countEvents({ userId: { $in: ['session:many-session-00001', 'session:big-session-000001'] } }),
    ).toBe(0);
  });

  it('stores every event of concurrent batches', async () => {
    const batches = Array.from({ length: 20 }, (_, batch) =>
      Array.from({ length: 500 }, (_, index) => ({
        type: 'view',
        productId: `p${index % 50}`,
        sessionId: `load-session-${batch}-${index}`,
      })),
    );
    const responses = await Promise.all(batches.map((events) => send({ events })));
    expect(responses.map((response) => response.status)).toEqual(batches.map(() => 202));
    expect(await countEvents({ userId: { $startsWith: 'session:load-session-' } })).toBe(10_000);
  });

  it("counts one session's repeated browsing once per product, type and day; every order counts", async () => {
    const day = 86_400_000;
    const now = Date.now();
    const view = (productId: string, timestamp: number) => ({
      type: 'view',
      productId,
      sessionId: 'repeat-session-1',
      timestamp,
    });
    // Five views of p7 in one batch and three more later the same day, one of p8, and one of p7 yesterday.
    const first = await send({
      events: [...Array.from({ length: 5 }, () => view('p7', now)), view('p8', now)],
    });
    expect(first.status).toBe(202);
    for (let round = 0; round < 3; round++)
      expect((await send({ events: [view('p7', now - round)] })).status).toBe(202);
    expect((await send({ events: [view('p7', now - day)] })).status).toBe(202);
    expect(await countEvents({ userId: 'session:repeat-session-1', productId: 'p7' })).toBe(2);
    expect(await countEvents({ userId: 'session:repeat-session-1', productId: 'p8' })).toBe(1);
    // Another session's view of the same product counts: it is another shopper.
    expect((await send({ events: [{ ...view('p7', now), sessionId: 'repeat-session-2' }] })).status).toBe(
      202,
    );
    expect(await countEvents({ userId: 'session:repeat-session-2' })).toBe(1);
    // Two orders of the same product by one shopper on one day are two sales.
    const order = (orderId: string) => ({
      type: 'purchase',
      productId: 'P1',
      userId: 'repeat-buyer',
      orderId,
    });
    expect((await sendAsShop({ events: [order('repeat-o1')] })).status).toBe(202);
    expect((await sendAsShop({ events: [order('repeat-o2')] })).status).toBe(202);
    expect(await countEvents({ userId: 'repeat-buyer' })).toBe(2);
  });

  it('pseudonymizes user ids when set to, and deletes every event of a user on request', async () => {
    await app.strapi
      .plugin('recommendations')
      .service('settings')
      .update({ events: { pseudonymizeUserIds: true } });
    try {
      expect(
        (await sendAsShop({ events: [{ type: 'view', productId: 'p1', userId: 'alice' }] })).status,
      ).toBe(202);
      expect(
        (await sendAsShop({ events: [{ type: 'view', productId: 'p2', userId: 'alice' }] })).status,
      ).toBe(202);
      expect(await countEvents({ userId: 'alice' })).toBe(0);
      const stored = await app.strapi.db
        .query(EVENT_UID)
        .findMany({ where: { productId: { $in: ['p1', 'p2'] } } });
      const hashed = stored.filter((row: { userId: string }) => /^[0-9a-f]{32}$/.test(row.userId));
      expect(hashed).toHaveLength(2);
      expect(hashed[0].userId).toBe(hashed[1].userId);

      const forget = await app
        .http()
        .delete('/recommendations/users/alice/events')
        .set('Authorization', `Bearer ${adminToken}`);
      expect(forget.status).toBe(200);
      expect(forget.body).toEqual({ data: { deleted: 2 } });
      expect(await countEvents({ userId: hashed[0].userId })).toBe(0);
    } finally {
      await app.strapi
        .plugin('recommendations')
        .service('settings')
        .update({ events: { pseudonymizeUserIds: false } });
    }
  });

  it('does not store events received before their shopper was forgotten and written after, but stores a later visit', async () => {
    const events = app.strapi.plugin('recommendations').service('events');
    expect(
      (await sendAsShop({ events: [{ type: 'view', productId: 'p1', userId: 'late-shopper' }] })).status,
    ).toBe(202);
    // As a request still being prepared when the forgetting ran: received before it, written after it.
    const receivedBefore = Date.now();
    const forget = await app
      .http()
      .delete('/recommendations/users/late-shopper/events')
      .set('Authorization', `Bearer ${adminToken}`);
    expect(forget.body).toEqual({ data: { deleted: 1 } });
    await events.ingest([{ type: 'view', productId: 'p2', userId: 'late-shopper' }], receivedBefore);
    await events.ingest(
      [{ type: 'purchase', productId: 'p3', userId: 'late-shopper', orderId: 'late-o1' }],
      receivedBefore,
    );
    expect(await countEvents({ userId: 'late-shopper' })).toBe(0);
    // The shopper comes back: from then on they are recorded again.
    expect(
      (await sendAsShop({ events: [{ type: 'view', productId: 'p2', userId: 'late-shopper' }] })).status,
    ).toBe(202);
    expect(await countEvents({ userId: 'late-shopper' })).toBe(1);
  });

  it("keeps anonymous sessions apart from users, and refuses a browser's session id short enough to guess", async () => {
    const victim = 'victim-user-000001';
    expect((await sendAsShop({ events: [{ type: 'view', productId: 'p2', userId: victim }] })).status).toBe(
      202,
    );
    // A browser naming the user's id as its session steers only its own session.
    expect((await send({ events: [{ type: 'view', productId: 'p3', sessionId: victim }] })).status).toBe(202);
    expect(await countEvents({ userId: victim })).toBe(1);

    const guessable = await app.http().get('/api/recommendations/lists/recently-viewed?sessionId=s1');
    expect(guessable.status).toBe(400);
    expect(guessable.body.error.message).toBe(
      'sessionId: an anonymous session id must be random and at least 16 characters (for example crypto.randomUUID()), got 2',
    );
    const shortEvent = await send({ events: [{ type: 'view', productId: 'p1', sessionId: 's1' }] });
    expect(shortEvent.status).toBe(400);
    expect(shortEvent.body.error.details.errors[0].message).toContain(
      'events[0].sessionId: an anonymous session id',
    );
  });

  it('429 with Retry-After over the rate limit of a client, however the requests fall on the minute', async () => {
    const settings = app.strapi.plugin('recommendations').service('settings');
    await settings.update({ events: { rateLimitPerMinute: 2 } });
    try {
      // A signed shopper counts as themselves: a key no other test here has sent from (the address has).
      const shopperToken = createShopperToken({
        secret: process.env.AISLE_SHOPPER_TOKEN_SECRET!,
        userId: 'rate-limited-shopper',
      });
      const event = { events: [{ type: 'view', productId: 'p1', shopperToken }] };
      // The limit counts over the last 60 s, not per calendar minute: the third of three requests sent within
      // 30 s is refused even if a minute begins between them.
      const responses = [await send(event), await send(event), await send(event)];
      expect(responses.map((response) => response.status)).toEqual([202, 202, 429]);
      expect(responses[2]!.body.error.message).toBe('more than 2 event requests a minute from this client');
      // Until enough of the two weigh no more: at most 30 s into the next minute, 90 s from now.
      const retryAfter = Number(responses[2]!.headers['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(90);
    } finally {
      await settings.update({ events: { rateLimitPerMinute: 600 } });
    }
  });
});

describe('GET /recommendations/performance', () => {
  it('counts impressions, clicks and what followed a click of each list, over 7 and 30 days', async () => {
    const day = 86_400_000;
    const now = Date.now();
    const at = (ago: number) => now - ago;
    const events = [
      // Impressions of four products: one shopper's repeats of one product the same day would count once.
      ...['P1', 'P4', 'P5', 'P6'].map((productId) => ({
        type: 'impression',
        productId,
        userId: 'perf-1',
        list: 'trending',
        timestamp: at(2 * day),
      })),
      { type: 'click', productId: 'P1', userId: 'perf-1', list: 'trending', timestamp: at(2 * day) },
      { type: 'add_to_cart', productId: 'P1', userId: 'perf-1', timestamp: at(2 * day - 3_600_000) },
      {
        type: 'purchase',
        productId: 'P1',
        userId: 'perf-1',
        orderId: 'perf-o1',
        price: 10,
        quantity: 2,
        timestamp: at(2 * day - 7_200_000),
      },
      ...['P3', 'P7'].map((productId) => ({
        type: 'impression',
        productId,
        userId: 'perf-1',
        list: 'editorial:perf',
        timestamp: at(2 * day),
      })),
      { type: 'click', productId: 'P3', userId: 'perf-1', list: 'editorial:perf', timestamp: at(2 * day) },
      { type: 'impression', productId: 'P2', userId: 'perf-2', list: 'trending', timestamp: at(12 * day) },
      { type: 'click', productId: 'P2', userId: 'perf-2', list: 'trending', timestamp: at(12 * day) },
      // Nine days after the click: outside the attribution window.
      {
        type: 'purchase',
        productId: 'P2',
        userId: 'perf-2',
        orderId: 'perf-o2',
        price: 5,
        timestamp: at(3 * day),
      },
      // No click before it.
      {
        type: 'purchase',
        productId: 'P1',
        userId: 'perf-3',
        orderId: 'perf-o3',
        price: 10,
        timestamp: at(day),
      },
    ];
    expect((await sendAsShop({ events })).status).toBe(202);

    const response = await app
      .http()
      .get('/recommendations/performance')
      .set('Authorization', `Bearer ${adminToken}`);
    expect(response.status).toBe(200);
    const [week, month] = response.body.data as { days: number; lists: { list: string }[] }[];
    expect(week!.days).toBe(7);
    expect(week!.lists.filter((entry) => ['trending', 'editorial:perf'].includes(entry.list))).toEqual([
      {
        list: 'editorial:perf',
        impressions: 2,
        clicks: 1,
        ctr: 0.5,
        addToCarts: 0,
        addToCartRate: 0,
        purchases: 0,
        revenue: 0,
      },
      {
        list: 'trending',
        impressions: 4,
        clicks: 1,
        ctr: 0.25,
        addToCarts: 1,
        addToCartRate: 1,
        purchases: 1,
        revenue: 20,
      },
    ]);
    expect(month!.days).toBe(30);
    expect(month!.lists.find((entry) => entry.list === 'trending')).toEqual({
      list: 'trending',
      impressions: 5,
      clicks: 2,
      ctr: 0.4,
      addToCarts: 1,
      addToCartRate: 0.5,
      purchases: 1,
      revenue: 20,
    });
  });
});
