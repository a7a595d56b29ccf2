import type { RecentEvents } from './Model.js';

export function createRecentEvents(userCapacity: number, size: number): RecentEvents {
  return {
    size,
    items: new Int32Array(userCapacity * size).fill(-1),
    times: new Uint32Array(userCapacity * size),
    weights: new Float32Array(userCapacity * size),
    consumed: new Uint8Array(userCapacity * size),
    head: new Uint16Array(userCapacity),
  };
}
