import { describe, expect, it } from 'vitest';

import { compareVariants, wilsonInterval } from './compareVariants';

const v = (variant: string, impressions: number, clicks: number) => ({ variant, impressions, clicks });

describe('compareVariants', () => {
  it('gives Wilson intervals as scipy computes them', () => {
    const [low, high] = wilsonInterval(100, 1000)!;
    expect(low).toBeCloseTo(0.0829094, 6);
    expect(high).toBeCloseTo(0.120152, 6);
    expect(wilsonInterval(0, 50)![0]).toBe(0);
    expect(wilsonInterval(0, 50)![1]).toBeCloseTo(0.0713476, 6);
    expect(wilsonInterval(3, 0)).toBeNull();
  });

  it('names a leader better only when the difference is significant', () => {
    // z = 4.24, p = 2e-5 (scipy): better.
    expect(compareVariants([v('a', 1000, 50), v('b', 1000, 100)])).toMatchObject({
      verdict: 'better',
      leader: 'b',
    });
    // z = 0.98, p = 0.33: too early.
    expect(compareVariants([v('a', 1000, 60), v('b', 1000, 50)])).toMatchObject({
      verdict: 'too-early',
      leader: 'a',
    });
  });

  it('corrects for several variants: p = 0.035 is enough against one, not against two', () => {
    expect(compareVariants([v('a', 1000, 130), v('b', 1000, 100)]).verdict).toBe('better');
    expect(compareVariants([v('a', 1000, 130), v('b', 1000, 100), v('c', 1000, 20)]).verdict).toBe(
      'too-early',
    );
  });

  it('waits for five clicks in every variant, and has nothing to say about one variant', () => {
    expect(compareVariants([v('a', 40, 4), v('b', 4000, 0)]).verdict).toBe('too-early');
    expect(compareVariants([v('a', 100, 10)])).toEqual({
      intervals: [wilsonInterval(10, 100)],
      verdict: 'no-test',
      leader: null,
    });
    expect(compareVariants([v('a', 0, 0), v('b', 0, 0)])).toMatchObject({
      verdict: 'too-early',
      leader: null,
    });
  });
});
