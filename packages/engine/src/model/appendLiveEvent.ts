import type { LiveEvents } from './Model.js';
import { growTypedArray } from '../sparse/growTypedArray.js';

/** Appends an event to the live log, growing its arrays by doubling (amortised O(1)). */
export function appendLiveEvent(
  live: LiveEvents,
  user: number,
  item: number,
  timeMs: number,
  weight: number,
  flags: number,
): void {
  if (live.count === live.items.length) {
    const capacity = live.items.length * 2;
    live.items = growTypedArray(live.items, capacity);
    live.times = growTypedArray(live.times, capacity);
    live.weights = growTypedArray(live.weights, capacity);
    live.flags = growTypedArray(live.flags, capacity);
    live.previous = growTypedArray(live.previous, capacity);
  }
  if (user >= live.last.length) {
    const last = new Int32Array(Math.max(user + 1, live.last.length * 2)).fill(-1);
    last.set(live.last);
    live.last = last;
  }
  const index = live.count++;
  live.items[index] = item;
  live.times[index] = Math.max(0, Math.floor(timeMs / 1000));
  live.weights[index] = weight;
  live.flags[index] = flags;
  live.previous[index] = live.last[user]!;
  live.last[user] = index;
}
