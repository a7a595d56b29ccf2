import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contextOf,
  ITEMS,
  naiveSeedScores,
  neighborsArbitrary,
  seedsArbitrary,
} from '../__tests__/randomNeighbors.js';
import type { Neighbors } from '../sparse/Neighbors.js';
import { findVia } from './findVia.js';

describe('findVia', () => {
  it('names the seed with the largest weighted score for each target (the first on a tie), -1 for none', () => {
    const context = contextOf();
    fc.assert(
      fc.property(
        neighborsArbitrary,
        seedsArbitrary,
        fc.array(fc.boolean(), { minLength: ITEMS, maxLength: ITEMS }),
        fc.integer({ min: 0, max: ITEMS - 1 }),
        (neighbors, seeds, chosen, extra) => {
          const { strongest } = naiveSeedScores(neighbors, seeds);
          // Targets are mostly products some seed leads to (as served items are), so that the early stop
          // takes effect; sometimes one more that may be out of reach.
          const targets = [...strongest.keys()].filter((item) => chosen[item]);
          if (chosen[extra] && !targets.includes(extra)) targets.push(extra);
          const via = findVia(
            context,
            neighbors,
            seeds.map(([seed]) => seed),
            seeds.map(([, weight]) => weight),
            targets,
          );
          expect(via).toEqual(targets.map((item) => strongest.get(item)?.position ?? -1));
          expect(context.runtime.scratch.slot.every((value) => value === -1)).toBe(true);
        },
      ),
    );
  });

  it('reads a list down to the weakest best found so far, not further', () => {
    const context = contextOf();
    // Seed 0 leads to 5 (0.2) and 6 (0.1); seed 1 leads to 8 (0.3), then to 6 a little more strongly (0.125).
    const neighbors: Neighbors = {
      start: Uint32Array.from({ length: ITEMS + 1 }, (_, i) => (i === 0 ? 0 : i === 1 ? 2 : 4)),
      items: Uint32Array.of(5, 6, 8, 6),
      scores: Float32Array.of(0.2, 0.1, 0.3, 0.125),
      support: new Float32Array(0),
    };
    expect(findVia(context, neighbors, [0, 1], [1, 1], [5, 6])).toEqual([0, 1]);
    expect(findVia(context, neighbors, [0, 1], [1, 1], [5, 6, 7])).toEqual([0, 1, -1]);
  });
});
