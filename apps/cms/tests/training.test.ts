import { deserializeModel, serializeModel } from '@aisle/engine';
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
let token: string;
// Models here are small: stored in parts of 4 KiB, each is several parts, as a large shop's model is in 16 MiB ones.
const PART_BYTES = 4096;
const parts = () => app.strapi.db.connection('aisle_model_parts');

const admin = (method: 'get' | 'post', path: string) =>
  app.http()[method](path).set('Authorization', `Bearer ${token}`);

beforeAll(async () => {
  database = await useTestDatabase();
  process.env.AISLE_SNAPSHOT_PART_BYTES = String(PART_BYTES);
  app = await bootStrapi(database);
  token = await createAdmin(app.strapi, app.http, 'trainer', 'super');
  await createCatalog(app.strapi, DEMO_CATEGORIES, DEMO_PRODUCTS);
  expect(
    (await (await asShopServer(app)).post('/api/recommendations/events').send({ events: demoEvents() }))
      .status,
  ).toBe(202);
});

afterAll(async () => {
  await app?.destroy();
  await database?.drop();
});

describe('training', () => {
  it('reports no model before the first training', async () => {
    const status = await admin('get', '/recommendations/model');
    expect(status.status).toBe(200);
    expect(status.body.data).toMatchObject({ current: null, training: 'idle', lastFailure: null });
    expect(status.body.data.events).toBe(demoEvents().length);
  });

  it('trains, stores a snapshot and serves it; a request meanwhile gets 409', async () => {
    const plugin = app.strapi.plugin('recommendations');
    // Holding the event writer keeps the training waiting at its first step (it flushes pending events).
    let release: () => void = () => undefined;
    const held = plugin.service('events').exclusive(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
    );
    const running = plugin.service('training').start();
    const conflict = await admin('post', '/recommendations/training');
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.message).toBe('a training is running already');
    expect((await admin('get', '/recommendations/model')).body.data.training).toBe('running');
    release();
    await held;
    expect(await running).toMatchObject({ version: 1 });
    const status = await admin('get', '/recommendations/model');
    // Too few events to hold some out for offline metrics.
    expect(status.body.data.current).toMatchObject({ version: 1, products: 12, users: 20, metrics: null });
    expect(status.body.data.current.interactions).toBeGreaterThan(0);
    const list = await app.http().get('/api/recommendations/lists/best-selling');
    expect(list.body.meta.modelVersion).toBe(1);
    const stored = (await parts().where({ version: 1 }).orderBy('part').select('part', 'bytes')) as {
      part: number;
      bytes: Buffer;
    }[];
    expect(stored.length).toBeGreaterThan(2);
    expect(stored.map((row) => row.part)).toEqual(stored.map((_, n) => n));
    expect(stored.slice(0, -1).every((row) => row.bytes.byteLength === PART_BYTES)).toBe(true);
    expect(stored.at(-1)!.bytes.byteLength).toBeGreaterThan(0);
    expect(
      Buffer.concat(stored.map((row) => row.bytes))
        .subarray(0, 8)
        .toString('latin1'),
    ).toBe('AISLEMDL');
  });

  it('keeps the old model serving when a training fails', async () => {
    const settings = app.strapi.plugin('recommendations').service('settings');
    // 100,000 more events do not fit in a 16 MB worker: the worker runs out of memory and is stopped.
    const rows = Array.from({ length: 100_000 }, (_, index) => ({
      type: 'view',
      productId: `p0${(index % 9) + 1}`,
      userId: `bulk-${index % 5000}`,
      occurredAt: Date.now() - index * 1000,
    }));
    for (let start = 0; start < rows.length; start += 5000) {
      await app.strapi.db
        .query('plugin::recommendations.event')
        .createMany({ data: rows.slice(start, start + 5000) });
    }
    await settings.update({ training: { memoryLimitMb: 16 } });
    try {
      const failed = await admin('post', '/recommendations/training');
      expect(failed.status).toBe(500);
      expect(failed.body.error.message).toMatch(
        /^training failed: .*memory.*; the previous model keeps serving$/,
      );
      const status = await admin('get', '/recommendations/model');
      expect(status.body.data.current.version).toBe(1);
      expect(status.body.data.lastFailure.message).toMatch(/memory/);
      const list = await app
        .http()
        .get('/api/recommendations/lists/frequently-bought-together?productId=p01');
      expect(list.status).toBe(200);
      expect(list.body.meta.modelVersion).toBe(1);
      expect(list.body.data[0].product.id).toBe('p05');
    } finally {
      await settings.update({ training: { memoryLimitMb: 2048 } });
    }
    const retrained = await admin('post', '/recommendations/training');
    expect(retrained.status).toBe(200);
    expect(retrained.body.data).toMatchObject({ version: 2, users: 5020 });
    const metrics = retrained.body.data.metrics;
    expect(metrics).toMatchObject({ k: 10, users: expect.any(Number), holdoutEvents: expect.any(Number) });
    expect(metrics.holdoutEvents).toBeGreaterThan(4000);
    expect(Object.keys(metrics.hitRate).sort()).toEqual(['best-selling', 'picks-for-you']);
    // The most recent 5% are the bulk views: no later order to ask frequently bought together.
    expect(metrics.baskets).toBeNull();
    expect((await admin('get', '/recommendations/model')).body.data.lastFailure).toBeNull();
  });
});

describe('restart', () => {
  it('counts the purchases stored after the serving model was trained, after a restart as before it', async () => {
    const bestSelling = async () =>
      (
        (await app.http().get('/api/recommendations/lists/best-selling?limit=1')).body.data as {
          product: { id: string };
        }[]
      )[0]?.product.id;
    const orders = Array.from({ length: 40 }, (_, index) => ({
      type: 'purchase',
      productId: 'p10',
      userId: `late-buyer-${index}`,
      orderId: `late-${index}`,
      quantity: 2,
    }));
    expect(
      (await (await asShopServer(app)).post('/api/recommendations/events').send({ events: orders })).status,
    ).toBe(202);
    expect(await bestSelling()).toBe('p10');
    const version = (await admin('get', '/recommendations/model')).body.data.current.version;

    await app.destroy();
    app = await bootStrapi(database);
    token = await createAdmin(app.strapi, app.http, 'trainer-after-orders', 'super');

    expect((await admin('get', '/recommendations/model')).body.data.current.version).toBe(version);
    expect(await bestSelling()).toBe('p10');
  });

  it('keeps events, editorial lists, rule sets, settings and the model, without retraining', async () => {
    const list = await admin('post', '/recommendations/editorial-lists').send({
      slug: 'kept',
      title: 'Kept',
      productIds: ['p02'],
      status: 'published',
    });
    expect(list.status).toBe(201);
    const rules = await admin('post', '/recommendations/rule-sets').send({
      list: 'best-selling',
      pins: [{ productId: 'p03', position: 1 }],
    });
    expect(rules.status).toBe(201);
    await app.strapi
      .plugin('recommendations')
      .service('settings')
      .update({ training: { schedule: null } });
    // An administrator takes the right to send events away from the Public role: a restart must not give it back.
    await app.strapi.db
      .query('plugin::users-permissions.permission')
      .delete({ where: { action: 'plugin::recommendations.storefront.events' } });
    const before = (await admin('get', '/recommendations/model')).body.data;
    const served = (await app.http().get('/api/recommendations/lists/best-selling')).body;

    await app.destroy();
    app = await bootStrapi(database);
    token = await createAdmin(app.strapi, app.http, 'trainer-again', 'super');

    const after = (await admin('get', '/recommendations/model')).body.data;
    expect(after.current).toEqual(before.current);
    expect(after.events).toBe(before.events);
    expect((await app.http().get('/api/recommendations/lists/best-selling')).body).toEqual(served);
    expect(served.data[0].product.id).toBe('p03');
    const editorial = await app.http().get('/api/recommendations/editorial/kept');
    expect(editorial.body.data.items.map((item: { product: { id: string } }) => item.product.id)).toEqual([
      'p02',
    ]);
    const settings = await admin('get', '/recommendations/settings');
    expect(settings.body.data.training.schedule).toBeNull();
    const events = await app
      .http()
      .post('/api/recommendations/events')
      .send({ events: [{ type: 'view', productId: 'p01', sessionId: 'after-restart-session' }] });
    expect(events.status).toBe(403);
  });

  it('falls back to the previous snapshot when the newest cannot be read, and still reads one stored as text', async () => {
    const snapshots = app.strapi.db.query('plugin::recommendations.model-snapshot');
    const newest = await snapshots.findOne({
      where: { status: 'ready' },
      orderBy: { version: 'desc' },
      select: ['id', 'version'],
    });
    expect(newest.version).toBe(2);
    await parts()
      .where({ version: 2, part: 1 })
      .update({ bytes: Buffer.from('not a model') });
    // Version 1 as snapshots were stored before bytes had a table of their own: base64 text in the row.
    const first = (await parts().where({ version: 1 }).orderBy('part').select('bytes')) as {
      bytes: Buffer;
    }[];
    await snapshots.update({
      where: { version: 1 },
      data: { data: Buffer.concat(first.map((row) => row.bytes)).toString('base64') },
    });
    await parts().where({ version: 1 }).delete();

    await app.destroy();
    app = await bootStrapi(database);
    token = await createAdmin(app.strapi, app.http, 'trainer-third', 'super');

    expect((await admin('get', '/recommendations/model')).body.data.current.version).toBe(1);
    const list = await app.http().get('/api/recommendations/lists/best-selling');
    expect(list.body.meta.modelVersion).toBe(1);
  });

  it('trains at boot when no stored model can be read (one of an older format, one broken), and serves it', async () => {
    const snapshots = app.strapi.db.query('plugin::recommendations.model-snapshot');
    const first = (await snapshots.findOne({ where: { status: 'ready', version: 1 } })) as {
      id: number;
      data: string;
    };
    const model = deserializeModel(new Uint8Array(Buffer.from(first.data, 'base64')));
    const older = serializeModel({ ...model, format: model.format - 1 });
    await snapshots.update({
      where: { id: first.id },
      data: { data: Buffer.from(older).toString('base64') },
    });
    expect(await parts().where({ version: 2, part: 0 }).first('version')).toEqual({
      version: 2,
    });

    await app.destroy();
    const warnings: string[] = [];
    app = await bootStrapi(database, {
      beforeLoad: (strapi) => {
        const warn = strapi.log.warn.bind(strapi.log);
        strapi.log.warn = ((message: string) => {
          warnings.push(message);
          return warn(message);
        }) as typeof strapi.log.warn;
      },
    });
    token = await createAdmin(app.strapi, app.http, 'trainer-fourth', 'super');

    expect(warnings.filter((message) => message.startsWith('aisle:'))).toEqual([
      expect.stringMatching(/^aisle: model snapshot 2 cannot be read: aisle-engine: model is broken: /),
      `aisle: model snapshot 1 cannot be read: aisle-engine: model is broken: format ${model.format - 1} is not ${model.format}; retrain with this version`,
      'aisle: no stored model can be read; training a new one now',
    ]);
    // The boot's training runs in the background: wait for it to be served.
    let status = (await admin('get', '/recommendations/model')).body.data;
    for (let tries = 0; (status.training !== 'idle' || status.current === null) && tries < 200; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = (await admin('get', '/recommendations/model')).body.data;
    }
    expect(status).toMatchObject({ training: 'idle', current: { version: 3 }, lastFailure: null });
    const list = await app.http().get('/api/recommendations/lists/frequently-bought-together?productId=p01');
    expect(list.status).toBe(200);
    expect(list.body.meta.modelVersion).toBe(3);
    expect(list.body.data[0].product.id).toBe('p05');
  });

  it('still reads a snapshot whose bytes are one row, as stored before they were stored in parts', async () => {
    const stored = (await parts().where({ version: 3 }).orderBy('part').select('bytes')) as {
      bytes: Buffer;
    }[];
    await app.strapi.db
      .connection('aisle_model_blobs')
      .insert({ version: 3, bytes: Buffer.concat(stored.map((row) => row.bytes)) });
    await parts().where({ version: 3 }).delete();

    await app.destroy();
    app = await bootStrapi(database);
    token = await createAdmin(app.strapi, app.http, 'trainer-fifth', 'super');

    expect((await admin('get', '/recommendations/model')).body.data).toMatchObject({
      training: 'idle',
      current: { version: 3 },
    });
    const list = await app.http().get('/api/recommendations/lists/frequently-bought-together?productId=p01');
    expect(list.body.meta.modelVersion).toBe(3);
    expect(list.body.data[0].product.id).toBe('p05');
  });
});
