import { describe, expect, it } from 'vitest';

import { assignVariant } from './assignVariant';

const sessions = Array.from({ length: 10_000 }, (_, index) => `session-${index}-${(index * 7919) % 10_007}`);

function split(variants: { key: string; share: number }[], testKey = 'home:m1') {
  const counts = new Map(variants.map((variant) => [variant.key, 0]));
  const chosen = sessions.map((session) => assignVariant(variants, testKey, session).key);
  for (const key of chosen) counts.set(key, counts.get(key)! + 1);
  return { counts, chosen };
}

describe('assignVariant', () => {
  it('splits 10,000 sessions within 2 points of the configured shares', () => {
    for (const shares of [
      [50, 50],
      [20, 80],
      [10, 30, 60],
      [25, 25, 25, 25],
    ]) {
      const variants = shares.map((share, index) => ({ key: String.fromCharCode(97 + index), share }));
      const { counts } = split(variants);
      variants.forEach((variant) => {
        expect(Math.abs((counts.get(variant.key)! / sessions.length) * 100 - variant.share)).toBeLessThan(2);
      });
    }
  });

  it('gives a session the same variant every time', () => {
    const variants = [
      { key: 'a', share: 50 },
      { key: 'b', share: 50 },
    ];
    const first = split(variants).chosen;
    expect(split(variants).chosen).toEqual(first);
    expect(first.slice(0, 20)).toEqual(
      sessions.slice(0, 20).map((s) => assignVariant(variants, 'home:m1', s).key),
    );
  });

  it('keeps most sessions where they were when the split changes: only those past the moved boundary move', () => {
    const before = split([
      { key: 'a', share: 20 },
      { key: 'b', share: 80 },
    ]).chosen;
    const after = split([
      { key: 'a', share: 30 },
      { key: 'b', share: 70 },
    ]).chosen;
    const moved = before.filter((key, index) => key !== after[index]);
    // A tenth of the line changes hands, all of it from b to a.
    expect(Math.abs(moved.length / sessions.length - 0.1)).toBeLessThan(0.02);
    expect(moved.every((key) => key === 'b')).toBe(true);
  });

  it("draws each module's test independently, and serves a single variant without a draw", () => {
    const variants = [
      { key: 'a', share: 50 },
      { key: 'b', share: 50 },
    ];
    const home = split(variants, 'home:m1').chosen;
    const product = split(variants, 'product:m1').chosen;
    const same = home.filter((key, index) => key === product[index]).length / sessions.length;
    expect(Math.abs(same - 0.5)).toBeLessThan(0.03);
    expect(assignVariant([{ key: 'only', share: 100 }], 'x', 'y').key).toBe('only');
    expect(() => assignVariant([], 'x', 'y')).toThrow('at least one variant');
  });
});
