import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { BootedStrapi } from './helpers/bootStrapi';
import { createAdmin } from './helpers/createAdmin';
import { bootStrapi } from './helpers/bootStrapi';
import type { TestDatabase } from './helpers/useTestDatabase';
import { useTestDatabase } from './helpers/useTestDatabase';

let database: TestDatabase;
let app: BootedStrapi;

const JOB = 'aisle-recommendations-training';

interface CronJob {
  name: string;
  options: { rule: string } | string;
}

const scheduled = () =>
  ((app.strapi.cron as unknown as { jobs: CronJob[] }).jobs ?? []).filter((job) => job.name === JOB);

beforeAll(async () => {
  database = await useTestDatabase();
  app = await bootStrapi(database);
});

afterAll(async () => {
  await app?.destroy();
  await database?.drop();
});

describe('training schedule', () => {
  it('registers the hourly training on boot and follows the setting', async () => {
    expect(scheduled().map((job) => job.options)).toEqual([{ rule: '0 * * * *' }]);
    const settings = app.strapi.plugin('recommendations').service('settings');
    await settings.update({ training: { schedule: '15 2 * * *' } });
    expect(scheduled().map((job) => job.options)).toEqual([{ rule: '15 2 * * *' }]);
    await settings.update({ training: { schedule: null } });
    expect(scheduled()).toEqual([]);
  });
});

describe('a shop whose product content type is not the default one', () => {
  it('answers 503 naming the problem until the settings point at a catalog, then serves', async () => {
    // As in a merchant's Strapi without api::product.product: the stored settings name a missing content type.
    const store = app.strapi.store({ type: 'plugin', name: 'recommendations' });
    const settings = (await store.get({ key: 'settings' })) ?? {};
    await store.set({
      key: 'settings',
      value: { ...settings, catalog: { contentType: 'api::article.article' } },
    });
    await app.destroy();
    app = await bootStrapi(database);

    const list = await app.http().get('/api/recommendations/lists/best-selling');
    expect(list.status).toBe(503);
    expect(list.body.error.message).toBe(
      'the catalog content type "api::article.article" does not exist: choose the product content type in the recommendations settings',
    );

    const token = await createAdmin(app.strapi, app.http, 'setup', 'super');
    const fixed = await app
      .http()
      .put('/recommendations/settings')
      .set('Authorization', `Bearer ${token}`)
      .send({ catalog: { contentType: 'api::product.product' } });
    expect(fixed.status).toBe(200);
    const served = await app.http().get('/api/recommendations/lists/best-selling');
    expect(served.status).toBe(200);
  });
});
