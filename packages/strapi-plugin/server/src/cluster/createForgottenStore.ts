import type { Core } from '@strapi/strapi';

import { FORGOTTEN_TABLE } from './clusterTables';

export interface ForgottenStore {
  /** Records the stored forms of a forgotten shopper (raw, session, pseudonymized), all at `at`. */
  add(keys: readonly string[], at: number): Promise<void>;
  /** Every forgotten form and when it was forgotten. */
  all(): Promise<Map<string, number>>;
  /** Removes the forms forgotten before `time` (a training that started after read none of their events). */
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
    async removeBefore(time) {
      return table().where('forgotten_at', '<', time).delete();
    },
  };
}
