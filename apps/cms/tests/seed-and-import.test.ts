import { generateStore } from '@aisle/engine/synthetic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ensureAdminUser } from '../src/seed/ensureAdminUser';
import { ensureServerToken } from '../src/seed/ensureServerToken';
import { seedDemoStore } from '../src/seed/seedDemoStore';
import { withListTraffic } from '../src/seed/withListTraffic';
import type { BootedStrapi } from './helpers/bootStrapi';
import { bootStrapi } from './helpers/bootStrapi';
import { createAdmin } from './helpers/createAdmin';
import type { TestDatabase } from './helpers/useTestDatabase';
import { useTestDatabase } from './helpers/useTestDatabase';

let database: TestDatabase;
let app: BootedStrapi;
let token: string;

// A fixed end of history: the seed's default (when the database is first seeded) would change the events each run.
const TINY_STORE = { products: 40, shoppers: 60, interactions: 2000, seed: 7, now: Date.UTC(2026, 5, 1) };
// The generator aims at the number of interactions asked; count what it gives, with the lists' traffic of the
// last 30 days (impressions, clicks from a list) that the seed adds.
const tinyStore = generateStore(TINY_STORE);
const TINY_STORE_EVENTS = [
  ...withListTraffic(
    tinyStore.interactions(),
    tinyStore.catalog.map((product) => product.id),
    TINY_STORE.now - 30 * 86_400_000,
  ),
].length;

beforeAll(async () => {
  database = await useTestDatabase();
  app = await bootStrapi(database);
  token = await createAdmin(app.strapi, app.http, 'importer', 'super');
});

afterAll(async () => {
  await app?.destroy();
  await database?.drop();
});

describe('seed command', () => {
  it('loads the synthetic store through the import path and trains the first model', async () => {
    const report = await seedDemoStore(app.strapi, TINY_STORE);
    expect(report).toMatchObject({
      productsCreated: 40,
      eventsImported: TINY_STORE_EVENTS,
      eventsRejected: 0,
      modelVersion: 1,
    });
    expect(report.categoriesCreated).toBeGreaterThan(1);
    const events = app.strapi.db.query('plugin::recommendations.event');
    expect(await events.count({})).toBe(TINY_STORE_EVENTS);
    // The lists' traffic: impressions, and clicks that name their list, only in the last 30 days of history.
    const impressions = (await events.findMany({ where: { type: 'impression' } })) as {
      list: string | null;
      occurredAt: string | number;
    }[];
    expect(impressions.length).toBeGreaterThan(0);
    expect(impressions.every(({ list }) => list !== null)).toBe(true);
    const since = TINY_STORE.now - 30 * 86_400_000;
    expect(impressions.every(({ occurredAt }) => Number(occurredAt) >= since - 2000)).toBe(true);
    expect(await events.count({ where: { type: 'click', list: { $notNull: true } } })).toBeGreaterThan(0);
    expect(await events.count({ where: { type: 'click', list: { $null: true } } })).toBeGreaterThan(0);

    const list = await app.http().get('/api/recommendations/lists/best-selling?limit=5');
    expect(list.status).toBe(200);
    expect(list.body.meta.modelVersion).toBe(1);
    expect(list.body.data).toHaveLength(5);
    const product = list.body.data[0].product;
    expect(product.image.url).toMatch(/^\/uploads\/P\d+_.*\.svg$/);
    expect(product.category.length).toBeGreaterThan(1);
    const picture = await app.http().get(product.image.url);
    expect(picture.status).toBe(200);
  });

  it('adds nothing and keeps the model when run again', async () => {
    const report = await seedDemoStore(app.strapi, TINY_STORE);
    expect(report).toEqual({
      categoriesCreated: 0,
      productsCreated: 0,
      eventsImported: 0,
      eventsAlreadyThere: TINY_STORE_EVENTS,
      eventsRejected: 0,
      modelVersion: 1,
    });
    expect(await app.strapi.db.query('api::product.product').count({})).toBe(40);
  });
});

describe('seed admin', () => {
  it('is a Super Admin who logs in with the given password, created once', async () => {
    const credentials = { email: 'Demo.Owner@aisle.test', password: 'Seeded-admin-2026' };
    expect(await ensureAdminUser(app.strapi, credentials)).toBe(true);
    expect(await ensureAdminUser(app.strapi, { ...credentials, password: 'Another-one-2026' })).toBe(false);
    const login = await app
      .http()
      .post('/admin/login')
      .send({ email: 'demo.owner@aisle.test', password: credentials.password });
    expect(login.status).toBe(200);
    const me = await app
      .http()
      .get('/admin/users/me')
      .set('Authorization', `Bearer ${login.body.data.token}`);
    expect(me.body.data.roles.map((role: { code: string }) => role.code)).toEqual(['strapi-super-admin']);
    const wrong = await app
      .http()
      .post('/admin/login')
      .send({ email: credentials.email, password: 'Another-one-2026' });
    expect(wrong.status).toBe(400);
  });
});

describe('seed server token', () => {
  it("keeps the demo store's token for orders in an owner-only env file, and replaces one that no longer matches", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'aisle-token-'));
    const file = path.join(dir, '.env.local');
    try {
      writeFileSync(file, 'OTHER=kept\n');
      expect(await ensureServerToken(app.strapi, file)).toBe(true);
      const first = /^AISLE_CMS_SERVER_TOKEN=(.+)$/m.exec(readFileSync(file, 'utf8'))![1]!;
      expect(readFileSync(file, 'utf8')).toContain('OTHER=kept');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const product = (await app.strapi.documents('api::product.product').findFirst({})) as unknown as {
        slug: string;
      };
      const order = {
        type: 'purchase',
        productId: product.slug,
        userId: 'seed-buyer',
        orderId: 'seed-o1',
        quantity: 1,
      };
      const sent = await app
        .http()
        .post('/api/recommendations/events')
        .set('Authorization', `Bearer ${first}`)
        .send({ events: [order] });
      expect(sent.status).toBe(202);
      expect(sent.body.data).toEqual({ accepted: 1, rejected: 0 });

      expect(await ensureServerToken(app.strapi, file)).toBe(false);
      writeFileSync(file, 'AISLE_CMS_SERVER_TOKEN=lost\n');
      expect(await ensureServerToken(app.strapi, file)).toBe(true);
      const second = /^AISLE_CMS_SERVER_TOKEN=(.+)$/m.exec(readFileSync(file, 'utf8'))![1]!;
      expect(second).not.toBe(first);
      const revoked = await app
        .http()
        .post('/api/recommendations/events')
        .set('Authorization', `Bearer ${first}`)
        .send({ events: [{ ...order, orderId: 'seed-o2' }] });
      expect(revoked.status).toBe(401);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('POST /recommendations/imports', () => {
  const upload = (content: string, filename: string, format?: string) => {
    const request = app
      .http()
      .post('/recommendations/imports')
      .set('Authorization', `Bearer ${token}`)
      .attach('file', Buffer.from(content), filename);
    return format === undefined ? request : request.field('format', format);
  };
  /** Uploads, checks that the import is answered at once as running, and waits for its job to end. */
  const imported = async (content: string, filename: string, format?: string) => {
    const started = await upload(content, filename, format);
    expect(started.status).toBe(202);
    expect(started.body.data.status).toBe('running');
    for (;;) {
      const job = await app
        .http()
        .get(`/recommendations/imports/${started.body.data.id}`)
        .set('Authorization', `Bearer ${token}`);
      expect(job.status).toBe(200);
      if (job.body.data.status !== 'running') return job.body.data;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it('imports a CSV file, reports bad rows by line and keeps the good ones', async () => {
    const csv = [
      'type,userId,sessionId,productId,timestamp,quantity,price,orderId',
      'purchase,csv-1,,P001,1767225600000,2,10.5,o-csv-1',
      'view,,csv-s,P002,2026-01-01T10:00:00Z,,,',
      'purchase,csv-2,,P003,1767225600000,,,',
      'view,csv-3,,P004',
      'view,csv-4,,P005,1767225600000,,,',
    ].join('\n');
    const response = { body: { data: await imported(csv, 'orders.csv') } };
    expect(response.body.data).toMatchObject({
      format: 'csv',
      status: 'done',
      rows: 5,
      imported: 3,
      duplicates: 0,
      failed: 2,
    });
    expect(response.body.data.errors).toEqual([
      { line: 4, message: 'orderId: required for a purchase' },
      { line: 5, message: '4 fields, the header has 8' },
    ]);
    const stored = await app.strapi.db
      .query('plugin::recommendations.event')
      .findOne({ where: { userId: 'csv-1', type: 'purchase' } });
    expect(stored).toMatchObject({ productId: 'P001', quantity: 2, price: 10.5, orderId: 'o-csv-1' });

    const again = { body: { data: await imported(csv, 'orders.csv') } };
    expect(again.body.data).toMatchObject({ imported: 0, duplicates: 3, failed: 2 });

    const job = await app
      .http()
      .get(`/recommendations/imports/${response.body.data.id}`)
      .set('Authorization', `Bearer ${token}`);
    expect(job.status).toBe(200);
    expect(job.body.data.imported).toBe(3);
  });

  it('imports JSON Lines, naming a line that is not JSON or lacks a timestamp', async () => {
    const jsonl = [
      JSON.stringify({ type: 'add_to_cart', userId: 'jl-1', productId: 'P009', timestamp: 1767225600000 }),
      '{not json',
      JSON.stringify({ type: 'view', userId: 'jl-2', productId: 'P010' }),
    ].join('\n');
    const response = { body: { data: await imported(jsonl, 'events.txt', 'jsonl') } };
    expect(response.body.data).toMatchObject({ format: 'jsonl', rows: 3, imported: 1, failed: 2 });
    expect(response.body.data.errors[0].line).toBe(2);
    expect(response.body.data.errors[0].message).toMatch(/^not valid JSON/);
    expect(response.body.data.errors[1]).toEqual({ line: 3, message: 'timestamp: required in an import' });
  });

  it('400 without a file or with an unknown format, 401 without a token', async () => {
    const noFile = await app
      .http()
      .post('/recommendations/imports')
      .set('Authorization', `Bearer ${token}`)
      .field('format', 'csv');
    expect(noFile.status).toBe(400);
    expect(noFile.body.error.message).toBe(
      'file: expected a multipart field "file" with the CSV or JSON Lines file',
    );
    const badFormat = await upload('x', 'events.xml');
    expect(badFormat.status).toBe(400);
    expect(badFormat.body.error.message).toBe(
      'format: expected "csv" or "jsonl" (or a file name ending in .csv or .jsonl), got "events.xml"',
    );
    const anonymous = await app
      .http()
      .post('/recommendations/imports')
      .attach('file', Buffer.from('a'), 'a.csv');
    expect(anonymous.status).toBe(401);
  });

  it('marks an import whose process died as failed, saying so, instead of running forever', async () => {
    const jobs = app.strapi.db.query('plugin::recommendations.import-job');
    const stale = await jobs.create({
      data: {
        format: 'csv',
        status: 'running',
        rows: 30_000,
        imported: 29_000,
        duplicates: 0,
        failed: 0,
        errors: [],
        heartbeatAt: new Date(Date.now() - 10 * 60_000),
      },
    });
    const live = await jobs.create({
      data: {
        format: 'csv',
        status: 'running',
        rows: 10,
        imported: 10,
        duplicates: 0,
        failed: 0,
        errors: [],
        heartbeatAt: new Date(),
      },
    });
    const read = (id: number) =>
      app.http().get(`/recommendations/imports/${id}`).set('Authorization', `Bearer ${token}`);
    const died = (await read(stale.id)).body.data;
    expect(died.status).toBe('failed');
    expect(died.finishedAt).not.toBeNull();
    expect(died.errors.at(-1)).toEqual({
      line: 30_000,
      message:
        'import stopped: the process reading the file ended before the file did (a restart or a crash); import it again, rows already imported are skipped',
    });
    expect((await read(live.id)).body.data.status).toBe('running');
    await jobs.delete({ where: { id: live.id } });
  });

  it('leaves no uploaded file behind, whatever happened, and takes multipart only where an upload is expected', async () => {
    const marker = `aisle-upload-marker-${Date.now()}`;
    const since = Date.now() - 1000;
    // Read to its end in the background, though the upload is removed when the request ends.
    const job = await imported(
      `type,sessionId,productId,timestamp\nview,${marker}-session,p1,2026-01-01T00:00:00Z\n`,
      'ok.csv',
    );
    expect(job).toMatchObject({ status: 'done', rows: 1, imported: 1 });
    const refused = await upload(`${marker}\n`, 'events.xml');
    expect(refused.status).toBe(400);
    // Removal is not awaited by the answer: give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const left = readdirSync(tmpdir())
      .map((name) => path.join(tmpdir(), name))
      .filter((file) => {
        const stat = statSync(file, { throwIfNoEntry: false });
        return stat !== undefined && stat.isFile() && stat.mtimeMs >= since && stat.size < 1_000_000;
      })
      .filter((file) => readFileSync(file, 'utf8').includes(marker));
    expect(left).toEqual([]);

    const elsewhere = await app
      .http()
      .post('/api/recommendations/events')
      .attach('file', Buffer.from(marker), 'events.json');
    expect(elsewhere.status).toBe(415);
    expect(elsewhere.body.error.message).toBe(
      'body: multipart is taken only by uploads, not by POST /api/recommendations/events',
    );
  });
});
