import { describe, expect, it } from 'vitest';
import { ndcgAtK } from './ndcgAtK.js';

describe('ndcgAtK', () => {
  it('discounts hits by log2 of their rank and normalises by an ideal list of min(k, |relevant|) hits', () => {
    const relevant = new Set(['b', 'd', 'x']);
    // DCG = 1/log2(3) + 1/log2(5) = 0.630930 + 0.430677; ideal = 1 + 0.630930 + 0.5.
    expect(ndcgAtK(['a', 'b', 'c', 'd', 'e'], relevant, 5)).toBeCloseTo(1.061606 / 2.13093, 6);
    // Only b counts at k = 3; the ideal list still holds 3 hits.
    expect(ndcgAtK(['a', 'b', 'c', 'd', 'e'], relevant, 3)).toBeCloseTo(0.63093 / 2.13093, 5);
  });

  it('is 1 for a perfect list, also when there are more relevant items than k', () => {
    expect(ndcgAtK(['a', 'b'], new Set(['a', 'b', 'c', 'd']), 2)).toBe(1);
    expect(ndcgAtK(['a'], new Set(['a']), 10)).toBe(1);
  });

  it('is 0 without hits or without relevant items', () => {
    expect(ndcgAtK(['a', 'c'], new Set(['b']), 10)).toBe(0);
    expect(ndcgAtK(['a'], new Set(), 10)).toBe(0);
  });
});
