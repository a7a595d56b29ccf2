import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naiveSolve } from '../__tests__/naiveSolve.js';
import { invertPositiveDefinite } from './invertPositiveDefinite.js';

/** Xᵀ X + ridge · I for a seeded random X of small integers (about a third of them 0): n x n, row-major. */
function randomPositiveDefinite(n: number, seed: number): number[][] {
  let state = seed;
  const next = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const x = Array.from({ length: n + 3 }, () =>
    Array.from({ length: n }, () => (next() < 0.35 ? 0 : Math.floor(next() * 9) - 4)),
  );
  return Array.from({ length: n }, (_, i) =>
    Array.from(
      { length: n },
      (_, j) => x.reduce((sum, row) => sum + row[i]! * row[j]!, 0) + (i === j ? 2 : 0),
    ),
  );
}

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

  // The work goes by tiles of 96 rows and columns and by blocks of 3 x 3 entries: these sizes end a tile early,
  // fill one exactly, cross one or two boundaries and leave rows over.
  it.each([1, 7, 65, 95, 96, 97, 130, 257])(
    'inverts n x n matrices across tile boundaries, A · A⁻¹ = I (n = %i)',
    (n) => {
      const matrix = randomPositiveDefinite(n, n);
      const inverse = Float64Array.from(matrix.flat());
      expect(invertPositiveDefinite(inverse, n)).toBe(true);
      let worst = 0;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          let sum = 0;
          for (let k = 0; k < n; k++) sum += matrix[i]![k]! * inverse[k * n + j]!;
          worst = Math.max(worst, Math.abs(sum - (i === j ? 1 : 0)));
          expect(inverse[i * n + j]).toBe(inverse[j * n + i]);
        }
      }
      expect(worst).toBeLessThan(1e-9);
      // Columns on both sides of the last tile boundary, against Gaussian elimination.
      for (const column of new Set([0, Math.max(0, n - 98), n - 1])) {
        const expected = naiveSolve(
          matrix,
          matrix.map((_, i) => (i === column ? 1 : 0)),
        );
        expected.forEach((value, i) => expect(inverse[i * n + column]).toBeCloseTo(value, 10));
      }
    },
  );

  it('gives the same inverse, to the bit, with U in a larger scratch that holds garbage', () => {
    const n = 130;
    const matrix = Float64Array.from(randomPositiveDefinite(n, 11).flat());
    const fresh = matrix.slice();
    expect(invertPositiveDefinite(fresh, n)).toBe(true);
    const scratch = new Float64Array(n * n + 50).fill(Number.NaN);
    const reused = matrix.slice();
    expect(invertPositiveDefinite(reused, n, scratch)).toBe(true);
    expect(reused).toEqual(fresh);
  });

  it('reports a matrix that is not positive definite', () => {
    expect(invertPositiveDefinite(Float64Array.from([1, 3, 3, 1]), 2)).toBe(false);
  });

  it('reports a matrix whose first pivot <= 0 lies in a later tile', () => {
    const n = 150;
    const matrix = randomPositiveDefinite(n, 3);
    // Rows 140 and 141 made equal: the matrix is singular there and only there.
    for (let k = 0; k < n; k++) {
      matrix[141]![k] = matrix[140]![k]!;
      matrix[k]![141] = matrix[k]![140]!;
    }
    matrix[141]![141] = matrix[140]![140]! - 1;
    expect(invertPositiveDefinite(Float64Array.from(matrix.flat()), n)).toBe(false);
  });
});
