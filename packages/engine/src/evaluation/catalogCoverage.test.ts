import { describe, expect, it } from 'vitest';
import { catalogCoverage } from './catalogCoverage.js';

describe('catalogCoverage', () => {
  it('counts the distinct products shown over the catalog size', () => {
    expect(catalogCoverage([['a', 'b'], ['b', 'c'], []], 10)).toBeCloseTo(0.3, 12);
    expect(catalogCoverage([['a'], ['a']], 4)).toBe(0.25);
  });

  it('is 0 for an empty catalog and rejects a bad size', () => {
    expect(catalogCoverage([], 0)).toBe(0);
    expect(() => catalogCoverage([['a']], -1)).toThrow('catalogSize must be a non-negative integer, got -1');
  });
});
