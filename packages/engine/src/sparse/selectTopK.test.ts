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
});
