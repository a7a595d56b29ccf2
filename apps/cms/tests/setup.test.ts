import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { BootedStrapi } from './helpers/bootStrapi';
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
