import type { Counters } from './Model.js';

export function createCounters(itemCount: number, days: number): Counters {
  return {
    days,
    lastDay: -1,
    sales: new Float32Array(itemCount * days),
    demand: new Float32Array(itemCount * days),
  };
}
