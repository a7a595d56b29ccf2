import type { Knex } from './isPostgres';

import { STATE_TABLE, VALUES_TABLE } from './clusterTables';

export interface ClusterState {
  /** The value of `key` (0 when never set). */
  read(key: string): Promise<number>;
  /** Sets `key` to `value` unless it holds more already: concurrent raises keep the largest. */
  raise(key: string, value: number): Promise<void>;
  /** The deployment's value of `key`: `candidate` if no instance stored one before, else the stored one. */
  valueOnce(key: string, candidate: string): Promise<string>;
}

/**
 * Monotonic counters and create-once values in the shared database, each an atomic upsert (PostgreSQL and
 * SQLite alike).
 */
export function createClusterState(knex: Knex): ClusterState {
  async function read(key: string): Promise<number> {
    const row = (await knex(STATE_TABLE).where({ key }).first('value')) as
      { value: string | number } | undefined;
    return row === undefined ? 0 : Number(row.value);
  }

  async function raise(key: string, value: number): Promise<void> {
    await knex.raw(
      `INSERT INTO ${STATE_TABLE} (key, value) VALUES (?, ?)
       ON CONFLICT (key) DO UPDATE SET value = CASE WHEN excluded.value > ${STATE_TABLE}.value
         THEN excluded.value ELSE ${STATE_TABLE}.value END`,
      [key, Math.floor(value)],
    );
  }

  async function valueOnce(key: string, candidate: string): Promise<string> {
    await knex.raw(`INSERT INTO ${VALUES_TABLE} (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`, [
      key,
      candidate,
    ]);
    const row = (await knex(VALUES_TABLE).where({ key }).first('value')) as { value: string };
    return row.value;
  }

  return { read, raise, valueOnce };
}
