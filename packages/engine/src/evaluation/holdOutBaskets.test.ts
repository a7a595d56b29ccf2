import { describe, expect, it } from 'vitest';
import { holdOutBaskets } from './holdOutBaskets.js';

describe('holdOutBaskets', () => {
  const baskets = [['a'], ['a', 'b', 'c'], ['x', 'x'], ['p', 'q'], ['d', 'e', 'f', 'g']];

  it('holds out one product of each basket with two or more distinct products', () => {
    const cases = holdOutBaskets(baskets, 42);
    expect(cases).toHaveLength(3);
    cases.forEach((testCase, index) => {
      const original = [baskets[1]!, baskets[3]!, baskets[4]!][index]!;
      expect([...testCase.basket, testCase.heldOut].sort()).toEqual([...original].sort());
      expect(testCase.basket).not.toContain(testCase.heldOut);
    });
  });

  it('is the same for a seed and varies with it', () => {
    expect(holdOutBaskets(baskets, 1)).toEqual(holdOutBaskets(baskets, 1));
    const many = Array.from({ length: 20 }, () => ['a', 'b', 'c', 'd']);
    const heldOut = (seed: number): string[] =>
      holdOutBaskets(many, seed).map((testCase) => testCase.heldOut);
    expect(heldOut(1)).not.toEqual(heldOut(2));
    expect(new Set(heldOut(1)).size).toBeGreaterThan(1);
  });
});
