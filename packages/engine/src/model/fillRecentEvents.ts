import { consumedFlag } from './collectInteractions.js';
import type { InteractionColumns } from './InteractionColumns.js';
import type { RecentEvents } from './Model.js';
import { rememberEvent } from './rememberEvent.js';

/**
 * Writes each shopper's newest events into their ring, oldest first, without sorting the whole log: a
 * counting sort by shopper, then each shopper's own events by time (ties keep log order).
 */
export function fillRecentEvents(recent: RecentEvents, columns: InteractionColumns, userCount: number): void {
  const { count, users, times } = columns;
  const start = new Uint32Array(userCount + 1);
  for (let e = 0; e < count; e++) start[users[e]! + 1]!++;
  for (let u = 0; u < userCount; u++) start[u + 1]! += start[u]!;
  const byUser = new Uint32Array(count);
  const fill = start.slice(0, userCount);
  for (let e = 0; e < count; e++) byUser[fill[users[e]!]!++] = e;
  for (let u = 0; u < userCount; u++) {
    const events = byUser.subarray(start[u]!, start[u + 1]!);
    let ordered = true;
    for (let k = 1; k < events.length && ordered; k++) ordered = times[events[k]!]! >= times[events[k - 1]!]!;
    if (!ordered) events.sort((a, b) => times[a]! - times[b]! || a - b);
    for (let k = Math.max(0, events.length - recent.size); k < events.length; k++) {
      const e = events[k]!;
      const type = columns.types[e]!;
      rememberEvent(recent, u, columns.items[e]!, times[e]!, columns.weights[e]!, consumedFlag(type));
    }
  }
}
