import { DAY_MS } from './Model.js';
import type { Model } from './Model.js';
import { countEvent } from './countEvent.js';
import { consumedFlag, PURCHASE } from './collectInteractions.js';
import { rememberEvent } from './rememberEvent.js';

/** Feeds one event to the counters behind new, best-selling and trending, and to the shopper's recent events. */
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
  rememberEvent(model.recent, user, item, timeMs, weight, consumedFlag(type));
  if (timeMs > model.clock) model.clock = timeMs;
}
