import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';
import { inject } from 'vitest';

export interface TestDatabase {
  /** Environment variables that point Strapi's config at this database (and at a temporary media directory). */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/**
 * A throwaway database for one test file: a fresh SQLite file, or a fresh database on the run's PostgreSQL
 * server when DATABASE_CLIENT=postgres.
 */
export async function useTestDatabase(): Promise<TestDatabase> {
  const publicDir = mkdtempSync(path.join(tmpdir(), 'aisle-cms-public-'));
  mkdirSync(path.join(publicDir, 'uploads'));
  const database = await createDatabase();
  return {
    env: { ...database.env, PUBLIC_DIR: publicDir },
    async drop() {
      await database.drop();
      rmSync(publicDir, { recursive: true, force: true });
    },
  };
}

async function createDatabase(): Promise<TestDatabase> {
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const serverUrl = inject('postgresUrl');
    if (!serverUrl) {
      throw new Error('aisle tests: DATABASE_CLIENT=postgres but no PostgreSQL server was started');
    }
    const name = `aisle_test_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
      async drop() {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'aisle-cms-test-'));
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
