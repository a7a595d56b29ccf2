import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectTopK } from './selectTopK.js';

describe('selectTopK', () => {
  it('matches a full sort (score desc, index asc) on random inputs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }),
        fc.integer({ min: 0, max: 50 }),
        (rawScores, k) => {
          const scores = Float64Array.from(rawScores);
          const candidates = Uint32Array.from(rawScores.keys());
          const out = new Uint32Array(Math.max(k, 1));
          const count = selectTopK(candidates, candidates.length, scores, k, out);
          const oracle = [...candidates].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, k);
          expect([...out.subarray(0, count)]).toEqual(oracle);
        },
      ),
    );
  });

  it('matches a full sort on long rows of real-valued scores with ties (the selection path)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0.25, 0.5)), {
          minLength: 50,
          maxLength: 2500,
          // Rows past 600 candidates take the sampling step of the selection.
          size: 'max',
        }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer(),
        (rawScores, k, shift) => {
          const scores = Float64Array.from(rawScores);
          // Candidates in a rotated order, as tracked (not scanned) candidates come.
          const n = rawScores.length;
          const candidates = Uint32Array.from({ length: n }, (_, c) => (c + Math.abs(shift)) % n);
          const out = new Uint32Array(k);
          const count = selectTopK(candidates, n, scores, k, out);
          const oracle = [...candidates].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, k);
          expect([...out.subarray(0, count)]).toEqual(oracle);
        },
      ),
    );
  });
});
