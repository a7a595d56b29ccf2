import type { Core } from '@strapi/strapi';

import type { ListPerformance } from '../../../shared/contracts/performance';

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

  return { perList };
};

export type PerformanceService = ReturnType<typeof createPerformanceService>;
