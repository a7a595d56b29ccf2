import { describe, expect, it } from 'vitest';
import { precisionAtK } from './precisionAtK.js';

const relevant = new Set(['b', 'd', 'x']);

describe('precisionAtK', () => {
  it('counts hits in the first k over k', () => {
    expect(precisionAtK(['a', 'b', 'c', 'd', 'e'], relevant, 5)).toBeCloseTo(0.4, 12);
    expect(precisionAtK(['a', 'b', 'c', 'd', 'e'], relevant, 3)).toBeCloseTo(1 / 3, 12);
    expect(precisionAtK(['a', 'b', 'c', 'd', 'e'], relevant, 1)).toBe(0);
  });

  it('divides a short list by k, not by its length', () => {
    expect(precisionAtK(['b'], relevant, 10)).toBeCloseTo(0.1, 12);
    expect(precisionAtK([], relevant, 10)).toBe(0);
  });

  it('rejects a k that is not a positive integer', () => {
    expect(() => precisionAtK(['a'], relevant, 0)).toThrow(
      'aisle-engine: k must be a positive integer, got 0',
    );
    expect(() => precisionAtK(['a'], relevant, 2.5)).toThrow('k must be a positive integer, got 2.5');
  });
});
