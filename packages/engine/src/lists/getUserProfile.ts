import { BOUGHT, RATED } from '../model/collectInteractions.js';
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
 * recent-events ring, each weighing like a purchase and halving every `intentHalfLifeHours`. So a
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
  const { recent } = model;
  if (user < recent.head.length) {
    const trainedSeconds = Math.floor(model.trainedClock / 1000);
    const halfLife = config.halfLifeDays * DAY_MS;
    const intentHalfLife = config.intentHalfLifeHours * HOUR_MS;
    for (let slot = user * recent.size; slot < (user + 1) * recent.size; slot++) {
      const item = recent.items[slot]!;
      if (item < 0) continue;
      const time = recent.times[slot]! * 1000;
      let weight = 0;
      // Events up to the training's clock are already in the history.
      if (recent.times[slot]! > trainedSeconds) {
        weight +=
          recent.weights[slot]! * (halfLife > 0 ? Math.pow(2, -(model.trainedClock - time) / halfLife) : 1);
      }
      if (intentHalfLife > 0) {
        weight += config.weights.purchase * Math.pow(2, -Math.max(0, context.now - time) / intentHalfLife);
      }
      add(item, weight, recent.consumed[slot]!);
    }
  }
  return profile;
}
