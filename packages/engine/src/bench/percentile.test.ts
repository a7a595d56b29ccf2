import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentile } from './percentile.js';

describe('percentile', () => {
  it('picks by nearest rank', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(sorted, 50)).toBe(5);
    expect(percentile(sorted, 99)).toBe(10);
    expect(percentile(sorted, 0)).toBe(1);
    expect(percentile(sorted, 100)).toBe(10);
    expect(percentile([], 50)).toBeNaN();
  });

  it('agrees with counting: at least p% of the values are at or below it, and fewer below it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1 }),
        fc.integer({ min: 1, max: 100 }),
        (values, p) => {
          const sorted = [...values].sort((a, b) => a - b);
          const value = percentile(sorted, p);
          const atOrBelow = sorted.filter((v) => v <= value).length;
          const below = sorted.filter((v) => v < value).length;
          expect(atOrBelow).toBeGreaterThanOrEqual((p / 100) * sorted.length);
          expect(below).toBeLessThan((p / 100) * sorted.length);
        },
      ),
    );
  });
});
