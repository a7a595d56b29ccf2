import { describe, expect, it } from 'vitest';
import { recallAtK } from './recallAtK.js';

describe('recallAtK', () => {
  it('counts hits in the first k over the relevant items', () => {
    const relevant = new Set(['b', 'd', 'x']);
    expect(recallAtK(['a', 'b', 'c', 'd', 'e'], relevant, 5)).toBeCloseTo(2 / 3, 12);
    expect(recallAtK(['a', 'b', 'c', 'd', 'e'], relevant, 3)).toBeCloseTo(1 / 3, 12);
    expect(recallAtK(['a', 'b'], new Set(['a', 'b', 'c', 'd']), 2)).toBe(0.5);
  });

  it('is 0 when nothing is relevant', () => {
    expect(recallAtK(['a'], new Set(), 10)).toBe(0);
  });
});
