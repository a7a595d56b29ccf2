import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SimilarityMeasure } from '../types.js';
import type { GroupMatrix } from './GroupMatrix.js';
import { itemToItemTopK } from './itemToItemTopK.js';

/** The formulas written the slow, obvious way, over maps. */
function naive(
  groups: number[][][],
  itemCount: number,
  measure: SimilarityMeasure,
  beta: number,
  minSupport: number,
) {
  const degree = new Array<number>(itemCount).fill(0);
  const itemWeight = new Array<number>(itemCount).fill(0);
  for (const group of groups) {
    for (const [item, weight] of group) {
      degree[item!]!++;
      itemWeight[item!]! += weight!;
    }
  }
  const rows: Map<number, { score: number; support: number }>[] = [];
  for (let i = 0; i < itemCount; i++) {
    const row = new Map<number, { score: number; support: number }>();
    for (const group of groups) {
      const mine = group.find(([item]) => item === i);
      if (!mine) continue;
      const total = group.reduce((sum, [, weight]) => sum + weight!, 0);
      for (const [j, weight] of group) {
        if (j === i) continue;
        const entry = row.get(j!) ?? { score: 0, support: 0 };
        entry.support++;
        const others = total - mine[1]!;
        entry.score +=
          others > 0 && itemWeight[i]! > 0 ? (mine[1]! / itemWeight[i]!) * (weight! / others) : 0;
        row.set(j!, entry);
      }
    }
    for (const [j, entry] of row) {
      const both = entry.support;
      if (measure === 'rp3beta') entry.score /= Math.pow(degree[j]!, beta);
      if (measure === 'cosine') entry.score = both / Math.sqrt(degree[i]! * degree[j]!);
      if (measure === 'jaccard') entry.score = both / (degree[i]! + degree[j]! - both);
      if (measure === 'lift') entry.score = (both * groups.length) / (degree[i]! * degree[j]!);
      if (both < minSupport || !(entry.score > 0)) row.delete(j);
    }
    rows.push(row);
  }
  return rows;
}

const groupsArbitrary = fc.integer({ min: 1, max: 12 }).chain((itemCount) =>
  fc.record({
    itemCount: fc.constant(itemCount),
    groups: fc.array(
      fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: itemCount - 1 }), fc.integer({ min: 1, max: 5 })), {
        selector: ([item]) => item,
        maxLength: itemCount,
      }),
      { maxLength: 30 },
    ),
  }),
);

describe('itemToItemTopK', () => {
  for (const measure of ['rp3beta', 'cosine', 'jaccard', 'lift'] as const) {
    it(`${measure} matches the naive formula and keeps the top k`, () => {
      fc.assert(
        fc.property(
          groupsArbitrary,
          fc.integer({ min: 1, max: 5 }),
          fc.integer({ min: 1, max: 3 }),
          (input, k, minSupport) => {
            const { itemCount, groups } = input;
            const start = new Uint32Array(groups.length + 1);
            groups.forEach((group, g) => (start[g + 1] = start[g]! + group.length));
            const matrix: GroupMatrix = {
              start,
              items: Uint32Array.from(groups.flat().map(([item]) => item)),
              weights: Float32Array.from(groups.flat().map(([, weight]) => weight)),
            };
            const result = itemToItemTopK(matrix, itemCount, {
              measure,
              k,
              popularityPenalty: 0.5,
              minSupport,
            });
            const oracle = naive(groups, itemCount, measure, 0.5, minSupport);
            for (let i = 0; i < itemCount; i++) {
              const expected = [...oracle[i]!]
                .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
                .slice(0, k);
              const got = [...result.items.subarray(result.start[i]!, result.start[i + 1]!)];
              expect(got.length).toBe(expected.length);
              got.forEach((item, r) => {
                const want = oracle[i]!.get(item);
                expect(want).toBeDefined();
                expect(result.scores[result.start[i]! + r]).toBeCloseTo(want!.score, 4);
                // Pair counts are kept only when the measure or the threshold needs them.
                const counted = measure !== 'rp3beta' || minSupport > 1;
                if (counted) expect(result.support[result.start[i]! + r]).toBe(want!.support);
                else expect(result.support).toHaveLength(0);
              });
              // Same scores as the oracle's top k (ties may order by index either way only when equal).
              expect(got.map((item) => oracle[i]!.get(item)!.score).map((s) => s.toFixed(4))).toEqual(
                expected.map(([, entry]) => entry.score.toFixed(4)),
              );
            }
          },
        ),
      );
    });
  }
});
