import type { Core } from '@strapi/strapi';

import { FORGOTTEN_TABLE } from './clusterTables';

/**
 * How long a forgetting stays recorded at least, whatever trainings ran since: an ingest that received a shopper's
 * events before they were forgotten may write them later, on any instance, and checks these records to drop them
 * (see the events service). Events received longer ago than half of this are not written at all.
 */
export const FORGOTTEN_KEPT_MS = 10 * 60_000;
const CHUNK = 500;

export interface ForgottenStore {
  /** Records the stored forms of a forgotten shopper (raw, session, pseudonymized), all at `at`. */
  add(keys: readonly string[], at: number): Promise<void>;
  /** Every forgotten form and when it was forgotten. */
  all(): Promise<Map<string, number>>;
  /** Those of `keys` recorded as forgotten, with when. */
  among(keys: readonly string[]): Promise<Map<string, number>>;
  /**
   * Answers how many forms were forgotten before `time` (a training that started after read none of their events)
   * and removes them, except the ones forgotten within the last `FORGOTTEN_KEPT_MS`, which late writes still need.
   */
  removeBefore(time: number): Promise<number>;
}

/**
 * The one owner of `aisle_forgotten_users`: the shoppers forgotten since the serving model's training, whom every
 * instance serves as strangers until a training without them replaces it.
 */
export function createForgottenStore(strapi: Core.Strapi): ForgottenStore {
  const table = () => strapi.db.connection(FORGOTTEN_TABLE);
  return {
    async add(keys, at) {
      for (const key of keys) {
        await table().insert({ user_key: key, forgotten_at: at }).onConflict('user_key').merge();
      }
    },
    async all() {
      const rows = (await table().select('user_key', 'forgotten_at')) as {
        user_key: string;
        forgotten_at: string | number;
      }[];
      return new Map(rows.map((row) => [row.user_key, Number(row.forgotten_at)]));
    },
    async among(keys) {
      const found = new Map<string, number>();
      for (let start = 0; start < keys.length; start += CHUNK) {
        const rows = (await table()
          .select('user_key', 'forgotten_at')
          .whereIn('user_key', keys.slice(start, start + CHUNK))) as {
          user_key: string;
          forgotten_at: string | number;
        }[];
        for (const row of rows) found.set(row.user_key, Number(row.forgotten_at));
      }
      return found;
    },
    async removeBefore(time) {
      const before = (await table().where('forgotten_at', '<', time).count({ count: '*' }).first()) as
        { count: number | string } | undefined;
      // Kept ones count again at the next training, which then prunes the older snapshots once more: harmless.
      await table()
        .where('forgotten_at', '<', Math.min(time, Date.now() - FORGOTTEN_KEPT_MS))
        .delete();
      return Number(before?.count ?? 0);
    },
  };
}
