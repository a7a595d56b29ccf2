import { describe, expect, it } from 'vitest';
import { averagePrecisionAtK } from './averagePrecisionAtK.js';

describe('averagePrecisionAtK', () => {
  it('averages the precision at each hit over min(k, |relevant|)', () => {
    const relevant = new Set(['b', 'd', 'x']);
    // Hits at ranks 2 and 4: (1/2 + 2/4) / 3.
    expect(averagePrecisionAtK(['a', 'b', 'c', 'd', 'e'], relevant, 5)).toBeCloseTo(1 / 3, 12);
    // At k = 3 only rank 2 counts: (1/2) / 3.
    expect(averagePrecisionAtK(['a', 'b', 'c', 'd', 'e'], relevant, 3)).toBeCloseTo(1 / 6, 12);
    // Hits at ranks 1 and 3 with k = 2 < |relevant|: (1/1) / 2.
    expect(averagePrecisionAtK(['a', 'z', 'c'], new Set(['a', 'c', 'q']), 2)).toBe(0.5);
  });

  it('is 1 for a perfect list and 0 without relevant items', () => {
    expect(averagePrecisionAtK(['a', 'b'], new Set(['a', 'b', 'c', 'd']), 2)).toBe(1);
    expect(averagePrecisionAtK(['a'], new Set(), 5)).toBe(0);
  });
});
