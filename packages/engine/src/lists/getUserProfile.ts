import { DAY_MS } from '../model/Model.js';
import type { ListContext } from './ListContext.js';

export interface UserProfile {
  items: number[];
  weights: number[];
  consumed: Set<number>;
}

/** The shopper's products with their affinity: the trained history plus the events recorded since training. */
export function getUserProfile(context: ListContext): UserProfile {
  const { model, user } = context;
  const profile: UserProfile = { items: [], weights: [], consumed: new Set() };
  if (user < 0) return profile;
  const slotOf = new Map<number, number>();
  const { history, historyConsumed } = model;
  if (user < history.start.length - 1) {
    for (let k = history.start[user]!; k < history.start[user + 1]!; k++) {
      const item = history.items[k]!;
      slotOf.set(item, profile.items.length);
      profile.items.push(item);
      profile.weights.push(history.weights[k]!);
      if (historyConsumed[k]) profile.consumed.add(item);
    }
  }
  const { recent } = model;
  if (user < recent.head.length) {
    const trainedSeconds = Math.floor(model.trainedClock / 1000);
    const halfLife = model.config.halfLifeDays * DAY_MS;
    for (let slot = user * recent.size; slot < (user + 1) * recent.size; slot++) {
      const item = recent.items[slot]!;
      // Events up to the training's clock are already in the history.
      if (item < 0 || recent.times[slot]! <= trainedSeconds) continue;
      const age = model.trainedClock - recent.times[slot]! * 1000;
      const weight = recent.weights[slot]! * (halfLife > 0 ? Math.pow(2, -age / halfLife) : 1);
      const existing = slotOf.get(item);
      if (existing === undefined) {
        slotOf.set(item, profile.items.length);
        profile.items.push(item);
        profile.weights.push(weight);
      } else {
        profile.weights[existing]! += weight;
      }
      if (recent.consumed[slot]) profile.consumed.add(item);
    }
  }
  return profile;
}
