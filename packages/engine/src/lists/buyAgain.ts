import { isInCategory } from '../catalog/isInCategory.js';
import { BOUGHT, PURCHASE } from '../model/collectInteractions.js';
import { DAY_MS } from '../model/Model.js';
import { forEachRecentEvent } from '../model/forEachRecentEvent.js';
import type { Candidate, ListContext } from './ListContext.js';
import type { ListDescriptor, ListTrainingInput } from './ListDescriptor.js';

/** Each shopper's products bought on two or more days (CSR by shopper), with their rhythm. */
export interface RepeatPurchases {
  start: Uint32Array;
  items: Uint32Array;
  /** The newest purchase day's time, in seconds since the epoch. */
  lastAt: Uint32Array;
  /** Mean days between two purchase days. */
  intervalDays: Float32Array;
  /** Distinct days the product was bought on. */
  days: Uint16Array;
}

/** Shoppers with a repeat product before buy-again is ready: below that, a shop has too few returning buyers. */
const MIN_REPEAT_BUYERS = 10;
/**
 * Spread of "due" around the shopper's own interval, on a log scale: a product is as likely a bit early as
 * twice late, and one long overdue (the shopper may have switched) fades slowly rather than at once.
 */
const EARLY_SPREAD = 0.5;
const LATE_SPREAD = 1;

/** Groups purchases by shopper and product, counting distinct days (several units on one day are one purchase). */
export function trainRepeatPurchases({ columns, userCount }: ListTrainingInput): RepeatPurchases {
  const purchases: number[] = [];
  for (let e = 0; e < columns.count; e++) if (columns.types[e] === PURCHASE) purchases.push(e);
  const { users, items, times } = columns;
  purchases.sort((a, b) => users[a]! - users[b]! || items[a]! - items[b]! || times[a]! - times[b]!);
  const start = new Uint32Array(userCount + 1);
  const kept: { item: number; lastAt: number; interval: number; days: number }[] = [];
  const owners: number[] = [];
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
    if (days >= 2) {
      const last = times[purchases[end - 1]!]!;
      kept.push({
        item: items[first]!,
        lastAt: Math.floor(last / 1000),
        interval: (last - times[first]!) / DAY_MS / (days - 1),
        days,
      });
      owners.push(users[first]!);
      start[users[first]! + 1]!++;
    }
    r = end;
  }
  for (let u = 0; u < userCount; u++) start[u + 1]! += start[u]!;
  return {
    start,
    items: Uint32Array.from(kept, (entry) => entry.item),
    lastAt: Uint32Array.from(kept, (entry) => entry.lastAt),
    intervalDays: Float32Array.from(kept, (entry) => Math.max(entry.interval, 1)),
    days: Uint16Array.from(kept, (entry) => Math.min(entry.days, 0xffff)),
  };
}

/**
 * Buy it again: the shopper's repeat products, most due first. A product is due when the time since its last
 * purchase nears the shopper's own interval for it; more purchase days make the rhythm (and the score) surer.
 * Purchases since training move a product's last purchase, so one just bought is not due again.
 */
export function buyAgain(context: ListContext, pool: number): Candidate[] {
  const { model, user, now, categoryNodes } = context;
  const data = model.lists['buy-again'] as RepeatPurchases | undefined;
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
    const lastAt = Math.max(data.lastAt[k]!, boughtSince.get(item) ?? 0) * 1000;
    const interval = data.intervalDays[k]!;
    const ratio = Math.max(now - lastAt, DAY_MS / 24) / DAY_MS / interval;
    const spread = ratio < 1 ? EARLY_SPREAD : LATE_SPREAD;
    const due = Math.exp(-(Math.log(ratio) ** 2) / (2 * spread * spread));
    const days = Math.round(interval);
    candidates.push({
      item,
      score: due * (1 - 1 / data.days[k]!),
      reasons: [{ kind: 'buy-again', text: `You buy this every ~${days} day${days === 1 ? '' : 's'}` }],
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.item - b.item);
  return candidates.slice(0, pool);
}

export const buyAgainList = {
  name: 'buy-again',
  heading: 'Buy it again',
  summary: "the shopper's repeat products, due again by their own purchase interval",
  context: 'shopper',
  generate: buyAgain,
  fallback: [],
  train: trainRepeatPurchases,
  readiness: (facts) => {
    const data = facts.model?.lists['buy-again'] as RepeatPurchases | undefined;
    let buyers = 0;
    const products = new Set<number>();
    if (data !== undefined) {
      for (let u = 0; u + 1 < data.start.length; u++) if (data.start[u + 1]! > data.start[u]!) buyers++;
      for (const item of data.items) products.add(item);
    }
    return {
      items: products.size,
      requirements: [{ kind: 'repeat-buyers', have: buyers, need: MIN_REPEAT_BUYERS }],
    };
  },
} as const satisfies ListDescriptor<'buy-again'>;
