import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { BootedStrapi } from './helpers/bootStrapi';
import { bootStrapi } from './helpers/bootStrapi';
import type { TestDatabase } from './helpers/useTestDatabase';
import { useTestDatabase } from './helpers/useTestDatabase';

let database: TestDatabase;
let app: BootedStrapi;

beforeAll(async () => {
  database = await useTestDatabase();
  app = await bootStrapi(database);
});

afterAll(async () => {
  await app?.destroy();
  await database?.drop();
});

describe('smoke', () => {
  it('serves an empty list before the first training', async () => {
    const response = await app.http().get('/api/recommendations/lists/new');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: [], meta: { list: 'new', modelVersion: null } });
  });
});
