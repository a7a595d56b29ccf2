import type { ListDay, ListPerformance } from '../../../shared/contracts/performance';
import type { ModulePerformance, VariantPerformance } from '../../../shared/contracts/placements';
import type { EngagementKey } from '../events/createEventsStore';
import { compareVariants } from '../placements/compareVariants';
import { toDay } from '../utils/toDay';
import type { Collaborators } from './Collaborators';

const DAY_MS = 86_400_000;

/** Performance per list from the stored events, computed by the database (SQLite and PostgreSQL alike). */
// eslint-disable-next-line max-lines-per-function -- a factory counts by the functions it returns
export const createPerformanceService = ({ deps }: { deps: Collaborators<'eventsStore'> }) => {
  async function perList(
    days: number,
    now = Date.now(),
    by: EngagementKey = 'list',
  ): Promise<ListPerformance[]> {
    const since = now - days * DAY_MS;
    const counts = await deps.eventsStore.listEngagement(since, false, by);
    const attributed = await deps.eventsStore.attributedActions(since, false, by);

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
    const counts = await deps.eventsStore.listEngagement(since, true);
    const attributed = await deps.eventsStore.attributedActions(since, true);

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
      const target = entry(row.list, row.day!);
      if (target === undefined) continue;
      if (row.type === 'impression') target.impressions = Number(row.count);
      else target.clicks = Number(row.count);
    }
    for (const row of attributed) {
      const target = entry(row.list, row.day!);
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

  /**
   * Each placement module's variants side by side (from the events that carried `<slot>:<module>:<variant>`),
   * with the click-through rate's interval and what the A/B test says so far.
   */
  async function perPlacement(days: number, now = Date.now()): Promise<ModulePerformance[]> {
    const byModule = new Map<string, { slot: string; module: string; variants: VariantPerformance[] }>();
    for (const row of await perList(days, now, 'placement')) {
      const [slot = '', module = '', variant = ''] = row.list.split(':');
      const key = `${slot}:${module}`;
      let entry = byModule.get(key);
      if (entry === undefined) {
        entry = { slot, module, variants: [] };
        byModule.set(key, entry);
      }
      const { list: _key, addToCartRate: _rate, ...figures } = row;
      entry.variants.push({ variant, ...figures, ctrInterval: null });
    }
    return [...byModule.values()].map((entry) => {
      const { intervals, verdict, leader } = compareVariants(entry.variants);
      const variants = entry.variants.map((variant, index) => ({
        ...variant,
        ctrInterval: intervals[index]!,
      }));
      return { ...entry, variants, verdict, leader };
    });
  }

  return { perList, perDay, perPlacement };
};

export type PerformanceService = ReturnType<typeof createPerformanceService>;
