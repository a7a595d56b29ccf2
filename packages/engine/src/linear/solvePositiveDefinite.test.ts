import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naiveSolve } from '../__tests__/naiveSolve.js';
import { solvePositiveDefinite } from './solvePositiveDefinite.js';

describe('solvePositiveDefinite', () => {
  it('solves random symmetric positive-definite systems like Gaussian elimination', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) =>
          fc.tuple(
            fc.array(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: n, maxLength: n }), {
              minLength: n + 2,
              maxLength: n + 6,
            }),
            fc.array(fc.integer({ min: -20, max: 20 }), { minLength: n, maxLength: n }),
            fc.double({ min: 0.1, max: 50, noNaN: true }),
          ),
        ),
        ([rows, rhs, ridge]) => {
          const n = rhs.length;
          // Xᵀ X + ridge · I is symmetric positive definite, like the engine's systems.
          const matrix = Array.from({ length: n }, (_, i) =>
            Array.from(
              { length: n },
              (_, j) => rows.reduce((sum, row) => sum + row[i]! * row[j]!, 0) + (i === j ? ridge : 0),
            ),
          );
          const expected = naiveSolve(matrix, rhs);
          const a = Float64Array.from(matrix.flat());
          const b = Float64Array.from(rhs);
          expect(solvePositiveDefinite(a, n, b)).toBe(true);
          b.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 6));
        },
      ),
    );
  });

  it('reports a matrix that is not positive definite', () => {
    expect(solvePositiveDefinite(Float64Array.from([1, 2, 2, 1]), 2, new Float64Array(2))).toBe(false);
    expect(solvePositiveDefinite(Float64Array.from([0]), 1, new Float64Array(1))).toBe(false);
  });
});
