import { DAY_MS } from './Model.js';
import type { Model } from './Model.js';
import { countEvent } from './countEvent.js';
import { consumedFlag, PURCHASE } from './collectInteractions.js';
import { appendLiveEvent } from './appendLiveEvent.js';

/** Feeds one new event to the counters behind best-selling and trending, and to the live log of events. */
export function recordEvent(
  model: Model,
  user: number,
  item: number,
  type: number,
  weight: number,
  timeMs: number,
  quantity: number,
  value: number,
): void {
  const sold = type === PURCHASE ? (model.config.bestSellingBy === 'revenue' ? value : quantity) : 0;
  countEvent(model.counters, item, Math.floor(timeMs / DAY_MS), sold, weight);
  appendLiveEvent(model.live, user, item, timeMs, weight, consumedFlag(type));
  if (timeMs > model.clock) model.clock = timeMs;
}
