import { DAY_MS } from '../model/Model.js';
import type { ListContext } from './ListContext.js';

/** Below this z-score a product is not trending: one sale after none is not a trend. */
export const TRENDING_MIN_Z = 2;

export interface Ranking {
  items: Uint32Array;
  scores: Float64Array;
  /** Best-selling: from this rank on, products with demand but no sales in the window ("popular"). */
  unsoldFrom: number;
}

/**
 * The whole catalog ranked by sales in the window (best-selling) or by trend (trending), cached until the
 * counters change or the day turns. Trending is the z-score of the recent demand against what the baseline
 * predicts, with a prior of four purchases of demand so a small count cannot look like a surge:
 * z = (recent - expected) / sqrt(expected + 4 x purchase weight).
 */
export function getRanking(context: ListContext, list: 'best-selling' | 'trending'): Ranking {
  const { model, runtime } = context;
  const today = Math.floor(context.now / DAY_MS);
  const key = `${list}:${today}`;
  const cached = runtime.rankings.get(key);
  if (cached && cached.version === runtime.version) return cached;

  const { counters, config } = model;
  const { days, lastDay } = counters;
  const itemCount = model.catalog.ids.length;
  const sumDays = (values: Float32Array, item: number, from: number, to: number): number => {
    let sum = 0;
    const first = Math.max(from, lastDay - days + 1);
    const last = Math.min(to, lastDay);
    for (let d = first; d <= last; d++) sum += values[item * days + (d % days)]!;
    return sum;
  };
  const score = new Float64Array(itemCount);
  const ranked: number[] = [];
  let unsoldFrom = 0;
  if (list === 'best-selling') {
    // Products that sold come first, by sales; then, so that a shop (or a ratings log) without sales in the
    // window still has a list, products by demand, scored below 1.
    const from = today - config.windows.bestSellingDays + 1;
    const unsold: number[] = [];
    let maxDemand = 0;
    for (let item = 0; item < itemCount; item++) {
      const sales = sumDays(counters.sales, item, from, today);
      if (sales > 0) {
        score[item] = sales;
        ranked.push(item);
        continue;
      }
      const demand = sumDays(counters.demand, item, from, today);
      if (demand > 0) {
        score[item] = demand;
        unsold.push(item);
        if (demand > maxDemand) maxDemand = demand;
      }
    }
    ranked.sort((a, b) => score[b]! - score[a]! || a - b);
    unsold.sort((a, b) => score[b]! - score[a]! || a - b);
    for (const item of unsold) score[item] = score[item]! / (maxDemand + 1);
    unsoldFrom = ranked.length;
    ranked.push(...unsold);
  } else {
    const { trendingDays, trendingBaselineDays } = config.windows;
    const prior = 4 * Math.max(config.weights.purchase, 1);
    for (let item = 0; item < itemCount; item++) {
      const recent = sumDays(counters.demand, item, today - trendingDays + 1, today);
      if (recent <= 0) continue;
      const baseline = sumDays(
        counters.demand,
        item,
        today - trendingDays - trendingBaselineDays + 1,
        today - trendingDays,
      );
      const expected = (baseline * trendingDays) / trendingBaselineDays;
      const z = (recent - expected) / Math.sqrt(expected + prior);
      if (z >= TRENDING_MIN_Z) {
        score[item] = z;
        ranked.push(item);
      }
    }
  }
  if (list === 'trending') ranked.sort((a, b) => score[b]! - score[a]! || a - b);
  const ranking = {
    unsoldFrom: list === 'trending' ? ranked.length : unsoldFrom,
    version: runtime.version,
    items: Uint32Array.from(ranked),
    scores: Float64Array.from(ranked, (item) => score[item]!),
  };
  for (const [staleKey, stale] of runtime.rankings) {
    if (stale.version !== runtime.version || !staleKey.endsWith(`:${today}`))
      runtime.rankings.delete(staleKey);
  }
  runtime.rankings.set(key, ranking);
  return ranking;
}
