import { describe, expect, it } from 'vitest';

import type { ListCountRow } from '../events/createEventsStore';
import type { PluginParts } from './Collaborators';
import { createPerformanceService } from './performance';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 5, 12);

/** An events store that answers from rows given here, remembering what it was asked. */
function storeAnswering(engagement: ListCountRow[], attributed: ListCountRow[]) {
  const asked: string[] = [];
  const eventsStore = {
    listEngagement: async (since: number, byDay: boolean) => {
      asked.push(`engagement since ${since} ${byDay ? 'by day' : ''}`);
      return engagement;
    },
    attributedActions: async (since: number, byDay: boolean) => {
      asked.push(`attributed since ${since} ${byDay ? 'by day' : ''}`);
      return attributed;
    },
  } as unknown as PluginParts['eventsStore'];
  return { eventsStore, asked };
}

describe('the performance service', () => {
  it('turns counts per list into rates and revenue, lists by name, over the days asked', async () => {
    const { eventsStore, asked } = storeAnswering(
      [
        { list: 'trending', type: 'impression', count: '200' },
        { list: 'trending', type: 'click', count: 10 },
        { list: 'editorial:summer', type: 'click', count: 3 },
      ],
      [
        { list: 'trending', type: 'add_to_cart', count: 4, amount: 80 },
        { list: 'trending', type: 'purchase', count: 2, amount: '59.999' },
      ],
    );
    const performance = createPerformanceService({ deps: { eventsStore } });
    expect(await performance.perList(30, NOW)).toEqual([
      {
        list: 'editorial:summer',
        impressions: 0,
        clicks: 3,
        ctr: null,
        addToCarts: 0,
        addToCartRate: 0,
        purchases: 0,
        revenue: 0,
      },
      {
        list: 'trending',
        impressions: 200,
        clicks: 10,
        ctr: 0.05,
        addToCarts: 4,
        addToCartRate: 0.4,
        purchases: 2,
        revenue: 60,
      },
    ]);
    expect(asked).toEqual([`engagement since ${NOW - 30 * DAY} `, `attributed since ${NOW - 30 * DAY} `]);
  });

  it('gives every day of the window, today included, with the days that had nothing at zero', async () => {
    const today = Math.floor(NOW / DAY);
    const { eventsStore } = storeAnswering(
      [{ list: 'new', type: 'click', count: 2, day: today - 1 }],
      [{ list: 'new', type: 'purchase', count: 1, amount: 10, day: String(today) }],
    );
    const performance = createPerformanceService({ deps: { eventsStore } });
    const { dayList, lists } = await performance.perDay(3, NOW);
    expect(dayList).toEqual(['2026-12-03', '2026-12-04', '2026-12-05']);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.perDay.map((day) => [day.day, day.clicks, day.purchases, day.revenue])).toEqual([
      ['2026-12-03', 0, 0, 0],
      ['2026-12-04', 2, 0, 0],
      ['2026-12-05', 0, 1, 10],
    ]);
  });
});
