import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEMS, neighborsArbitrary } from '../__tests__/randomNeighbors.js';
import { blendWithContent } from './blendWithContent.js';
import type { Neighbors } from './Neighbors.js';

const row = (neighbors: Neighbors, item: number) =>
  Array.from({ length: neighbors.start[item + 1]! - neighbors.start[item]! }, (_, r) => ({
    item: neighbors.items[neighbors.start[item]! + r]!,
    score: neighbors.scores[neighbors.start[item]! + r]!,
  }));

describe('blendWithContent', () => {
  it('adds each row its content scaled by the share c / (c + d) and the typical best behaviour score', () => {
    fc.assert(
      fc.property(
        neighborsArbitrary,
        neighborsArbitrary,
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: ITEMS, maxLength: ITEMS }),
        fc.constantFrom(1, 10, 30),
        fc.integer({ min: 1, max: 40 }),
        (behaviour, content, degree, shrinkage, k) => {
          const { neighbors, fromContent } = blendWithContent(behaviour, content, degree, shrinkage, k);
          const maxima = Array.from({ length: ITEMS }, (_, item) => row(behaviour, item)[0]?.score);
          const observed = maxima.filter((best, item) => best !== undefined && degree[item]! >= shrinkage);
          const pool = (
            observed.length > 0 ? observed : maxima.filter((best) => best !== undefined)
          ) as number[];
          const strength = pool.length > 0 ? [...pool].sort((a, b) => a - b)[pool.length >> 1]! : 1;
          for (let item = 0; item < ITEMS; item++) {
            const expected = new Map<number, { score: number; behaved: boolean }>();
            for (const { item: other, score } of row(behaviour, item))
              expected.set(other, { score, behaved: true });
            const text = row(content, item);
            const share = shrinkage / (shrinkage + degree[item]!);
            for (const { item: other, score } of text) {
              const entry = expected.get(other) ?? { score: 0, behaved: false };
              entry.score += ((share * strength) / text[0]!.score) * score;
              expected.set(other, entry);
            }
            const ranked = [...expected].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]).slice(0, k);
            const got = row(neighbors, item);
            expect(got.length).toBe(ranked.length);
            got.forEach(({ item: other, score }, r) => {
              expect(score).toBeCloseTo(ranked[r]![1].score, 4);
              expect(fromContent[neighbors.start[item]! + r]).toBe(expected.get(other)!.behaved ? 0 : 1);
            });
          }
        },
      ),
    );
  });

  it('leaves the behaviour alone when the share is off', () => {
    const behaviour: Neighbors = {
      start: Uint32Array.from([0, 1, 1]),
      items: Uint32Array.from([1]),
      scores: Float32Array.from([0.5]),
      support: new Float32Array(0),
    };
    expect(blendWithContent(behaviour, behaviour, [1, 1], 0, 10).neighbors).toBe(behaviour);
  });
});
