import type { CatalogIndex } from '../catalog/CatalogIndex.js';
import type { GroupMatrix } from '../sparse/GroupMatrix.js';
import type { Neighbors } from '../sparse/Neighbors.js';
import type { EngineConfig } from '../types.js';

export const MODEL_FORMAT = 2;
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

/** Each shopper's last events as trained, oldest first, at most `size` a shopper (CSR). */
export interface RecentEvents {
  size: number;
  start: Uint32Array;
  items: Uint32Array;
  /** Seconds since the epoch. */
  times: Uint32Array;
}

/**
 * Events recorded since training, in arrival order, each linked to the same shopper's previous one: an append
 * costs O(1) and a shopper's newest events are a walk back from `last[shopper]`.
 */
export interface LiveEvents {
  count: number;
  items: Uint32Array;
  /** Seconds since the epoch. */
  times: Uint32Array;
  weights: Float32Array;
  /** BOUGHT / RATED flags. */
  flags: Uint8Array;
  /** Index of the shopper's previous live event, -1 for none. */
  previous: Int32Array;
  /** Per shopper, index of their newest live event, -1 for none. */
  last: Int32Array;
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
  stats: {
    interactions: number;
    skipped: number;
    users: number;
    orders: number;
    updates: number;
    /** The co-purchase ridge penalty used: chosen from the orders, or the configured one (absent before). */
    coPurchaseLambda?: number;
  };
  catalog: CatalogIndex;
  userIds: string[];
  /** Shopper -> products with their time-decayed affinity, as trained. */
  history: GroupMatrix;
  /** Parallel to `history.items`: BOUGHT and/or RATED flags of the shopper and product. */
  historyConsumed: Uint8Array;
  /** Learned item-to-item weights from shoppers' behaviour, with content mixed in where behaviour is thin. */
  behaviour: Neighbors;
  /** Parallel to `behaviour.items`: 1 for a neighbour that only the product's text brought. */
  behaviourFromContent: Uint8Array;
  /** The co-purchase walk: P(a random other line of an order holding i is j), pairs under minSupport dropped. */
  coPurchase: Neighbors;
  /** Learned co-purchase weights (local ridge regression on orders, see DESIGN.md). */
  coPurchaseLearned: Neighbors;
  content: Neighbors;
  /** Products with a launch date, newest first. */
  newest: Uint32Array;
  counters: Counters;
  recent: RecentEvents;
  live: LiveEvents;
  /** Data of the lists that train their own (`ListDescriptor.train`), by list name; absent in older snapshots. */
  lists: Record<string, object>;
}
