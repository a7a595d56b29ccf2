import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketTopK } from './bucketTopK.js';

const oracle = (candidates: Uint32Array, scores: Float64Array, k: number): number[] =>
  [...candidates].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, k);

describe('bucketTopK', () => {
  it('matches a full sort (score desc, index asc) on spread, negative, zero and tied scores', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.double({ min: -1e6, max: 1e6, noNaN: true }),
            fc.double({ min: 1e-9, max: 1e-3, noNaN: true }),
            fc.constantFrom(0, -0, 0.25, 0.5, -3),
          ),
          { maxLength: 400 },
        ),
        fc.integer({ min: 0, max: 120 }),
        fc.integer(),
        (rawScores, k, shift) => {
          const scores = Float64Array.from(rawScores);
          const n = rawScores.length;
          const candidates = Uint32Array.from({ length: n }, (_, c) => (c + Math.abs(shift)) % n);
          const out = new Uint32Array(Math.max(k, 1));
          const count = bucketTopK(candidates, n, scores, k, out);
          expect([...out.subarray(0, count)]).toEqual(oracle(candidates, scores, k));
        },
      ),
    );
  });

  it('matches a full sort on signed small weights with one side possibly empty (dense EASE rows; the sign gap closed)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.double({ min: 1e-7, max: 0.2, noNaN: true }),
            fc.double({ min: -0.2, max: -1e-7, noNaN: true }),
            fc.constantFrom(0, -0, 1e-7, -1e-7),
          ),
          { maxLength: 600 },
        ),
        fc.integer({ min: 1, max: 600 }),
        (rawScores, k) => {
          const scores = Float64Array.from(rawScores);
          const candidates = Uint32Array.from({ length: scores.length }, (_, c) => c);
          const out = new Uint32Array(k);
          const count = bucketTopK(candidates, scores.length, scores, k, out);
          expect([...out.subarray(0, count)]).toEqual(oracle(candidates, scores, k));
        },
      ),
    );
  });

  it('ranks a long run of equal scores (one bucket past the insertion limit) by index', () => {
    const scores = Float64Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? 2 : 1));
    const candidates = Uint32Array.from({ length: 300 }, (_, c) => 299 - c);
    const out = new Uint32Array(100);
    expect(bucketTopK(candidates, 300, scores, 100, out)).toBe(100);
    expect([...out]).toEqual(oracle(candidates, scores, 100));
  });
});
