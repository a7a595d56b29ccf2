import type { LiveEvents } from './Model.js';

export function createLiveEvents(userCount: number): LiveEvents {
  const capacity = 1024;
  return {
    count: 0,
    items: new Uint32Array(capacity),
    times: new Uint32Array(capacity),
    weights: new Float32Array(capacity),
    flags: new Uint8Array(capacity),
    previous: new Int32Array(capacity),
    last: new Int32Array(Math.max(userCount, 16)).fill(-1),
  };
}
