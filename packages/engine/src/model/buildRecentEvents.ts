import { selectTopK } from '../sparse/selectTopK.js';
import type { InteractionColumns } from './InteractionColumns.js';
import type { RecentEvents } from './Model.js';

/**
 * Each shopper's newest `size` events, oldest first, without sorting the whole log: a counting sort by
 * shopper, then a top-k by time of each shopper's events (same time: log order).
 */
export function buildRecentEvents(
  columns: InteractionColumns,
  userCount: number,
  size: number,
): RecentEvents {
  const { count, users, times } = columns;
  const byUserStart = new Uint32Array(userCount + 1);
  for (let e = 0; e < count; e++) byUserStart[users[e]! + 1]!++;
  for (let u = 0; u < userCount; u++) byUserStart[u + 1]! += byUserStart[u]!;
  const byUser = new Uint32Array(count);
  const fill = byUserStart.slice(0, userCount);
  for (let e = 0; e < count; e++) byUser[fill[users[e]!]!++] = e;

  const start = new Uint32Array(userCount + 1);
  for (let u = 0; u < userCount; u++) {
    start[u + 1] = start[u]! + Math.min(size, byUserStart[u + 1]! - byUserStart[u]!);
  }
  const items = new Uint32Array(start[userCount]!);
  const seconds = new Uint32Array(start[userCount]!);
  const newest = new Uint32Array(size);
  for (let u = 0; u < userCount; u++) {
    const events = byUser.subarray(byUserStart[u]!, byUserStart[u + 1]!);
    const kept = selectTopK(events, events.length, times, size, newest);
    // newest[] is newest first (same time: earlier event first); oldest first is its reverse, except that
    // equal times keep log order, so runs of equal times are reversed back.
    const ordered = newest.subarray(0, kept).reverse();
    for (let r = 0; r < kept;) {
      let end = r + 1;
      while (end < kept && times[ordered[end]!] === times[ordered[r]!]) end++;
      if (end - r > 1) ordered.subarray(r, end).reverse();
      r = end;
    }
    for (let r = 0; r < kept; r++) {
      const e = ordered[r]!;
      items[start[u]! + r] = columns.items[e]!;
      seconds[start[u]! + r] = Math.max(0, Math.floor(times[e]! / 1000));
    }
  }
  return { size, start, items, times: seconds };
}
