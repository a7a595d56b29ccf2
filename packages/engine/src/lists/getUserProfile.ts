import { BOUGHT, RATED } from '../model/collectInteractions.js';
import { forEachRecentEvent } from '../model/forEachRecentEvent.js';
import { DAY_MS } from '../model/Model.js';
import type { ListContext } from './ListContext.js';

const HOUR_MS = 3_600_000;

export interface UserProfile {
  items: number[];
  weights: number[];
  /** Products the shopper bought or rated: left out of their picks. */
  consumed: Set<number>;
  /** Of those, the ones only rated (for the reason's wording). */
  rated: Set<number>;
}

/**
 * The shopper's products with their affinity, on two time scales: the long-term history (trained, plus the
 * events since training), decayed with `halfLifeDays`; and the current intent, the last events of the
 * recent events, each weighing like a purchase and halving every `intentHalfLifeHours`. So a
 * shopper who bought bikes last month and is looking at coffee today gets coffee first.
 */
export function getUserProfile(context: ListContext): UserProfile {
  if (context.profile) return context.profile;
  const { model, user } = context;
  const profile: UserProfile = { items: [], weights: [], consumed: new Set(), rated: new Set() };
  context.profile = profile;
  if (user < 0) return profile;
  const slotOf = new Map<number, number>();
  const add = (item: number, weight: number, flags: number): void => {
    const existing = slotOf.get(item);
    if (existing === undefined) {
      slotOf.set(item, profile.items.length);
      profile.items.push(item);
      profile.weights.push(weight);
    } else {
      profile.weights[existing]! += weight;
    }
    if (flags & BOUGHT) {
      profile.consumed.add(item);
      profile.rated.delete(item);
    } else if (flags & RATED && !profile.consumed.has(item)) {
      profile.consumed.add(item);
      profile.rated.add(item);
    }
  };
  const { history, historyConsumed, config } = model;
  if (user < history.start.length - 1) {
    for (let k = history.start[user]!; k < history.start[user + 1]!; k++) {
      add(history.items[k]!, history.weights[k]!, historyConsumed[k]!);
    }
  }
  const halfLife = config.halfLifeDays * DAY_MS;
  const intentHalfLife = config.intentHalfLifeHours * HOUR_MS;
  // Every live event joins the long-term profile; the last `recentlyViewedSize` events are the intent.
  let position = 0;
  const addRecent = (item: number, seconds: number, live: { weight: number; flags: number } | null): void => {
    const time = seconds * 1000;
    let weight = 0;
    if (live) {
      weight += live.weight * (halfLife > 0 ? Math.pow(2, -(model.trainedClock - time) / halfLife) : 1);
    }
    if (intentHalfLife > 0 && position++ < model.recent.size) {
      weight += config.weights.purchase * Math.pow(2, -Math.max(0, context.now - time) / intentHalfLife);
    }
    add(item, weight, live ? live.flags : 0);
  };
  forEachRecentEvent(model, user, Number.MAX_SAFE_INTEGER, (item, seconds, live) => {
    if (!live && position >= model.recent.size) return false;
    addRecent(item, seconds, live);
  });
  return profile;
}
