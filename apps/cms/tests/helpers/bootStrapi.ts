import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Core } from '@strapi/strapi';
import supertest from 'supertest';

import type { TestDatabase } from './useTestDatabase';

const appDir = fileURLToPath(new URL('../..', import.meta.url));

export interface BootedStrapi {
  strapi: Core.Strapi;
  /** supertest on Strapi's HTTP server (nothing listens on a port). */
  http: () => supertest.Agent;
  destroy(): Promise<void>;
}

/**
 * Boots the real apps/cms Strapi (compiled by the global setup) on a test database, without the admin panel's
 * static files; `beforeLoad` sees the instance before its register and bootstrap run. The ESM build of @strapi/strapi cannot load here (lodash/fp), hence require.
 */
export async function bootStrapi(
  database: TestDatabase,
  { beforeLoad }: { beforeLoad?: (strapi: Core.Strapi) => void } = {},
): Promise<BootedStrapi> {
  // The default hourly training would fire in whichever test runs at the top of the hour (a model the test did
  // not ask for): jobs are still registered, as the schedule tests check, but the clock does not start them.
  Object.assign(process.env, { CRON_ENABLED: 'false' }, database.env);
  const { createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as {
    createStrapi: (options: Record<string, unknown>) => Core.Strapi;
  };
  const strapi = createStrapi({
    appDir,
    distDir: path.join(appDir, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  });
  // Spies on what the boot does (its log, for one) go in here.
  beforeLoad?.(strapi);
  await strapi.load();
  await strapi.server.mount();
  return {
    strapi,
    http: () => supertest.agent(strapi.server.httpServer),
    async destroy() {
      // Strapi's destroy() ends with process.removeAllListeners(), which also removes the listeners vitest's
      // forked worker needs to talk to its parent (the run then fails with EPIPE although every test passed).
      const removeAllListeners = process.removeAllListeners;
      process.removeAllListeners = function keepListeners() {
        return process;
      } as typeof process.removeAllListeners;
      try {
        await strapi.destroy();
      } finally {
        process.removeAllListeners = removeAllListeners;
      }
    },
  };
}
