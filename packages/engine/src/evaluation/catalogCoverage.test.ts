import { describe, expect, it } from 'vitest';
import { catalogCoverage } from './catalogCoverage.js';

const catalog = new Set('abcdefghij');

describe('catalogCoverage', () => {
  it('counts the distinct catalog products shown over the catalog size', () => {
    expect(catalogCoverage([['a', 'b'], ['b', 'c'], []], catalog)).toBeCloseTo(0.3, 12);
    expect(catalogCoverage([['a'], ['a']], new Set('abcd'))).toBe(0.25);
  });

  it('ignores ids outside the catalog and is 0 for an empty catalog', () => {
    expect(catalogCoverage([['a', 'zz', 'yy']], catalog)).toBeCloseTo(0.1, 12);
    expect(catalogCoverage([['a']], new Set())).toBe(0);
  });
});
