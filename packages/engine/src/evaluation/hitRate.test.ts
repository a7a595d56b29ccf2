import { describe, expect, it } from 'vitest';
import { hitRate } from './hitRate.js';

describe('hitRate', () => {
  it('is 1 when a relevant item is in the first k, else 0', () => {
    const relevant = new Set(['d']);
    expect(hitRate(['a', 'b', 'c', 'd'], relevant, 4)).toBe(1);
    expect(hitRate(['a', 'b', 'c', 'd'], relevant, 3)).toBe(0);
    expect(hitRate([], relevant, 3)).toBe(0);
  });
});
