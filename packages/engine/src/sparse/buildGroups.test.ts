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
            {
              weights: events.map(([, , weight]) => weight),
              // The weight doubles as the type: type 4 is flagged.
              types: events.map(([, , weight]) => weight),
              flagOfType: [0, 0, 0, 0, 1],
            },
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

  it('decays each event at the rate of its type: a rate of 0 keeps the weight whatever its age', () => {
    const day = 86_400_000;
    // Items 0 and 1: a view (type 0) today and one 30 days ago; items 2 and 3: a rating (type 1) likewise.
    const { groups } = buildGroups(4, [0, 0, 0, 0], 1, [0, 1, 2, 3], 4, {
      weights: [1, 1, 4, 4],
      times: [30 * day, 0, 30 * day, 0],
      clock: 30 * day,
      types: [0, 0, 1, 1],
      decayRateOfType: [Math.LN2 / (30 * day), 0],
    });
    expect([...groups.items]).toEqual([0, 1, 2, 3]);
    expect([...groups.weights].map((weight) => Number(weight.toFixed(6)))).toEqual([1, 0.5, 4, 4]);
  });

  it(`keeps a group's ${MAX_GROUP_ITEMS} heaviest items when it has more (a bot), the earlier ones on equal weights`, () => {
    const count = MAX_GROUP_ITEMS + 5;
    // Item i weighs i % 7 + 1, so the lightest ones are many and tied: the earlier of them stay.
    const weightOf = Array.from({ length: count }, (_, e) => (e % 7) + 1);
    const { groups } = buildGroups(count, new Array<number>(count).fill(0), 1, [...weightOf.keys()], count, {
      weights: weightOf,
    });
    const expected = [...weightOf.keys()]
      .sort((a, b) => weightOf[b]! - weightOf[a]! || a - b)
      .slice(0, MAX_GROUP_ITEMS)
      .sort((a, b) => a - b);
    expect([...groups.items].sort((a, b) => a - b)).toEqual(expected);
    expect(groups.start[1]).toBe(MAX_GROUP_ITEMS);
  });

  it('decays each event by exp((time − clock) · rate) before summing, and no rate means no decay', () => {
    const times = [0, 50, 100, 100];
    const rate = Math.LN2 / 100;
    const { groups } = buildGroups(4, [0, 0, 0, 1], 2, [1, 1, 2, 1], 3, {
      weights: [2, 2, 3, 5],
      times,
      clock: 100,
      decayRate: rate,
    });
    const row = (g: number) =>
      Object.fromEntries(
        Array.from({ length: groups.start[g + 1]! - groups.start[g]! }, (_, s) => [
          groups.items[groups.start[g]! + s]!,
          groups.weights[groups.start[g]! + s]!,
        ]),
      );
    expect(row(0)[1]).toBeCloseTo(2 * 0.5 + 2 * Math.SQRT1_2, 6);
    expect(row(0)[2]).toBeCloseTo(3, 6);
    expect(row(1)).toEqual({ 1: 5 });
    const undecayed = buildGroups(4, [0, 0, 0, 1], 2, [1, 1, 2, 1], 3, { weights: [2, 2, 3, 5], times });
    expect([...undecayed.groups.weights]).toEqual([4, 3, 5]);
  });

  it("combine 'max' keeps an item's heaviest event in its group instead of the sum", () => {
    const times = [0, 50, 100, 100];
    const rate = Math.LN2 / 100;
    const { groups } = buildGroups(4, [0, 0, 0, 1], 2, [1, 1, 2, 1], 3, {
      weights: [2, 2, 3, 5],
      times,
      clock: 100,
      decayRate: rate,
      combine: 'max',
    });
    expect([...groups.items]).toEqual([1, 2, 1]);
    expect(groups.weights[0]).toBeCloseTo(2 * Math.SQRT1_2, 6);
    expect([...groups.weights.slice(1)]).toEqual([3, 5]);
  });
});
