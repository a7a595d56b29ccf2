import { consumedFlag } from './collectInteractions.js';
import type { InteractionColumns } from './InteractionColumns.js';
import type { RecentEvents } from './Model.js';
import { rememberEvent } from './rememberEvent.js';
import { selectTopK } from '../sparse/selectTopK.js';

/**
 * Writes each shopper's newest events into their ring, oldest first, without sorting the whole log: a
 * counting sort by shopper, then a top-k by time of each shopper's events.
 */
export function fillRecentEvents(recent: RecentEvents, columns: InteractionColumns, userCount: number): void {
  const { count, users, times } = columns;
  const start = new Uint32Array(userCount + 1);
  for (let e = 0; e < count; e++) start[users[e]! + 1]!++;
  for (let u = 0; u < userCount; u++) start[u + 1]! += start[u]!;
  const byUser = new Uint32Array(count);
  const fill = start.slice(0, userCount);
  for (let e = 0; e < count; e++) byUser[fill[users[e]!]!++] = e;
  const newest = new Uint32Array(recent.size);
  for (let u = 0; u < userCount; u++) {
    const events = byUser.subarray(start[u]!, start[u + 1]!);
    // The ring keeps the newest `size` events: pick them, then write them oldest first (same time: log order).
    const kept = selectTopK(events, events.length, times, recent.size, newest);
    const ordered = newest.subarray(0, kept).sort((a, b) => times[a]! - times[b]! || a - b);
    for (let r = 0; r < kept; r++) {
      const e = ordered[r]!;
      rememberEvent(
        recent,
        u,
        columns.items[e]!,
        times[e]!,
        columns.weights[e]!,
        consumedFlag(columns.types[e]!),
      );
    }
  }
}
