import { describe, expect, it } from 'vitest';
import { reciprocalRankAtK } from './reciprocalRankAtK.js';

describe('reciprocalRankAtK', () => {
  it('is 1 / the rank of the first hit within k', () => {
    expect(reciprocalRankAtK(['a', 'b', 'c', 'd'], new Set(['c', 'd']), 10)).toBeCloseTo(1 / 3, 12);
    expect(reciprocalRankAtK(['a', 'b'], new Set(['a']), 1)).toBe(1);
    expect(reciprocalRankAtK(['a', 'b', 'c'], new Set(['c']), 2)).toBe(0);
  });
});
