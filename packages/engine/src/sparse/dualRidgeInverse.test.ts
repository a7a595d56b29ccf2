import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toGroupMatrix } from '../__tests__/toGroupMatrix.js';
import { naiveSolve } from '../__tests__/naiveSolve.js';
import { dualRidgeInverse } from './dualRidgeInverse.js';
import { primalRidgeInverse } from './primalRidgeInverse.js';

/** Random groups over `n` items (some items in none), with weights x of 1 to 3 and group weights w > 0. */
const systemArbitrary = fc
  .record({ n: fc.integer({ min: 1, max: 9 }), m: fc.integer({ min: 1, max: 14 }) })
  .chain(({ n, m }) =>
    fc.record({
      n: fc.constant(n),
      groups: fc.array(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: 3 })), {
          selector: ([item]) => item,
          minLength: 1,
          maxLength: n,
        }),
        { minLength: m, maxLength: m },
      ),
      groupWeights: fc.array(fc.double({ min: 0.05, max: 2, noNaN: true }), { minLength: m, maxLength: m }),
      lambda: fc.double({ min: 0.1, max: 20, noNaN: true }),
      ownShare: fc.constantFrom(1, 2, 4),
    }),
  );

/** A = G + D, G = Σ_g w_g x_g x_gᵀ, D = diag((ownShare − 1) · diag G + λ), written out densely. */
function naiveSystem(
  n: number,
  groups: [number, number][][],
  groupWeights: number[],
  lambda: number,
  ownShare: number,
): { system: number[][]; penalty: Float64Array } {
  const system = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  groups.forEach((group, g) => {
    for (const [i, xi] of group) for (const [j, xj] of group) system[i]![j]! += groupWeights[g]! * xi * xj;
  });
  const penalty = Float64Array.from({ length: n }, (_, i) => (ownShare - 1) * system[i]![i]! + lambda);
  for (let i = 0; i < n; i++) system[i]![i]! += penalty[i]!;
  return { system, penalty };
}

describe('dualRidgeInverse', () => {
  it('gives the same inverse as the primal form and as Gauss-Jordan, for fewer, as many and more groups than items', () => {
    fc.assert(
      fc.property(systemArbitrary, ({ n, groups, groupWeights, lambda, ownShare }) => {
        const rows = toGroupMatrix(groups);
        const weights = Float64Array.from(groupWeights);
        const { system, penalty } = naiveSystem(n, groups, groupWeights, lambda, ownShare);
        const dual = dualRidgeInverse(rows, weights, n, penalty)!;
        const primal = primalRidgeInverse(rows, weights, n, { lambda, ownShare })!;
        for (let j = 0; j < n; j++) {
          const column = naiveSolve(
            system,
            Array.from({ length: n }, (_, i) => (i === j ? 1 : 0)),
          );
          // Relative to the column's diagonal: the scale of the weights B(i, j) = −P(i, j) / P(j, j).
          const scale = Math.abs(column[j]!);
          for (let i = 0; i < n; i++) {
            expect(Math.abs(dual[i * n + j]! - column[i]!) / scale).toBeLessThan(1e-9);
            expect(Math.abs(dual[i * n + j]! - primal[i * n + j]!) / scale).toBeLessThan(1e-9);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with the primal form past the inverse tiles (m = 130 groups, n = 260 items) and with m > n', () => {
    for (const [n, m] of [
      [260, 130],
      [120, 200],
    ] as const) {
      let state = n * 7919 + m;
      const next = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
      const groups = Array.from({ length: m }, () => {
        const items = new Set<number>();
        const size = 2 + Math.floor(next() * 40);
        // Popular items (low indexes) more often, and the last tenth of the items in no group.
        while (items.size < size) items.add(Math.floor(next() ** 2 * n * 0.9));
        return [...items].map((item): [number, number] => [item, 1 + Math.floor(next() * 3)]);
      });
      const rows = toGroupMatrix(groups);
      const groupWeights = groups.map((group) => 1 / Math.sqrt(group.length - 1));
      const weights = Float64Array.from(groupWeights);
      const lambda = 5;
      const ownShare = 2;
      const gramDiagonal = new Float64Array(n);
      groups.forEach((group, g) => {
        for (const [item, x] of group) gramDiagonal[item]! += groupWeights[g]! * x * x;
      });
      const penalty = gramDiagonal.map((value) => (ownShare - 1) * value + lambda);
      const dual = dualRidgeInverse(rows, weights, n, penalty)!;
      const primal = primalRidgeInverse(rows, weights, n, { lambda, ownShare })!;
      let worst = 0;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          const scale = Math.abs(primal[j * n + j]!);
          worst = Math.max(worst, Math.abs(dual[i * n + j]! - primal[i * n + j]!) / scale);
        }
      }
      expect(worst).toBeLessThan(1e-10);
    }
  });

  it('gives 1 / D for an item in no group, and is symmetric', () => {
    const rows = toGroupMatrix([
      [
        [0, 1],
        [2, 2],
      ],
      [[2, 1]],
    ]);
    const penalty = Float64Array.of(3, 5, 7);
    const p = dualRidgeInverse(rows, Float64Array.of(1, 0.5), 3, penalty)!;
    expect(p[1 * 3 + 1]).toBeCloseTo(1 / 5, 14);
    for (const k of [0, 2]) expect(p[1 * 3 + k]).toBe(0);
    expect(p[0 * 3 + 2]).toBe(p[2 * 3 + 0]);
  });
});
