import { BOUGHT, RATED } from '../model/collectInteractions.js';
import { forEachRecentEvent } from '../model/forEachRecentEvent.js';
import { DAY_MS } from '../model/Model.js';
import type { ListContext } from './ListContext.js';

const HOUR_MS = 3_600_000;

export interface UserProfile {
  /** The shopper's distinct products, in the order first met. */
  items: number[];
  /** Affinity of each of `items`. */
  weights: number[];
  /** BOUGHT and RATED bits of each of `items`, OR-ed over its events. */
  flags: number[];
  /** Products the shopper bought or rated: left out of their picks. */
  consumed: number[];
}

/**
 * The shopper's products with their affinity, on two time scales: the long-term history (trained, plus the
 * events since training), decayed with `halfLifeDays` (ratings with `ratingHalfLifeDays`); and the current intent, the last events of the
 * recent events, each weighing like a purchase and halving every `intentHalfLifeHours`. So a
 * shopper who bought bikes last month and is looking at coffee today gets coffee first.
 * Built for every picks-for-you request: products find their slot through the runtime's per-product scratch
 * array (all -1 between calls), not a Map.
 */
export function getUserProfile(context: ListContext): UserProfile {
  if (context.profile) return context.profile;
  const { model, user } = context;
  const profile: UserProfile = { items: [], weights: [], flags: [], consumed: [] };
  context.profile = profile;
  if (user < 0) return profile;
  const { items, weights, flags } = profile;
  const slotOf = context.runtime.scratch.slot;
  const add = (item: number, weight: number, flag: number): void => {
    const slot = slotOf[item]!;
    if (slot < 0) {
      slotOf[item] = items.length;
      items.push(item);
      weights.push(weight);
      flags.push(flag);
    } else {
      weights[slot]! += weight;
      flags[slot]! |= flag;
    }
  };
  const { history, historyConsumed, config } = model;
  const halfLife = config.halfLifeDays * DAY_MS;
  const intentHalfLife = config.intentHalfLifeHours * HOUR_MS;
  // Halving every half-life, 2^(-age / halfLife), is exp(-age · rate) with the rate computed once (cheaper than Math.pow).
  const rate = halfLife > 0 ? Math.LN2 / halfLife : 0;
  const ratingHalfLife = config.ratingHalfLifeDays * DAY_MS;
  const ratingRate = ratingHalfLife > 0 ? Math.LN2 / ratingHalfLife : 0;
  const intentRate = Math.LN2 / intentHalfLife;
  try {
    if (user < history.start.length - 1) {
      const end = history.start[user + 1]!;
      for (let k = history.start[user]!; k < end; k++) {
        add(history.items[k]!, history.weights[k]!, historyConsumed[k]!);
      }
    }
    // Every live event joins the long-term profile; the last `recentlyViewedSize` events are the intent.
    let position = 0;
    forEachRecentEvent(model, user, Number.MAX_SAFE_INTEGER, (item, seconds, live) => {
      if (!live && position >= model.recent.size) return false;
      const time = seconds * 1000;
      let weight = 0;
      if (live) {
        weight +=
          live.weight * Math.exp((time - model.trainedClock) * (live.flags & RATED ? ratingRate : rate));
      }
      if (intentHalfLife > 0 && position++ < model.recent.size) {
        weight += config.weights.purchase * Math.exp(-Math.max(0, context.now - time) * intentRate);
      }
      add(item, weight, live ? live.flags : 0);
    });
  } finally {
    for (const item of items) slotOf[item] = -1;
  }
  for (let s = 0; s < items.length; s++) if (flags[s]! & (BOUGHT | RATED)) profile.consumed.push(items[s]!);
  return profile;
}
