import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contextOf,
  ITEMS,
  naiveSeedScores,
  neighborsArbitrary,
  seedsArbitrary,
} from '../__tests__/randomNeighbors.js';
import { scoreFromSeeds } from './scoreFromSeeds.js';

describe('scoreFromSeeds', () => {
  it('sums weighted neighbour scores like a map, best first, leaving out what is skipped', () => {
    const context = contextOf();
    fc.assert(
      fc.property(
        neighborsArbitrary,
        seedsArbitrary,
        fc.integer({ min: 1, max: 50 }),
        fc.uniqueArray(fc.integer({ min: 0, max: ITEMS - 1 }), { maxLength: 6 }),
        (neighbors, seeds, pool, skip) => {
          const { sums } = naiveSeedScores(neighbors, seeds);
          const got = scoreFromSeeds(
            context,
            neighbors,
            seeds.map(([seed]) => seed),
            seeds.map(([, weight]) => weight),
            pool,
            skip,
          );
          const expected = [...sums]
            .filter(([item]) => !skip.includes(item))
            .sort((a, b) => b[1] - a[1] || a[0] - b[0])
            .slice(0, pool);
          expect(got.items).toEqual(expected.map(([item]) => item));
          got.scores.forEach((score, r) => expect(score).toBeCloseTo(expected[r]![1], 9));
          // The scratch scores are left at 0 for the next request.
          expect(context.runtime.scratch.scores.every((value) => value === 0)).toBe(true);
        },
      ),
    );
  });
});
