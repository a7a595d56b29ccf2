import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import type { TestProject } from 'vitest/node';

import { startPostgres } from './startPostgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The server the PostgreSQL run creates its databases on; empty on SQLite. */
    postgresUrl: string;
  }
}

/**
 * Once per run: compiles the app's TypeScript (config, content types) to dist/, which every test file's boot
 * then loads, and on the PostgreSQL run starts a throwaway server unless DATABASE_URL names one.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const appDir = fileURLToPath(new URL('../..', import.meta.url));
  const { compileStrapi } = createRequire(import.meta.url)('@strapi/strapi') as {
    compileStrapi: (options: { appDir: string }) => Promise<unknown>;
  };
  await compileStrapi({ appDir });

  if (process.env.DATABASE_CLIENT !== 'postgres') {
    project.provide('postgresUrl', '');
    return () => undefined;
  }
  if (process.env.DATABASE_URL) {
    project.provide('postgresUrl', process.env.DATABASE_URL);
    return () => undefined;
  }
  const postgres = await startPostgres();
  project.provide('postgresUrl', postgres.url);
  return () => postgres.stop();
}
