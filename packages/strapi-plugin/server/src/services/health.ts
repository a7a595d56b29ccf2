import { listReadiness, readinessFacts, resolveConfig } from '@aisle/engine';

import type { EventType } from '../../../shared/contracts/events';
import { EVENT_TYPES } from '../../../shared/contracts/events';
import type { DataHealth, EventsOnDay } from '../../../shared/contracts/health';
import { toDay } from '../utils/toDay';
import type { Collaborators } from './Collaborators';

const DAY_MS = 86_400_000;

/** Data health for the merchandiser: events over time, products with signal, how ready each list is. */
export const createHealthService = ({
  deps,
}: {
  deps: Collaborators<'catalog' | 'events' | 'eventsStore' | 'model' | 'settings'>;
}) => {
  async function get(days: number): Promise<DataHealth> {
    const settings = await deps.settings.get();
    const catalog = await deps.catalog.get();
    await deps.events.flush();

    const { count: total, latest } = await deps.eventsStore.totals();

    // The window ends on the newest event's day, so that a shop whose events stopped still sees its history.
    const lastDay = Math.floor((latest ?? Date.now()) / DAY_MS);
    const firstDay = lastDay - days + 1;
    const rows = await deps.eventsStore.perDayAndType(firstDay * DAY_MS);
    const perDay: EventsOnDay[] = [];
    for (let day = firstDay; day <= lastDay; day++) {
      perDay.push({
        day: toDay(day * DAY_MS),
        counts: Object.fromEntries(EVENT_TYPES.map((type) => [type, 0])) as Record<EventType, number>,
      });
    }
    for (const row of rows) {
      const entry = perDay[row.day - firstDay];
      if (entry !== undefined && (EVENT_TYPES as readonly string[]).includes(row.type)) {
        entry.counts[row.type as EventType] += row.count;
      }
    }

    let withSignal = 0;
    for (const productId of await deps.eventsStore.productIds()) {
      if (catalog.products.has(productId)) withSignal += 1;
    }
    const { views, viewedProducts } = await deps.eventsStore.views();

    const serving = deps.model.current();
    const { fields } = settings.catalog;
    const lists = listReadiness(
      readinessFacts({
        model: serving?.model ?? null,
        // The serving model counted with its own windows; the settings' apply from the next training on.
        config: serving?.model.config ?? resolveConfig(settings.engine),
        products: catalog.products.size,
        views,
        viewedProducts,
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
