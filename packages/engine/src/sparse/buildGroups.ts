import type { GroupMatrix } from './GroupMatrix.js';
import { selectTopK } from './selectTopK.js';

/** Beyond this many distinct products, a group keeps its heaviest ones: a bot's 100,000 views cost no more. */
export const MAX_GROUP_ITEMS = 1000;

/**
 * What an event weighs in its group, from columns (no callback per event: a call the JIT cannot inline, and
 * new closures each training made it drop the optimized code): `weights[e]` (1 when absent) times the decay
 * `exp((times[e] − clock) · decayRate)`, which is `2^(−age / halfLife)` for `decayRate = ln 2 / halfLife`
 * (0: no decay); the event's flags are `flagOfType[types[e]]` (none when absent).
 */
export interface EventWeighing {
  weights?: ArrayLike<number>;
  times?: ArrayLike<number>;
  clock?: number;
  decayRate?: number;
  /** Per event type, in place of `decayRate` (with `types`): ratings keep their weight while views decay. */
  decayRateOfType?: ArrayLike<number>;
  types?: ArrayLike<number>;
  flagOfType?: ArrayLike<number>;
  /**
   * How an item's events in one group combine: `sum` (the default; a shopper's three views weigh three) or
   * `max` (an order's two lines of one product are one presence, not a heavier one).
   */
  combine?: 'sum' | 'max';
}

/**
 * Aggregates events into groups of distinct items: the weight of an item in a group is the sum (or the
 * largest, `combine: 'max'`) of its events' weights (items weighing 0 are left out); their flags are OR-ed
 * the same way. Events with a group below 0 are left out. O(events).
 */
export function buildGroups(
  eventCount: number,
  groupOf: ArrayLike<number>,
  groupCount: number,
  itemOf: ArrayLike<number>,
  itemCount: number,
  weighing: EventWeighing,
): { groups: GroupMatrix; flags: Uint8Array } {
  const { weights: eventWeights, times, types, flagOfType } = weighing;
  const clock = weighing.clock ?? 0;
  const decayRate = times ? (weighing.decayRate ?? 0) : 0;
  const rateOfType = times && types ? weighing.decayRateOfType : undefined;
  const flagged = types !== undefined && flagOfType !== undefined;
  const keepMax = weighing.combine === 'max';
  // Counting sort of the events by group.
  const eventStart = new Uint32Array(groupCount + 1);
  for (let e = 0; e < eventCount; e++) {
    const group = groupOf[e]!;
    if (group >= 0) eventStart[group + 1]!++;
  }
  for (let g = 0; g < groupCount; g++) eventStart[g + 1]! += eventStart[g]!;
  const sorted = new Uint32Array(eventStart[groupCount]!);
  const fill = eventStart.slice(0, groupCount);
  for (let e = 0; e < eventCount; e++) {
    const group = groupOf[e]!;
    if (group >= 0) sorted[fill[group]!++] = e;
  }

  const slotOf = new Int32Array(itemCount).fill(-1);
  const start = new Uint32Array(groupCount + 1);
  // Every group fits in the output and its distinct items in the scratch rows: no growth, no per-group garbage.
  const items = new Uint32Array(sorted.length);
  const weights = new Float32Array(sorted.length);
  const flags = new Uint8Array(sorted.length);
  let largest = 0;
  for (let g = 0; g < groupCount; g++) largest = Math.max(largest, eventStart[g + 1]! - eventStart[g]!);
  const localItems = new Uint32Array(largest);
  const localWeights = new Float64Array(largest);
  const localFlags = new Uint8Array(largest);
  const slots = new Uint32Array(largest);
  const order = new Uint32Array(MAX_GROUP_ITEMS);
  let used = 0;
  for (let g = 0; g < groupCount; g++) {
    let size = 0;
    for (let k = eventStart[g]!; k < eventStart[g + 1]!; k++) {
      const e = sorted[k]!;
      const item = itemOf[e]!;
      let slot = slotOf[item]!;
      if (slot < 0) {
        slot = size++;
        slotOf[item] = slot;
        localItems[slot] = item;
        localWeights[slot] = 0;
        localFlags[slot] = 0;
      }
      const weight = eventWeights ? eventWeights[e]! : 1;
      const rate = rateOfType ? rateOfType[types![e]!]! : decayRate;
      const weighed = rate > 0 ? weight * Math.exp((times![e]! - clock) * rate) : weight;
      if (!keepMax) localWeights[slot]! += weighed;
      else if (weighed > localWeights[slot]!) localWeights[slot] = weighed;
      if (flagged) localFlags[slot]! |= flagOfType[types[e]!]!;
    }
    for (let s = 0; s < size; s++) slotOf[localItems[s]!] = -1;
    // An item whose events weigh nothing (a type weighted 0, a decay that underflowed) is not in the group.
    let write = 0;
    for (let s = 0; s < size; s++) {
      if (!(localWeights[s]! > 0)) continue;
      localItems[write] = localItems[s]!;
      localWeights[write] = localWeights[s]!;
      localFlags[write++] = localFlags[s]!;
    }
    let keep = write;
    let chosen: Uint32Array | null = null;
    if (keep > MAX_GROUP_ITEMS) {
      for (let s = 0; s < write; s++) slots[s] = s;
      keep = selectTopK(slots, write, localWeights, MAX_GROUP_ITEMS, order);
      chosen = order;
    }
    for (let s = 0; s < keep; s++) {
      const slot = chosen ? chosen[s]! : s;
      items[used] = localItems[slot]!;
      weights[used] = localWeights[slot]!;
      flags[used] = localFlags[slot]!;
      used++;
    }
    start[g + 1] = used;
  }
  return {
    groups: { start, items: items.slice(0, used), weights: weights.slice(0, used) },
    flags: flags.slice(0, used),
  };
}
