import { createHash } from 'node:crypto';

import type { RateWindowStore } from '../utils/createRateLimiter';
import { RATE_TABLE } from './clusterTables';
import type { Knex } from './isPostgres';

// Rows a statement writes: far below PostgreSQL's 65,535 bound parameters and SQLite's 32,766.
const CHUNK = 500;

/**
 * A rate limit's counts in the database, where every instance adds its own: an upsert adds to a client's count
 * in the window, then the totals are read back. The limiter weighs the previous window's counts as well: pruning
 * keeps it. Clients (addresses, shoppers) are stored as hashes, per limit.
 */
export function createRateWindowStore(knex: Knex, limit: string): RateWindowStore {
  const keyOf = (client: string) =>
    createHash('sha256').update(`${limit}\u0000${client}`).digest('base64url').slice(0, 43);

  async function add(window: number, increments: ReadonlyMap<string, number>): Promise<Map<string, number>> {
    const totals = new Map<string, number>();
    const entries = [...increments];
    for (let start = 0; start < entries.length; start += CHUNK) {
      const chunk = entries.slice(start, start + CHUNK).map(([client, hits]) => ({
        client,
        row: { key: keyOf(client), window_index: window, hits },
      }));
      await knex(RATE_TABLE)
        .insert(chunk.map(({ row }) => row))
        .onConflict(['key', 'window_index'])
        .merge({ hits: knex.raw('?? + excluded.hits', [`${RATE_TABLE}.hits`]) });
      const stored = (await knex(RATE_TABLE)
        .select('key', 'hits')
        .where('window_index', window)
        .whereIn(
          'key',
          chunk.map(({ row }) => row.key),
        )) as { key: string; hits: number | string }[];
      const byKey = new Map(stored.map((row) => [row.key, Number(row.hits)]));
      for (const { client, row } of chunk) totals.set(client, byKey.get(row.key) ?? row.hits);
    }
    return totals;
  }

  async function recent(window: number, client: string): Promise<{ previous: number; current: number }> {
    const rows = (await knex(RATE_TABLE)
      .select('window_index', 'hits')
      .where('key', keyOf(client))
      .whereIn('window_index', [window - 1, window])) as {
      window_index: number | string;
      hits: number | string;
    }[];
    const hitsIn = (index: number) =>
      Number(rows.find((row) => Number(row.window_index) === index)?.hits ?? 0);
    return { previous: hitsIn(window - 1), current: hitsIn(window) };
  }

  async function prune(window: number): Promise<void> {
    await knex(RATE_TABLE).where('window_index', '<', window).delete();
  }

  return { add, recent, prune };
}
