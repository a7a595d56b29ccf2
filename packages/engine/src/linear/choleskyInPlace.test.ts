import { describe, expect, it } from 'vitest';
import { choleskyInPlace } from './choleskyInPlace.js';

/** Xᵀ X + 3 I for a seeded random X of small integers: n x n, row-major. */
function randomPositiveDefinite(n: number, seed: number): Float64Array {
  let state = seed;
  const next = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const x = Array.from({ length: n + 2 }, () => Array.from({ length: n }, () => Math.floor(next() * 7) - 3));
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      a[i * n + j] = x.reduce((sum, row) => sum + row[i]! * row[j]!, 0) + (i === j ? 3 : 0);
    }
  }
  return a;
}

describe('choleskyInPlace', () => {
  // Panels of 96 columns, updated by blocks of 3 x 3: sizes that end a panel early, fill one, cross one or two
  // boundaries and leave rows over.
  it.each([1, 2, 7, 95, 96, 97, 131, 200])(
    'gives L with L Lᵀ = A and leaves the upper triangle (n = %i)',
    (n) => {
      const original = randomPositiveDefinite(n, 11 * n);
      const a = original.slice();
      expect(choleskyInPlace(a, n)).toBe(true);
      let worst = 0;
      let upperChanged = 0;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j <= i; j++) {
          let sum = 0;
          for (let k = 0; k <= j; k++) sum += a[i * n + k]! * a[j * n + k]!;
          worst = Math.max(
            worst,
            Math.abs(sum - original[i * n + j]!) / (1 + Math.abs(original[i * n + j]!)),
          );
        }
        for (let j = i + 1; j < n; j++) if (a[i * n + j] !== original[i * n + j]) upperChanged++;
      }
      expect(worst).toBeLessThan(1e-12);
      expect(upperChanged).toBe(0);
    },
  );

  it('reports a pivot <= 0 in a later panel (column 130)', () => {
    const n = 140;
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) a[i * n + i] = 2;
    a[130 * n + 129] = 3;
    a[129 * n + 130] = 3;
    expect(choleskyInPlace(a, n)).toBe(false);
  });
});
