import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { BootedStrapi } from './helpers/bootStrapi';
import { bootStrapi } from './helpers/bootStrapi';
import { createAdmin } from './helpers/createAdmin';
import { createCatalog } from './helpers/createCatalog';
import { DEMO_CATEGORIES, DEMO_PRODUCTS } from './helpers/demoScenario';
import type { TestDatabase } from './helpers/useTestDatabase';
import { useTestDatabase } from './helpers/useTestDatabase';

let database: TestDatabase;
let app: BootedStrapi;
let adminToken: string;
let metricsToken: string;

beforeAll(async () => {
  database = await useTestDatabase();
  app = await bootStrapi(database);
  await createCatalog(app.strapi, DEMO_CATEGORIES, DEMO_PRODUCTS);
  adminToken = await createAdmin(app.strapi, app.http, 'operator', 'super');
  const token = (await app.strapi.service('admin::api-token').create({
    name: 'prometheus',
    // What an operator gives Prometheus: a custom token that may read the metrics and nothing else.
    type: 'custom',
    permissions: ['plugin::recommendations.instance.metrics'],
    lifespan: null,
  })) as { accessKey: string };
  metricsToken = token.accessKey;
});

afterAll(async () => {
  await app?.destroy();
  await database?.drop();
});

const metrics = async () => {
  const response = await app
    .http()
    .get('/api/recommendations/metrics')
    .set('Authorization', `Bearer ${metricsToken}`);
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/plain/);
  return response.text;
};

/** The value of one sample of the metrics text, by its name and labels as printed. */
const sample = (text: string, name: string): number | undefined => {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
};

describe('an instance as its operator watches it', () => {
  it('health says whether a model serves, and which; metrics follow lists, events and trainings', async () => {
    const before = await app.http().get('/api/recommendations/health');
    expect(before.status).toBe(200);
    expect(before.body.data).toMatchObject({ serving: false, modelVersion: null, eventLag: 0 });
    expect(before.body.data.instance).toMatch(/^[0-9a-f-]{36}$/);

    const events = [];
    for (let order = 0; order < 6; order++) {
      events.push(
        {
          type: 'purchase',
          productId: 'p01',
          userId: `u${order}`,
          orderId: `o${order}`,
          price: 10,
          quantity: 1,
        },
        {
          type: 'purchase',
          productId: 'p02',
          userId: `u${order}`,
          orderId: `o${order}`,
          price: 10,
          quantity: 1,
        },
        { type: 'view', productId: 'p03', sessionId: `s${order}` },
      );
    }
    await app.strapi.plugin('recommendations').service('events').ingest(events);
    const trained = await app
      .http()
      .post('/recommendations/training')
      .set('Authorization', `Bearer ${adminToken}`);
    expect(trained.status).toBe(200);
    for (const list of ['best-selling', 'best-selling', 'trending', 'no-such-list']) {
      await app.http().get(`/api/recommendations/lists/${list}`);
    }

    const after = await app.http().get('/api/recommendations/health');
    expect(after.body.data).toMatchObject({ serving: true, modelVersion: 1, eventLag: 0 });
    const text = await metrics();
    expect(sample(text, 'aisle_model_version{service="aisle-cms"}')).toBe(1);
    expect(sample(text, 'aisle_event_log_lag{service="aisle-cms"}')).toBe(0);
    expect(sample(text, 'aisle_events_stored_total{type="purchase",service="aisle-cms"}')).toBe(12);
    expect(sample(text, 'aisle_events_stored_total{type="view",service="aisle-cms"}')).toBe(6);
    expect(sample(text, 'aisle_training_runs_total{outcome="ready",service="aisle-cms"}')).toBe(1);
    expect(
      sample(
        text,
        'aisle_list_request_duration_seconds_count{service="aisle-cms",list="best-selling",status="200"}',
      ),
    ).toBe(2);
    // A list name nobody knows is counted under one label, not as the text the client sent.
    expect(
      sample(
        text,
        'aisle_list_request_duration_seconds_count{service="aisle-cms",list="unknown",status="404"}',
      ),
    ).toBe(1);
    expect(text).not.toContain('no-such-list');
    expect(sample(text, 'aisle_model_age_seconds{service="aisle-cms"}')).toBeGreaterThanOrEqual(0);
  });

  it('metrics need an API token; the public and shoppers cannot read them', async () => {
    expect((await app.http().get('/api/recommendations/metrics')).status).toBe(403);
    const wrong = await app
      .http()
      .get('/api/recommendations/metrics')
      .set('Authorization', 'Bearer not-a-token');
    expect(wrong.status).toBe(401);
  });
});
