import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GroupMatrix } from './GroupMatrix.js';
import { presenceWalkTopK } from './presenceWalkTopK.js';

/** rp3beta over presence, the slow way: every ordered pair of every group, over maps. */
function naive(groups: number[][], itemCount: number, beta: number): Map<number, number>[] {
  const degree = new Array<number>(itemCount).fill(0);
  for (const group of groups) for (const item of group) degree[item]!++;
  const rows = Array.from({ length: itemCount }, () => new Map<number, number>());
  for (const group of groups) {
    for (const i of group) {
      for (const j of group) {
        if (i === j) continue;
        const step = ((1 / degree[i]!) * (1 / (group.length - 1))) / Math.pow(degree[j]!, beta);
        rows[i]!.set(j, (rows[i]!.get(j) ?? 0) + step);
      }
    }
  }
  return rows;
}

function toMatrix(groups: number[][]): GroupMatrix {
  const start = new Uint32Array(groups.length + 1);
  groups.forEach((group, g) => (start[g + 1] = start[g]! + group.length));
  const items = Uint32Array.from(groups.flat());
  return { start, items, weights: new Float32Array(items.length).fill(1) };
}

/** Groups of distinct items; small catalogs with many groups are crowded, large ones with few are sparse. */
const groupsArbitrary = (maxItems: number, maxGroups: number) =>
  fc.integer({ min: 1, max: maxItems }).chain((itemCount) =>
    fc.record({
      itemCount: fc.constant(itemCount),
      groups: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: itemCount - 1 }), { maxLength: 12 }), {
        maxLength: maxGroups,
      }),
    }),
  );

describe('presenceWalkTopK', () => {
  for (const [layout, scan] of [
    ['scanning whole rows', true],
    ['tracking touched items', false],
    ['chosen by size', undefined],
  ] as const) {
    for (const [shape, maxItems, maxGroups] of [
      ['crowded', 10, 40],
      ['sparse', 60, 8],
    ] as const) {
      it(`${layout} matches the naive walk and keeps the top k, best first, on ${shape} inputs`, () => {
        fc.assert(
          fc.property(
            groupsArbitrary(maxItems, maxGroups),
            fc.integer({ min: 1, max: 6 }),
            fc.constantFrom(0, 0.5, 1),
            ({ itemCount, groups }, k, beta) => {
              const result = presenceWalkTopK(toMatrix(groups), itemCount, k, beta, scan);
              const oracle = naive(groups, itemCount, beta);
              expect(result.start).toHaveLength(itemCount + 1);
              expect(result.support).toHaveLength(0);
              for (let i = 0; i < itemCount; i++) {
                const expected = [...oracle[i]!].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, k);
                const begin = result.start[i]!;
                const got = [...result.items.subarray(begin, result.start[i + 1]!)];
                expect(got).toHaveLength(expected.length);
                got.forEach((item, r) => {
                  expect(oracle[i]!.has(item)).toBe(true);
                  expect(result.scores[begin + r]).toBeCloseTo(oracle[i]!.get(item)!, 5);
                  // Same scores in the same order as the oracle's top k (equal scores may swap items).
                  expect(result.scores[begin + r]).toBeCloseTo(expected[r]![1], 5);
                });
              }
            },
          ),
        );
      });
    }
  }

  it('gives a product that shares no group with another no neighbours, and a group of one links nothing', () => {
    const result = presenceWalkTopK(toMatrix([[0, 1], [2], [1, 0, 3]]), 5, 10, 0.5);
    const row = (item: number) => [...result.items.subarray(result.start[item]!, result.start[item + 1]!)];
    expect(row(0)).toEqual([1, 3]);
    expect(row(2)).toEqual([]);
    expect(row(4)).toEqual([]);
    // W(3, 0) = 1/1 · 1/2 / 2^0.5 and W(3, 1) alike: equal scores go to the smaller index.
    expect(row(3)).toEqual([0, 1]);
    expect(result.scores[result.start[3]!]).toBeCloseTo(0.5 / Math.SQRT2, 6);
  });
});
