import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGroups, MAX_GROUP_ITEMS } from './buildGroups.js';

describe('buildGroups', () => {
  it('sums weights per distinct item of each group like a map of maps, leaving out what weighs nothing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: -1, max: 5 }),
            fc.integer({ min: 0, max: 9 }),
            fc.integer({ min: 0, max: 4 }),
          ),
        ),
        (events) => {
          const { groups, flags } = buildGroups(
            events.length,
            events.map(([group]) => group),
            6,
            events.map(([, item]) => item),
            10,
            (e) => events[e]![2],
            (e) => (events[e]![2] === 4 ? 1 : 0),
          );
          for (let g = 0; g < 6; g++) {
            const expected = new Map<number, [number, number]>();
            for (const [group, item, weight] of events) {
              if (group !== g) continue;
              const [sum, flag] = expected.get(item) ?? [0, 0];
              expected.set(item, [sum + weight, flag | (weight === 4 ? 1 : 0)]);
            }
            for (const [item, [sum]] of [...expected]) if (sum === 0) expected.delete(item);
            const got = new Map<number, [number, number]>();
            for (let k = groups.start[g]!; k < groups.start[g + 1]!; k++) {
              got.set(groups.items[k]!, [groups.weights[k]!, flags[k]!]);
            }
            expect(got).toEqual(expected);
          }
        },
      ),
    );
  });

  it(`keeps a group's ${MAX_GROUP_ITEMS} heaviest items when it has more (a bot), the earlier ones on equal weights`, () => {
    const count = MAX_GROUP_ITEMS + 5;
    // Item i weighs i % 7 + 1, so the lightest ones are many and tied: the earlier of them stay.
    const weightOf = Array.from({ length: count }, (_, e) => (e % 7) + 1);
    const { groups } = buildGroups(
      count,
      new Array<number>(count).fill(0),
      1,
      [...weightOf.keys()],
      count,
      (e) => weightOf[e]!,
    );
    const expected = [...weightOf.keys()]
      .sort((a, b) => weightOf[b]! - weightOf[a]! || a - b)
      .slice(0, MAX_GROUP_ITEMS)
      .sort((a, b) => a - b);
    expect([...groups.items].sort((a, b) => a - b)).toEqual(expected);
    expect(groups.start[1]).toBe(MAX_GROUP_ITEMS);
  });
});
