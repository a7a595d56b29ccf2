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
  it("is EASE's every column solved on its own, kept for co-occurring pairs only, best first, in every form", () => {
    fc.assert(
      fc.property(
        groupsArbitrary,
        fc.double({ min: 0.5, max: 50, noNaN: true }),
        fc.constantFrom(0, 0.5),
        fc.constantFrom(0, 0.5, 1),
        fc.integer({ min: 1, max: 3 }),
        // Up to 25 groups over up to 12 items: fewer, as many and more groups than items, in both stored forms,
        // and the dual's rows computed one at a time (more items than maxItems).
        fc.constantFrom(undefined, 'primal' as const, 'dual' as const, 'streamed' as const),
        (groups, lambda, dropout, power, minSupport, form) => {
          const streamed = form === 'streamed';
          const neighbors = denseRidgeNeighbors(toGroupMatrix(groups), ITEMS, {
            lambda,
            dropout,
            groupSizePower: power,
            minSupport,
            maxItems: streamed ? 0 : ITEMS,
            form: streamed ? undefined : form,
            streamedCost: streamed ? Infinity : undefined,
            stream: streamed,
          });
          if (!neighbors) {
            // Only the streamed rows give way, and only when no group of two items makes anything to solve.
            expect(streamed && groups.every((group) => group.length < 2)).toBe(true);
            return;
          }
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

  it('keeps the rowLimit weights of largest magnitude in each streamed row, still best first', () => {
    fc.assert(
      fc.property(groupsArbitrary, fc.integer({ min: 1, max: 4 }), (groups, rowLimit) => {
        const options = {
          lambda: 2,
          dropout: 0.5,
          groupSizePower: 0,
          minSupport: 1,
          maxItems: 0,
          stream: true,
        };
        const whole = denseRidgeNeighbors(toGroupMatrix(groups), ITEMS, {
          ...options,
          streamedCost: Infinity,
        });
        const limited = denseRidgeNeighbors(toGroupMatrix(groups), ITEMS, {
          ...options,
          streamedCost: Infinity,
          rowLimit,
        });
        if (!whole || !limited) return;
        for (let source = 0; source < ITEMS; source++) {
          const all = [...whole.scores.subarray(whole.start[source], whole.start[source + 1])];
          const kept = [...limited.scores.subarray(limited.start[source], limited.start[source + 1])];
          expect(kept).toHaveLength(Math.min(rowLimit, all.length));
          // The kept magnitudes are the largest ones (as a multiset), and the row stays ranked by value.
          const magnitudes = (scores: number[]) => scores.map(Math.abs).sort((a, b) => b - a);
          expect(magnitudes(kept)).toEqual(magnitudes(all).slice(0, kept.length));
          for (let r = 1; r < kept.length; r++) expect(kept[r]!).toBeLessThanOrEqual(kept[r - 1]!);
        }
      }),
    );
  });

  it('streams the rows only when they cost no more than the stored inverse at maxItems products', () => {
    // Three groups of three over nine items: m³/2 + 1.5 · nnz · (m + n) = 13.5 + 162 multiply-adds.
    const groups: [number, number][][] = [0, 3, 6].map((first) => [
      [first, 1],
      [first + 1, 1],
      [first + 2, 1],
    ]);
    const options = { lambda: 1, groupSizePower: 0, minSupport: 1, stream: true };
    // At 7 products the primal costs 171.5: the local form's turn; at 8, 256: streamed.
    expect(denseRidgeNeighbors(toGroupMatrix(groups), 9, { ...options, maxItems: 7 })).toBeNull();
    const streamed = denseRidgeNeighbors(toGroupMatrix(groups), 9, { ...options, maxItems: 8 })!;
    const stored = denseRidgeNeighbors(toGroupMatrix(groups), 9, { ...options, maxItems: 9 })!;
    // Co-purchase does not ask for streamed rows: the local form's turn.
    expect(
      denseRidgeNeighbors(toGroupMatrix(groups), 9, { ...options, stream: false, maxItems: 8 }),
    ).toBeNull();
    expect([...streamed.items]).toEqual([...stored.items]);
    [...streamed.scores].forEach((score, k) => expect(score).toBeCloseTo(stored.scores[k]!, 6));
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
