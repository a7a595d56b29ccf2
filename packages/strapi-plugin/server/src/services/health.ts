import { listReadiness, readinessFacts, resolveConfig } from '@aisle/engine';
import type { Core } from '@strapi/strapi';

import type { EventType } from '../../../shared/contracts/events';
import { EVENT_TYPES } from '../../../shared/contracts/events';
import type { DataHealth, EventsOnDay } from '../../../shared/contracts/health';
import { toDay } from '../utils/toDay';
import type { Collaborators } from './Collaborators';

const DAY_MS = 86_400_000;

interface DayTypeRow {
  day: number | string;
  type: string;
  count: number | string;
}

/** Data health for the merchandiser: events over time, products with signal, how ready each list is. */
export const createHealthService = ({
  strapi,
  deps,
}: {
  strapi: Core.Strapi;
  deps: Collaborators<'catalog' | 'events' | 'model' | 'settings'>;
}) => {
  async function get(days: number): Promise<DataHealth> {
    const knex = strapi.db.connection;
    const settings = await deps.settings.get();
    const catalog = await deps.catalog.get();
    await deps.events.flush();

    const totals = (await knex('aisle_events')
      .count({ count: '*' })
      .max({ latest: 'occurred_at' })
      .first()) as { count: number | string; latest: number | string | null } | undefined;
    const total = Number(totals?.count ?? 0);
    const latest = totals?.latest === null || totals?.latest === undefined ? null : Number(totals.latest);

    // The window ends on the newest event's day, so that a shop whose events stopped still sees its history.
    const lastDay = Math.floor((latest ?? Date.now()) / DAY_MS);
    const firstDay = lastDay - days + 1;
    const rows = (await knex('aisle_events')
      .select(knex.raw(`occurred_at / ${DAY_MS} as day`), 'type')
      .count({ count: '*' })
      .where('occurred_at', '>=', firstDay * DAY_MS)
      .groupByRaw(`occurred_at / ${DAY_MS}, type`)) as unknown as DayTypeRow[];
    const perDay: EventsOnDay[] = [];
    for (let day = firstDay; day <= lastDay; day++) {
      perDay.push({
        day: toDay(day * DAY_MS),
        counts: Object.fromEntries(EVENT_TYPES.map((type) => [type, 0])) as Record<EventType, number>,
      });
    }
    for (const row of rows) {
      const entry = perDay[Number(row.day) - firstDay];
      if (entry !== undefined && (EVENT_TYPES as readonly string[]).includes(row.type)) {
        entry.counts[row.type as EventType] += Number(row.count);
      }
    }

    const signalled = (await knex('aisle_events').distinct('product_id')) as { product_id: string }[];
    let withSignal = 0;
    for (const row of signalled) {
      if (catalog.products.has(row.product_id)) withSignal += 1;
    }
    const viewed = (await knex('aisle_events')
      .countDistinct({ count: 'product_id' })
      .where('type', 'view')
      .first()) as { count: number | string } | undefined;
    const views = (await knex('aisle_events').count({ count: '*' }).where('type', 'view').first()) as
      { count: number | string } | undefined;

    const serving = deps.model.current();
    const { fields } = settings.catalog;
    const lists = listReadiness(
      readinessFacts({
        model: serving?.model ?? null,
        // The serving model counted with its own windows; the settings' apply from the next training on.
        config: serving?.model.config ?? resolveConfig(settings.engine),
        products: catalog.products.size,
        views: Number(views?.count ?? 0),
        viewedProducts: Number(viewed?.count ?? 0),
        mapped: {
          launchDate: fields.launchDate !== null,
          content: fields.category !== null || fields.brand !== null || fields.tags !== null,
        },
      }),
    );

    return {
      events: { total, latestAt: latest === null ? null : new Date(latest).toISOString(), perDay },
      products: {
        total: catalog.products.size,
        withSignal,
        withoutSignal: catalog.products.size - withSignal,
      },
      lists,
    };
  }

  return { get };
};

export type HealthService = ReturnType<typeof createHealthService>;
