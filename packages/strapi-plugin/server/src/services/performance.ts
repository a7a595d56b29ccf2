import type { Core } from '@strapi/strapi';

import type { ListDay, ListPerformance } from '../../../shared/contracts/performance';
import { toDay } from '../utils/toDay';

const DAY_MS = 86_400_000;
/** A purchase or an add to cart counts for a list when it follows a click of the same shopper within this time. */
const ATTRIBUTION_MS = 7 * DAY_MS;

interface CountRow {
  list: string;
  type: string;
  count: number | string;
}

interface AttributedRow {
  list: string;
  type: string;
  count: number | string;
  amount: number | string | null;
}

/** Performance per list from the stored events, computed by the database (SQLite and PostgreSQL alike). */
export const createPerformanceService = ({ strapi }: { strapi: Core.Strapi }) => {
  async function perList(days: number, now = Date.now()): Promise<ListPerformance[]> {
    const since = now - days * DAY_MS;
    const knex = strapi.db.connection;
    const counts = (await knex('aisle_events')
      .select('list', 'type')
      .count({ count: '*' })
      .whereNotNull('list')
      .whereIn('type', ['impression', 'click'])
      .where('occurred_at', '>=', since)
      .groupBy('list', 'type')) as unknown as CountRow[];
    // Each later event counts once per list, however many clicks of that list came before it.
    const attributed = (await knex
      .select('list', 'type')
      .count({ count: '*' })
      .sum({ amount: 'amount' })
      .from(
        knex('aisle_events as e')
          .distinct('c.list as list', 'e.type as type', 'e.id as id')
          .select(knex.raw('e.price * COALESCE(e.quantity, 1) as amount'))
          .join('aisle_events as c', function joinClicks() {
            this.on('c.user_id', '=', 'e.user_id')
              .andOn('c.product_id', '=', 'e.product_id')
              .andOn('c.occurred_at', '<=', 'e.occurred_at')
              .andOn('c.occurred_at', '>=', knex.raw('e.occurred_at - ?', [ATTRIBUTION_MS]));
          })
          .where('c.type', 'click')
          .whereNotNull('c.list')
          .whereIn('e.type', ['add_to_cart', 'purchase'])
          .where('e.occurred_at', '>=', since)
          .as('attributed'),
      )
      .groupBy('list', 'type')) as unknown as AttributedRow[];

    const byList = new Map<string, ListPerformance>();
    const entry = (list: string): ListPerformance => {
      let found = byList.get(list);
      if (found === undefined) {
        found = {
          list,
          impressions: 0,
          clicks: 0,
          ctr: null,
          addToCarts: 0,
          addToCartRate: null,
          purchases: 0,
          revenue: 0,
        };
        byList.set(list, found);
      }
      return found;
    };
    for (const row of counts) {
      const target = entry(row.list);
      if (row.type === 'impression') target.impressions = Number(row.count);
      else target.clicks = Number(row.count);
    }
    for (const row of attributed) {
      const target = entry(row.list);
      if (row.type === 'add_to_cart') {
        target.addToCarts = Number(row.count);
      } else {
        target.purchases = Number(row.count);
        target.revenue = Math.round(Number(row.amount ?? 0) * 100) / 100;
      }
    }
    for (const target of byList.values()) {
      target.ctr = target.impressions > 0 ? target.clicks / target.impressions : null;
      target.addToCartRate = target.clicks > 0 ? target.addToCarts / target.clicks : null;
    }
    return [...byList.values()].sort((a, b) => a.list.localeCompare(b.list));
  }

  /**
   * The same counts per list and per UTC day over the last `days` days (today included), every day present.
   * An add to cart or a purchase counts on its own day.
   */
  async function perDay(
    days: number,
    now = Date.now(),
  ): Promise<{ dayList: string[]; lists: { list: string; perDay: ListDay[] }[] }> {
    const lastDay = Math.floor(now / DAY_MS);
    const firstDay = lastDay - days + 1;
    const since = firstDay * DAY_MS;
    const knex = strapi.db.connection;
    const dayOf = (column: string) => knex.raw(`${column} / ${DAY_MS} as day`);
    const counts = (await knex('aisle_events')
      .select('list', 'type', dayOf('occurred_at'))
      .count({ count: '*' })
      .whereNotNull('list')
      .whereIn('type', ['impression', 'click'])
      .where('occurred_at', '>=', since)
      .groupByRaw(`list, type, occurred_at / ${DAY_MS}`)) as unknown as (CountRow & {
      day: number | string;
    })[];
    const attributed = (await knex
      .select('list', 'type', 'day')
      .count({ count: '*' })
      .sum({ amount: 'amount' })
      .from(
        knex('aisle_events as e')
          .distinct('c.list as list', 'e.type as type', 'e.id as id')
          .select(
            knex.raw(`e.occurred_at / ${DAY_MS} as day`),
            knex.raw('e.price * COALESCE(e.quantity, 1) as amount'),
          )
          .join('aisle_events as c', function joinClicks() {
            this.on('c.user_id', '=', 'e.user_id')
              .andOn('c.product_id', '=', 'e.product_id')
              .andOn('c.occurred_at', '<=', 'e.occurred_at')
              .andOn('c.occurred_at', '>=', knex.raw('e.occurred_at - ?', [ATTRIBUTION_MS]));
          })
          .where('c.type', 'click')
          .whereNotNull('c.list')
          .whereIn('e.type', ['add_to_cart', 'purchase'])
          .where('e.occurred_at', '>=', since)
          .as('attributed'),
      )
      .groupBy('list', 'type', 'day')) as unknown as (AttributedRow & { day: number | string })[];

    const dayList: string[] = [];
    for (let day = firstDay; day <= lastDay; day++) dayList.push(toDay(day * DAY_MS));
    const byList = new Map<string, ListDay[]>();
    const entry = (list: string, day: number | string): ListDay | undefined => {
      let series = byList.get(list);
      if (series === undefined) {
        series = dayList.map((name) => ({
          day: name,
          impressions: 0,
          clicks: 0,
          addToCarts: 0,
          purchases: 0,
          revenue: 0,
        }));
        byList.set(list, series);
      }
      return series[Number(day) - firstDay];
    };
    for (const row of counts) {
      const target = entry(row.list, row.day);
      if (target === undefined) continue;
      if (row.type === 'impression') target.impressions = Number(row.count);
      else target.clicks = Number(row.count);
    }
    for (const row of attributed) {
      const target = entry(row.list, row.day);
      if (target === undefined) continue;
      if (row.type === 'add_to_cart') {
        target.addToCarts = Number(row.count);
      } else {
        target.purchases = Number(row.count);
        target.revenue = Math.round(Number(row.amount ?? 0) * 100) / 100;
      }
    }
    const lists = [...byList.entries()]
      .map(([list, series]) => ({ list, perDay: series }))
      .sort((a, b) => a.list.localeCompare(b.list));
    return { dayList, lists };
  }

  return { perList, perDay };
};

export type PerformanceService = ReturnType<typeof createPerformanceService>;
