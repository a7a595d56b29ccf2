import type { Knex } from './isPostgres';

import { isPostgres } from './isPostgres';

/** The advisory lock's key: "AISL" in ASCII, the same for every instance of a deployment. */
const LOCK_KEY = 0x4149534c;

interface RawClient {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

interface KnexClientWithRaw {
  acquireRawConnection(): Promise<RawClient>;
  destroyRawConnection(connection: RawClient): Promise<void>;
}

export interface TrainingLock {
  /** Takes the deployment's training lock without waiting: a release function, or null when it is held. */
  tryAcquire(): Promise<(() => Promise<void>) | null>;
  /** Whether some instance holds the lock now. */
  isHeld(): Promise<boolean>;
}

/**
 * One training at a time across the instances of a deployment. On PostgreSQL a session-level advisory lock on
 * a connection of its own: if the instance that holds it dies, PostgreSQL ends its session and frees the lock,
 * so another instance can take the training over. On SQLite (one instance) a flag in this process.
 */
export function createTrainingLock(knex: Knex): TrainingLock {
  if (!isPostgres(knex)) {
    let held = false;
    return {
      async tryAcquire() {
        if (held) return null;
        held = true;
        return async () => {
          held = false;
        };
      },
      async isHeld() {
        return held;
      },
    };
  }
  const client = knex.client as unknown as KnexClientWithRaw;
  return {
    async tryAcquire() {
      const connection = await client.acquireRawConnection();
      try {
        const { rows } = await connection.query('SELECT pg_try_advisory_lock($1) AS acquired', [LOCK_KEY]);
        if (rows[0]?.acquired === true) {
          return async () => {
            try {
              await connection.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
            } finally {
              await client.destroyRawConnection(connection);
            }
          };
        }
      } catch (error) {
        await client.destroyRawConnection(connection);
        throw error;
      }
      await client.destroyRawConnection(connection);
      return null;
    },
    async isHeld() {
      // A bigint-less key is stored with classid 0 and objid = the key, objsubid 1.
      const result = (await knex.raw(
        `SELECT count(*) AS held FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = 0 AND objid = ? AND objsubid = 1`,
        [LOCK_KEY],
      )) as { rows: { held: string | number }[] };
      return Number(result.rows[0]?.held ?? 0) > 0;
    },
  };
}
