import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectTopKDense } from './selectTopKDense.js';

describe('selectTopKDense', () => {
  it('matches a full sort of the positive scores (score desc, index asc), sparse or dense rows', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.constantFrom(0, 0, 0, -1, 0.25, 0.5, Number.MIN_VALUE),
          ),
          { maxLength: 3000, size: 'max' },
        ),
        fc.integer({ min: 0, max: 150 }),
        (rawScores, k) => {
          const scores = Float64Array.from(rawScores);
          const out = new Uint32Array(Math.max(k, 1));
          const count = selectTopKDense(scores, scores.length, k, out);
          const oracle = [...scores.keys()]
            .filter((i) => scores[i]! > 0)
            .sort((a, b) => scores[b]! - scores[a]! || a - b)
            .slice(0, k);
          expect([...out.subarray(0, count)]).toEqual(oracle);
        },
      ),
    );
  });

  it('finds the top k when the sampled threshold lets fewer than k through', () => {
    // The strided sample (every 12th for k = 100) meets the 20 high scores: its threshold passes only them.
    const scores = Float64Array.from({ length: 2000 }, (_, i) => (i % 12 === 0 && i < 240 ? 5 : 1 + i / 1e4));
    const out = new Uint32Array(100);
    expect(selectTopKDense(scores, 2000, 100, out)).toBe(100);
    const expected = [...scores.keys()].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, 100);
    expect([...out]).toEqual(expected);
  });
});
