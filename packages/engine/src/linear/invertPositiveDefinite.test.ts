import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invertPositiveDefinite } from './invertPositiveDefinite.js';

describe('invertPositiveDefinite', () => {
  it('gives A⁻¹ with A · A⁻¹ = I for random symmetric positive-definite matrices', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }).chain((n) =>
          fc.tuple(
            fc.array(fc.array(fc.integer({ min: -4, max: 4 }), { minLength: n, maxLength: n }), {
              minLength: n,
              maxLength: n + 4,
            }),
            fc.double({ min: 0.5, max: 20, noNaN: true }),
          ),
        ),
        ([rows, ridge]) => {
          const n = rows[0]!.length;
          const matrix = Array.from({ length: n }, (_, i) =>
            Array.from(
              { length: n },
              (_, j) => rows.reduce((sum, row) => sum + row[i]! * row[j]!, 0) + (i === j ? ridge : 0),
            ),
          );
          const inverse = Float64Array.from(matrix.flat());
          expect(invertPositiveDefinite(inverse, n)).toBe(true);
          for (let i = 0; i < n; i++) {
            for (let j = 0; j < n; j++) {
              let sum = 0;
              for (let k = 0; k < n; k++) sum += matrix[i]![k]! * inverse[k * n + j]!;
              expect(sum).toBeCloseTo(i === j ? 1 : 0, 8);
            }
          }
        },
      ),
    );
  });

  it('reports a matrix that is not positive definite', () => {
    expect(invertPositiveDefinite(Float64Array.from([1, 3, 3, 1]), 2)).toBe(false);
  });
});
