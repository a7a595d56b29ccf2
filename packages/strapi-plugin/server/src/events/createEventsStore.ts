import type { Core } from '@strapi/strapi';

import { FIRSTS_TABLE } from '../cluster/clusterTables';
import type { EventRow } from '../training/rowToInteraction';
import { UID } from '../utils/uids';

/** The events table: the one module that reads and writes it (see `createEventsStore`). */
export const EVENTS_TABLE = 'aisle_events';
const DAY_MS = 86_400_000;
const INSERT_CHUNK = 500;
/** A purchase or an add to cart counts for a list when it follows a click of the same shopper within this time. */
export const ATTRIBUTION_MS = 7 * DAY_MS;

export type StoredEventRow = EventRow & { id: number };

/** Events per list and type (and day, when asked by day). */
export interface ListCountRow {
  list: string;
  type: string;
  count: number | string;
  day?: number | string;
  /** Money of the attributed purchases and adds to cart. */
  amount?: number | string | null;
}

/**
 * Everything done with the `aisle_events` table, on SQLite and PostgreSQL alike: writes, reads in id order for
 * training and the tail, deletion of a shopper, the counts the data health and performance pages show, and the
 * indexes Strapi's schema cannot declare.
 */
/** What engagement is counted per: the list an event names, or the placement variant. */
export type EngagementKey = 'list' | 'placement';

// eslint-disable-next-line max-lines-per-function -- a factory counts by the functions it returns
export function createEventsStore(strapi: Core.Strapi) {
  const knex = () => strapi.db.connection;
  const dayOf = (column: string) => knex().raw(`${column} / ${DAY_MS} as day`);
  let lastSweptDay = -1;

  return {
    /** Writes rows in one transaction; answers their ids (in no particular order). */
    async insert(rows: readonly EventRow[]): Promise<number[]> {
      const ids: number[] = [];
      await strapi.db.transaction(async () => {
        for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
          const chunk = rows.slice(start, start + INSERT_CHUNK);
          const created = await strapi.db.query(UID.event).createMany({ data: chunk });
          // The writer deletes rows by these ids when their shopper was forgotten meanwhile: never guess them.
          if (created.ids.length !== chunk.length) throw new Error('the database did not answer the new ids');
          ids.push(...created.ids.map(Number));
        }
      });
      return ids;
    },

    /** Deletes those of the rows `ids` that belong to one of `userKeys`. */
    async deleteOf(ids: readonly number[], userKeys: readonly string[]): Promise<number> {
      let deleted = 0;
      for (let start = 0; start < ids.length; start += INSERT_CHUNK) {
        deleted += await knex()(EVENTS_TABLE)
          .whereIn('id', ids.slice(start, start + INSERT_CHUNK))
          .whereIn('user_id', [...userKeys])
          .delete();
      }
      return deleted;
    },

    /**
     * Claims each key (a shopper, product, type and day) for the first event that has it: answers the keys this
     * call claimed, once each; a key stored before (by any instance) or repeated in `keys` is claimed once.
     * Keys older than yesterday are dropped now and then: a day's repeats only matter on that day.
     */
    async claimFirsts(keys: readonly { key: string; day: number }[]): Promise<Set<string>> {
      const db = knex();
      const wanted = new Map(keys.map((entry) => [entry.key, entry.day]));
      const claimed = new Set<string>();
      const all = [...wanted.keys()];
      for (let start = 0; start < all.length; start += INSERT_CHUNK) {
        const chunk = all.slice(start, start + INSERT_CHUNK);
        // Only the rows this statement inserted come back: of two instances claiming one key, one gets it.
        const inserted = (await db(FIRSTS_TABLE)
          .insert(chunk.map((key) => ({ key, day: wanted.get(key)! })))
          .onConflict('key')
          .ignore()
          .returning('key')) as ({ key: string } | string)[];
        for (const row of inserted) claimed.add(typeof row === 'string' ? row : row.key);
      }
      const today = Math.floor(Date.now() / DAY_MS);
      if (today !== lastSweptDay) {
        lastSweptDay = today;
        await db(FIRSTS_TABLE)
          .where('day', '<', today - 1)
          .delete();
      }
      return claimed;
    },

    /** Gives claimed keys back: their events could not be stored, so a retry must count. */
    async releaseFirsts(keys: readonly string[]): Promise<void> {
      for (let start = 0; start < keys.length; start += INSERT_CHUNK) {
        await knex()(FIRSTS_TABLE)
          .whereIn('key', keys.slice(start, start + INSERT_CHUNK))
          .delete();
      }
    },

    /** The import keys among `keys` already stored (an import run twice stores each row once). */
    async storedImportKeys(keys: readonly string[]): Promise<Set<string>> {
      const rows = (await strapi.db.query(UID.event).findMany({
        where: { importKey: { $in: [...keys] } },
        select: ['importKey'],
      })) as { importKey: string }[];
      return new Set(rows.map((row) => row.importKey));
    },

    /** Writes rows in one statement (an import's batch, already inside its own transaction). */
    async insertBatch(rows: readonly (EventRow & { importKey?: string })[]): Promise<void> {
      await strapi.db.query(UID.event).createMany({ data: [...rows] });
    },

    async readAfter(afterId: number, limit: number, upTo?: number): Promise<StoredEventRow[]> {
      return (await strapi.db.query(UID.event).findMany({
        where: upTo === undefined ? { id: { $gt: afterId } } : { id: { $gt: afterId, $lte: upTo } },
        orderBy: { id: 'asc' },
        limit,
      })) as StoredEventRow[];
    },

    async newestId(): Promise<number> {
      const newest = (await strapi.db
        .query(UID.event)
        .findOne({ orderBy: { id: 'desc' }, select: ['id'] })) as {
        id: number;
      } | null;
      return newest?.id ?? 0;
    },

    count: (): Promise<number> => strapi.db.query(UID.event).count({}),

    async deleteUsers(keys: readonly string[]): Promise<number> {
      return (await strapi.db.query(UID.event).deleteMany({ where: { userId: { $in: [...keys] } } })).count;
    },

    /** Training reads by id (the primary key); imports look events up by key, forgetting by shopper. */
    async createIndexes(): Promise<void> {
      for (const [name, column] of [
        ['aisle_events_import_key_idx', 'import_key'],
        ['aisle_events_user_id_idx', 'user_id'],
      ]) {
        await knex().raw(`CREATE INDEX IF NOT EXISTS ${name} ON ${EVENTS_TABLE} (${column})`);
      }
    },

    /** How many events, and the newest one's time (ms; null without events). */
    async totals(): Promise<{ count: number; latest: number | null }> {
      const row = (await knex()(EVENTS_TABLE)
        .count({ count: '*' })
        .max({ latest: 'occurred_at' })
        .first()) as { count: number | string; latest: number | string | null } | undefined;
      return { count: Number(row?.count ?? 0), latest: row?.latest == null ? null : Number(row.latest) };
    },

    /** Events per day (ms since the epoch / a day) and type, from `since` on. */
    async perDayAndType(since: number): Promise<{ day: number; type: string; count: number }[]> {
      const rows = (await knex()(EVENTS_TABLE)
        .select(dayOf('occurred_at'), 'type')
        .count({ count: '*' })
        .where('occurred_at', '>=', since)
        .groupByRaw(`occurred_at / ${DAY_MS}, type`)) as unknown as ListCountRow[];
      return rows.map((row) => ({ day: Number(row.day), type: row.type, count: Number(row.count) }));
    },

    /** The ids of the products any event names. */
    async productIds(): Promise<string[]> {
      const rows = (await knex()(EVENTS_TABLE).distinct('product_id')) as { product_id: string }[];
      return rows.map((row) => row.product_id);
    },

    /** View events, and the distinct products they name. */
    async views(): Promise<{ views: number; viewedProducts: number }> {
      const viewed = (await knex()(EVENTS_TABLE)
        .countDistinct({ count: 'product_id' })
        .where('type', 'view')
        .first()) as { count: number | string } | undefined;
      const views = (await knex()(EVENTS_TABLE).count({ count: '*' }).where('type', 'view').first()) as
        { count: number | string } | undefined;
      return { views: Number(views?.count ?? 0), viewedProducts: Number(viewed?.count ?? 0) };
    },

    /**
     * Impressions and clicks per list (or per placement variant, `by` 'placement') and type since `since` (and
     * per day with `byDay`).
     */
    async listEngagement(since: number, byDay: boolean, by: EngagementKey = 'list'): Promise<ListCountRow[]> {
      const query = knex()(EVENTS_TABLE)
        .select(`${by} as list`, 'type', ...(byDay ? [dayOf('occurred_at')] : []))
        .count({ count: '*' })
        .whereNotNull(by)
        .whereIn('type', ['impression', 'click'])
        .where('occurred_at', '>=', since);
      return (await (byDay
        ? query.groupByRaw(`${by}, type, occurred_at / ${DAY_MS}`)
        : query.groupBy(by, 'type'))) as unknown as ListCountRow[];
    },

    /**
     * Adds to cart and purchases since `since` that follow a click of a list (or placement variant) by the same
     * shopper on the same product within `ATTRIBUTION_MS`, per list and type (and day): each counts once per
     * list, however many clicks of that list came before it.
     */
    async attributedActions(
      since: number,
      byDay: boolean,
      by: EngagementKey = 'list',
    ): Promise<ListCountRow[]> {
      const db = knex();
      const attributed = db(`${EVENTS_TABLE} as e`)
        .distinct(`c.${by} as list`, 'e.type as type', 'e.id as id')
        .select(
          ...(byDay ? [db.raw(`e.occurred_at / ${DAY_MS} as day`)] : []),
          db.raw('e.price * COALESCE(e.quantity, 1) as amount'),
        )
        .join(`${EVENTS_TABLE} as c`, function joinClicks() {
          this.on('c.user_id', '=', 'e.user_id')
            .andOn('c.product_id', '=', 'e.product_id')
            .andOn('c.occurred_at', '<=', 'e.occurred_at')
            .andOn('c.occurred_at', '>=', db.raw('e.occurred_at - ?', [ATTRIBUTION_MS]));
        })
        .where('c.type', 'click')
        .whereNotNull(`c.${by}`)
        .whereIn('e.type', ['add_to_cart', 'purchase'])
        .where('e.occurred_at', '>=', since)
        .as('attributed');
      const columns = byDay ? ['list', 'type', 'day'] : ['list', 'type'];
      return (await db
        .select(...columns)
        .count({ count: '*' })
        .sum({ amount: 'amount' })
        .from(attributed)
        .groupBy(...columns)) as unknown as ListCountRow[];
    },
  };
}

export type EventsStore = ReturnType<typeof createEventsStore>;
