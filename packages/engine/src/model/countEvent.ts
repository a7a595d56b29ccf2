import type { Counters } from './Model.js';

/**
 * Adds one event to the daily counters. A newer day than any seen clears the ring slots it reuses;
 * events older than the ring are ignored.
 */
export function countEvent(
  counters: Counters,
  item: number,
  day: number,
  sales: number,
  demand: number,
): void {
  const { days } = counters;
  if (day > counters.lastDay) {
    const itemCount = counters.sales.length / days;
    const first = Math.max(counters.lastDay + 1, day - days + 1);
    for (let d = first; d <= day; d++) {
      const slot = d % days;
      for (let i = 0; i < itemCount; i++) {
        counters.sales[i * days + slot] = 0;
        counters.demand[i * days + slot] = 0;
      }
    }
    counters.lastDay = day;
  } else if (day <= counters.lastDay - days) {
    return;
  }
  const slot = item * days + (day % days);
  counters.sales[slot]! += sales;
  counters.demand[slot]! += demand;
}
