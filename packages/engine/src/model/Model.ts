import type { CatalogIndex } from '../catalog/CatalogIndex.js';
import type { GroupMatrix } from '../sparse/GroupMatrix.js';
import type { Neighbors } from '../sparse/Neighbors.js';
import type { EngineConfig } from '../types.js';

export const MODEL_FORMAT = 1;
export const DAY_MS = 86_400_000;

/** Per-product daily counters in a ring of `days` slots: slot of day d is `item * days + (d % days)`. */
export interface Counters {
  days: number;
  /** The newest day (ms / DAY_MS) counted so far; -1 before any event. */
  lastDay: number;
  /** Units (or revenue) sold. */
  sales: Float32Array;
  /** Weighted demand of every event type, for trending. */
  demand: Float32Array;
}

/** The last events of each shopper, a ring of `size` slots a shopper, for recently-viewed and live picks. */
export interface RecentEvents {
  size: number;
  /** Product index, -1 for an empty slot. */
  items: Int32Array;
  /** Seconds since the epoch. */
  times: Uint32Array;
  weights: Float32Array;
  /** BOUGHT or RATED when the event consumed the product, else 0. */
  consumed: Uint8Array;
  /** Next slot to write, per shopper. */
  head: Uint16Array;
}

/** Everything `recommend` needs, and nothing it does not. Typed arrays serialize as they are. */
export interface Model {
  format: number;
  config: EngineConfig;
  /** Wall-clock time of training (ms). */
  trainedAt: number;
  /** The newest event time the training saw (ms): the model's clock. */
  trainedClock: number;
  /** The newest event time seen, including incremental updates (ms). */
  clock: number;
  stats: { interactions: number; skipped: number; users: number; orders: number; updates: number };
  catalog: CatalogIndex;
  userIds: string[];
  /** Shopper -> products with their time-decayed affinity, as trained. */
  history: GroupMatrix;
  /** Parallel to `history.items`: BOUGHT and/or RATED flags of the shopper and product. */
  historyConsumed: Uint8Array;
  behaviour: Neighbors;
  coPurchase: Neighbors;
  content: Neighbors;
  /** Products with a launch date, newest first. */
  newest: Uint32Array;
  counters: Counters;
  recent: RecentEvents;
}
