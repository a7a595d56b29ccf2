import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naiveSolve } from '../__tests__/naiveSolve.js';
import { toGroupMatrix } from '../__tests__/toGroupMatrix.js';
import { denseRidgeNeighbors } from './denseRidgeNeighbors.js';

const ITEMS = 12;

const groupsArbitrary = fc.array(
  fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: ITEMS - 1 }), fc.integer({ min: 1, max: 3 })), {
    selector: ([item]) => item,
    minLength: 1,
    maxLength: 6,
  }),
  { minLength: 1, maxLength: 25 },
);

/**
 * EASE by its definition: column j of B is the ridge regression of item j on every other item,
 * w = (G₋ⱼ₋ⱼ + Λ)⁻¹ G₋ⱼ,ⱼ with Λ = λ' I + p/(1−p) diag G, solved item by item with Gauss-Jordan elimination.
 */
function naiveEase(groups: [number, number][][], lambda: number, dropout: number, power: number) {
  const gram = Array.from({ length: ITEMS }, () => new Array<number>(ITEMS).fill(0));
  const support = Array.from({ length: ITEMS }, () => new Array<number>(ITEMS).fill(0));
  for (const group of groups) {
    const weight = group.length > 1 ? 1 / Math.pow(group.length - 1, power) : 0;
    if (weight === 0) continue;
    for (const [a, xa] of group) {
      for (const [b, xb] of group) {
        gram[a]![b]! += weight * xa * xb;
        support[a]![b]!++;
      }
    }
  }
  const memberships = groups.reduce((sum, group) => sum + group.length, 0);
  const weighted = gram.reduce((sum, row, i) => sum + row[i]!, 0);
  const scaled = lambda * (weighted > 0 ? weighted / memberships : 1);
  const weights = Array.from({ length: ITEMS }, () => new Array<number>(ITEMS).fill(0));
  for (let target = 0; target < ITEMS; target++) {
    const others = [...Array(ITEMS).keys()].filter((item) => item !== target);
    const system = others.map((a) =>
      others.map((b) => gram[a]![b]! + (a === b ? scaled + (dropout / (1 - dropout)) * gram[a]![a]! : 0)),
    );
    const solution = naiveSolve(
      system,
      others.map((a) => gram[a]![target]!),
    );
    others.forEach((source, k) => (weights[source]![target] = solution[k]!));
  }
  return { weights, support };
}

describe('denseRidgeNeighbors', () => {
  it("is EASE's every column solved on its own, kept for co-occurring pairs only, best first, in either form", () => {
    fc.assert(
      fc.property(
        groupsArbitrary,
        fc.double({ min: 0.5, max: 50, noNaN: true }),
        fc.constantFrom(0, 0.5),
        fc.constantFrom(0, 0.5, 1),
        fc.integer({ min: 1, max: 3 }),
        // Up to 25 groups over up to 12 items: fewer, as many and more groups than items, in both forms.
        fc.constantFrom(undefined, 'primal' as const, 'dual' as const),
        (groups, lambda, dropout, power, minSupport, form) => {
          const neighbors = denseRidgeNeighbors(toGroupMatrix(groups), ITEMS, {
            lambda,
            dropout,
            groupSizePower: power,
            minSupport,
            maxItems: ITEMS,
            form,
          })!;
          const { weights, support } = naiveEase(groups, lambda, dropout, power);
          for (let source = 0; source < ITEMS; source++) {
            const row = [...neighbors.items.subarray(neighbors.start[source], neighbors.start[source + 1])];
            const scores = [
              ...neighbors.scores.subarray(neighbors.start[source], neighbors.start[source + 1]),
            ];
            const expected = [...Array(ITEMS).keys()].filter(
              (target) =>
                target !== source &&
                support[source]![target]! >= minSupport &&
                Math.fround(weights[source]![target]!) !== 0,
            );
            expect(new Set(row)).toEqual(new Set(expected));
            row.forEach((target, r) => expect(scores[r]).toBeCloseTo(weights[source]![target]!, 5));
            for (let r = 1; r < scores.length; r++) expect(scores[r]!).toBeLessThanOrEqual(scores[r - 1]!);
          }
        },
      ),
    );
  });

  it('keeps negative weights of co-occurring pairs: a pair rarer than its products together predict weighs against', () => {
    // b and c sell with a, each twenty times, and together once: given b, c is less likely than c's popularity says.
    const groups: [number, number][][] = [
      [
        [1, 1],
        [2, 1],
      ],
    ];
    for (let n = 0; n < 20; n++)
      groups.push(
        [
          [0, 1],
          [1, 1],
        ],
        [
          [0, 1],
          [2, 1],
        ],
      );
    const neighbors = denseRidgeNeighbors(toGroupMatrix(groups), 3, {
      lambda: 1,
      groupSizePower: 0,
      minSupport: 1,
      maxItems: 3,
    })!;
    const row = (item: number) => [
      ...neighbors.items.subarray(neighbors.start[item], neighbors.start[item + 1]),
    ];
    const weightOf = (source: number, target: number) =>
      neighbors.scores[neighbors.start[source]! + row(source).indexOf(target)]!;
    expect(weightOf(1, 0)).toBeGreaterThan(0);
    expect(weightOf(1, 2)).toBeLessThan(0);
    expect(row(1)).toEqual([0, 2]);
  });

  it('counts only the items with evidence against its limit, and gives way to the local form above it', () => {
    // Ten catalog items, three of them bought: within a limit of three, whatever the catalog's size.
    const groups: [number, number][][] = [
      [
        [7, 1],
        [8, 1],
      ],
      [
        [8, 1],
        [9, 1],
      ],
      [[2, 1]],
    ];
    const options = { lambda: 1, groupSizePower: 0, minSupport: 1 };
    const neighbors = denseRidgeNeighbors(toGroupMatrix(groups), 10, { ...options, maxItems: 3 })!;
    expect(neighbors.start).toHaveLength(11);
    expect([...neighbors.items.subarray(neighbors.start[8], neighbors.start[9])].sort()).toEqual([7, 9]);
    expect(neighbors.start[3]! - neighbors.start[2]!).toBe(0);
    expect(denseRidgeNeighbors(toGroupMatrix(groups), 10, { ...options, maxItems: 2 })).toBeNull();
  });
});
