import { describe, expect, it } from 'vitest';
import { selectTopK } from './selectTopK.js';

describe('selectTopK', () => {
  it('matches a full sort on random scores, with ties to the lower index and skipped indexes left out', () => {
    let state = 7;
    const random = (): number => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(random() * 40);
      const scores = Array.from({ length: n }, () => Math.floor(random() * 6));
      const k = 1 + Math.floor(random() * 12);
      const skip = (index: number): boolean => index % 5 === 3;
      const oracle = [...scores.keys()]
        .filter((index) => !skip(index) && scores[index]! > 0)
        .sort((a, b) => scores[b]! - scores[a]! || a - b)
        .slice(0, k);
      expect(selectTopK(scores, k, skip, 0)).toEqual(oracle);
    }
  });
});
