import { isInCategory } from '../catalog/isInCategory.js';
import { BOUGHT, PURCHASE } from '../model/collectInteractions.js';
import { DAY_MS } from '../model/Model.js';
import { forEachRecentEvent } from '../model/forEachRecentEvent.js';
import type { Reason } from '../types.js';
import type { Candidate, ListContext } from './ListContext.js';
import type { ListDescriptor, ListTrainingInput } from './ListDescriptor.js';

/** What each shopper bought (CSR by shopper), and each product's rhythm over all its buyers. */
export interface PurchaseRhythm {
  start: Uint32Array;
  items: Uint32Array;
  /** The newest purchase day's time, in seconds since the epoch. */
  lastAt: Uint32Array;
  /** Distinct days the shopper bought the product on. */
  days: Uint16Array;
  /** The shopper's mean days between two purchase days of the product; 0 when bought on one day only. */
  intervalDays: Float32Array;
  /** Per product: mean days between two purchase days over every buyer who bought it again; 0 for none. */
  productIntervalDays: Float32Array;
  /** Per product: the share of its buyers who bought it again (smoothed toward the shop's share). */
  productRepeatRate: Float32Array;
  /** The shop's mean days between two purchase days, for products no one bought twice. */
  shopIntervalDays: number;
}

/** Shoppers with a repeat product before buy-again is ready: below that, a shop has too few returning buyers. */
const MIN_REPEAT_BUYERS = 10;
/**
 * Spread of "due" around the interval, on a log scale: a product is as likely a bit early as twice late, and
 * one long overdue (the shopper may have switched) fades slowly rather than at once.
 */
const EARLY_SPREAD = 0.5;
const LATE_SPREAD = 1;
/** Not due is not never: some buy more of the same soon after (a second one, stocking up). */
const UNDUE_FLOOR = 0.1;
/** Weight, in buyers, of the shop's repeat share in a product's, and of a product's rhythm in a shopper's. */
const PRODUCT_PRIOR_BUYERS = 5;
const SHOPPER_PRIOR_REPEATS = 1;
/** When nobody in the shop bought anything twice yet. */
const DEFAULT_INTERVAL_DAYS = 30;

/** Groups purchases by shopper and product, counting distinct days (several units on one day are one purchase). */
export function trainPurchaseRhythm({ columns, userCount, itemCount }: ListTrainingInput): PurchaseRhythm {
  const purchases: number[] = [];
  for (let e = 0; e < columns.count; e++) if (columns.types[e] === PURCHASE) purchases.push(e);
  const { users, items, times } = columns;
  purchases.sort((a, b) => users[a]! - users[b]! || items[a]! - items[b]! || times[a]! - times[b]!);
  const start = new Uint32Array(userCount + 1);
  const pairs: { item: number; lastAt: number; days: number; span: number }[] = [];
  for (let r = 0; r < purchases.length;) {
    const first = purchases[r]!;
    let end = r;
    let days = 0;
    let lastDay = -Infinity;
    while (
      end < purchases.length &&
      users[purchases[end]!] === users[first] &&
      items[purchases[end]!] === items[first]
    ) {
      const day = Math.floor(times[purchases[end]!]! / DAY_MS);
      if (day !== lastDay) days++;
      lastDay = day;
      end++;
    }
    const last = times[purchases[end - 1]!]!;
    pairs.push({
      item: items[first]!,
      lastAt: Math.floor(last / 1000),
      days,
      span: (last - times[first]!) / DAY_MS,
    });
    start[users[first]! + 1]!++;
    r = end;
  }
  for (let u = 0; u < userCount; u++) start[u + 1]! += start[u]!;

  const buyers = new Float64Array(itemCount);
  const repeaters = new Float64Array(itemCount);
  const spans = new Float64Array(itemCount);
  const gaps = new Float64Array(itemCount);
  let shopSpan = 0;
  let shopGaps = 0;
  for (const { item, days, span } of pairs) {
    buyers[item]!++;
    if (days < 2) continue;
    repeaters[item]!++;
    spans[item]! += span;
    gaps[item]! += days - 1;
    shopSpan += span;
    shopGaps += days - 1;
  }
  const shopRepeatRate =
    pairs.length === 0 ? 0 : pairs.filter((pair) => pair.days >= 2).length / pairs.length;
  const productRepeatRate = new Float32Array(itemCount);
  const productIntervalDays = new Float32Array(itemCount);
  for (let item = 0; item < itemCount; item++) {
    productRepeatRate[item] =
      (repeaters[item]! + PRODUCT_PRIOR_BUYERS * shopRepeatRate) / (buyers[item]! + PRODUCT_PRIOR_BUYERS);
    productIntervalDays[item] = gaps[item]! > 0 ? Math.max(spans[item]! / gaps[item]!, 1) : 0;
  }
  return {
    start,
    items: Uint32Array.from(pairs, (pair) => pair.item),
    lastAt: Uint32Array.from(pairs, (pair) => pair.lastAt),
    days: Uint16Array.from(pairs, (pair) => Math.min(pair.days, 0xffff)),
    intervalDays: Float32Array.from(pairs, (pair) =>
      pair.days >= 2 ? Math.max(pair.span / (pair.days - 1), 1) : 0,
    ),
    productIntervalDays,
    productRepeatRate,
    shopIntervalDays: shopGaps > 0 ? Math.max(shopSpan / shopGaps, 1) : DEFAULT_INTERVAL_DAYS,
  };
}

/**
 * Buy it again: what the shopper bought, the most likely to be bought now first. Likely: how surely the shopper
 * buys it again (their own repeats, with the product's share of buyers who come back as prior) times how due it
 * is (the time since the last purchase against their interval, shrunk toward the product's). Purchases since
 * training move a product's last purchase, so one just bought is not due again.
 */
export function buyAgain(context: ListContext, pool: number): Candidate[] {
  const { model, user, now, categoryNodes } = context;
  const data = model.lists['buy-again'] as PurchaseRhythm | undefined;
  if (data === undefined || user < 0 || user >= data.start.length - 1) return [];
  const from = data.start[user]!;
  const to = data.start[user + 1]!;
  if (from === to) return [];
  const boughtSince = new Map<number, number>();
  forEachRecentEvent(model, user, Infinity, (item, seconds, live) => {
    if (live === null) return false;
    if (live.flags & BOUGHT && !boughtSince.has(item)) boughtSince.set(item, seconds);
  });
  const candidates: Candidate[] = [];
  for (let k = from; k < to; k++) {
    const item = data.items[k]!;
    if (categoryNodes && !isInCategory(model.catalog, item, categoryNodes)) continue;
    const repeats = data.days[k]! - 1;
    const productInterval = data.productIntervalDays[item]! || data.shopIntervalDays;
    const interval =
      (repeats * data.intervalDays[k]! + SHOPPER_PRIOR_REPEATS * productInterval) /
      (repeats + SHOPPER_PRIOR_REPEATS);
    const comesBack =
      (repeats + PRODUCT_PRIOR_BUYERS * data.productRepeatRate[item]!) / (repeats + PRODUCT_PRIOR_BUYERS);
    const lastAt = Math.max(data.lastAt[k]!, boughtSince.get(item) ?? 0) * 1000;
    const ratio = Math.max(now - lastAt, DAY_MS / 24) / DAY_MS / interval;
    const spread = ratio < 1 ? EARLY_SPREAD : LATE_SPREAD;
    const due = Math.exp(-(Math.log(ratio) ** 2) / (2 * spread * spread));
    candidates.push({
      item,
      score: comesBack * (UNDUE_FLOOR + (1 - UNDUE_FLOOR) * due),
      reasons: [reasonFor(data, k, now, lastAt)],
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.item - b.item);
  return candidates.slice(0, pool);
}

function reasonFor(data: PurchaseRhythm, k: number, now: number, lastAt: number): Reason {
  if (data.days[k]! >= 2) {
    const days = Math.round(data.intervalDays[k]!);
    return { kind: 'buy-again', text: `You buy this every ~${days} day${days === 1 ? '' : 's'}` };
  }
  const ago = Math.max(0, Math.round((now - lastAt) / DAY_MS));
  return {
    kind: 'buy-again',
    text: ago === 0 ? 'You bought this today' : `You bought this ${ago} day${ago === 1 ? '' : 's'} ago`,
  };
}

export const buyAgainList = {
  name: 'buy-again',
  heading: 'Buy it again',
  summary: "the shopper's repeat products, due again by their own purchase interval",
  context: 'shopper',
  generate: buyAgain,
  fallback: [],
  train: trainPurchaseRhythm,
  readiness: (facts) => {
    const data = facts.model?.lists['buy-again'] as PurchaseRhythm | undefined;
    let buyers = 0;
    const products = new Set<number>();
    if (data !== undefined) {
      for (let u = 0; u + 1 < data.start.length; u++) {
        let repeats = false;
        for (let k = data.start[u]!; k < data.start[u + 1]!; k++) {
          if (data.days[k]! < 2) continue;
          repeats = true;
          products.add(data.items[k]!);
        }
        if (repeats) buyers++;
      }
    }
    return {
      items: products.size,
      requirements: [{ kind: 'repeat-buyers', have: buyers, need: MIN_REPEAT_BUYERS }],
    };
  },
} as const satisfies ListDescriptor<'buy-again'>;
