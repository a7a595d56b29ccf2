import type { RecentEvents } from './Model.js';

/** Writes an event into the shopper's ring, growing the rings when the shopper is new. */
export function rememberEvent(
  recent: RecentEvents,
  user: number,
  item: number,
  timeMs: number,
  weight: number,
  consumed: number,
): void {
  if (user >= recent.head.length) growRecentEvents(recent, Math.max(user + 1, recent.head.length * 2));
  const { size } = recent;
  const slot = user * size + recent.head[user]!;
  recent.items[slot] = item;
  recent.times[slot] = Math.max(0, Math.floor(timeMs / 1000));
  recent.weights[slot] = weight;
  recent.consumed[slot] = consumed;
  recent.head[user] = (recent.head[user]! + 1) % size;
}

function growRecentEvents(recent: RecentEvents, userCapacity: number): void {
  const { size } = recent;
  const items = new Int32Array(userCapacity * size).fill(-1);
  items.set(recent.items);
  const times = new Uint32Array(userCapacity * size);
  times.set(recent.times);
  const weights = new Float32Array(userCapacity * size);
  weights.set(recent.weights);
  const consumed = new Uint8Array(userCapacity * size);
  consumed.set(recent.consumed);
  const head = new Uint16Array(userCapacity);
  head.set(recent.head);
  Object.assign(recent, { items, times, weights, consumed, head });
}
