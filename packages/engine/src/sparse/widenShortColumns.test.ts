import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toGroupMatrix } from '../__tests__/toGroupMatrix.js';
import type { GramRows } from './GramRows.js';
import { gramTopK, groupWeights } from './gramTopK.js';
import { widenShortColumns } from './widenShortColumns.js';

const ITEMS = 14;

const groupsArbitrary = fc.array(
  fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: ITEMS - 1 }), fc.constant(1)), {
    selector: ([item]) => item,
    minLength: 2,
    maxLength: 8,
  }),
  { minLength: 1, maxLength: 30 },
);

const row = (gram: GramRows, item: number) =>
  Array.from(gram.items.subarray(gram.start[item]!, gram.start[item + 1]!));

describe('widenShortColumns', () => {
  it('gives a full column whose product fewer than rowLength columns took twice the regressors of two groups, and no other', () => {
    fc.assert(
      fc.property(
        groupsArbitrary,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 8 }),
        (groups, regressors, rowLength) => {
          const matrix = toGroupMatrix(groups);
          const options = { groupWeights: groupWeights(matrix, 0), minSupport: 1 };
          const narrow = gramTopK(matrix, ITEMS, { ...options, k: regressors });
          // The new columns keep only pairs held by two groups or more.
          const twice = gramTopK(matrix, ITEMS, { ...options, k: 2 * regressors, minSupport: 2 });
          const widened = widenShortColumns(narrow, matrix, ITEMS, {
            ...options,
            regressors,
            rowLength,
            pairsBudget: 1e9,
          });
          const taken = new Array<number>(ITEMS).fill(0);
          for (const item of narrow.items) taken[item]!++;
          for (let item = 0; item < ITEMS; item++) {
            const short = row(narrow, item).length >= regressors && taken[item]! < rowLength;
            // The wider column is the item's 2 x regressors co-occurring products of highest cosine, in item order.
            expect(row(widened, item)).toEqual(row(short ? twice : narrow, item));
            const values = Array.from(
              widened.values.subarray(widened.start[item]!, widened.start[item + 1]!),
            );
            const from = short ? twice : narrow;
            expect(values).toEqual(
              Array.from(from.values.subarray(from.start[item]!, from.start[item + 1]!)),
            );
          }
          expect(widened.diagonal).toBe(narrow.diagonal);
        },
      ),
    );
  });

  it('shares the pairs budget among the short columns, and keeps their width when it allows no more', () => {
    // Four products in every group: each column takes 1 of its 3 co-occurring products, so none is taken by 4.
    const groups = [0, 1, 2].map(() => [0, 1, 2, 3].map((item): [number, number] => [item, 1]));
    // Every pair here is held by three groups: only the width can change.
    const matrix = toGroupMatrix(groups);
    const options = { groupWeights: groupWeights(matrix, 0), minSupport: 1, regressors: 1, rowLength: 4 };
    const narrow = gramTopK(matrix, 4, { k: 1, groupWeights: options.groupWeights, minSupport: 1 });
    // 4 short columns of 2 regressors read 16 entries of G.
    const widened = widenShortColumns(narrow, matrix, 4, { ...options, pairsBudget: 16 });
    expect([0, 1, 2, 3].map((item) => row(widened, item).length)).toEqual([2, 2, 2, 2]);
    const kept = widenShortColumns(narrow, matrix, 4, { ...options, pairsBudget: 15 });
    expect([0, 1, 2, 3].map((item) => row(kept, item))).toEqual(
      [0, 1, 2, 3].map((item) => row(narrow, item)),
    );
  });

  it('drops from a short column the pairs a single group made, even at the same width', () => {
    // 0 and 4 once, 0 and 1 twice, 1 and 2 seven times: by cosine (G(0, j) / sqrt(G(j, j))) 0's column takes 4 (1
    // against 2 / 3 for 1), a pair of one group; with pairs of two groups it takes 1.
    const pair = (a: number, b: number): [number, number][] => [
      [a, 1],
      [b, 1],
    ];
    const matrix = toGroupMatrix([
      pair(0, 4),
      pair(0, 1),
      pair(0, 1),
      ...Array.from({ length: 7 }, () => pair(1, 2)),
    ]);
    const options = { groupWeights: groupWeights(matrix, 0), minSupport: 1, regressors: 1, rowLength: 5 };
    const narrow = gramTopK(matrix, 5, { k: 1, groupWeights: options.groupWeights, minSupport: 1 });
    expect(row(narrow, 0)).toEqual([4]);
    // A budget of one regressor for each short column: the same width.
    const kept = widenShortColumns(narrow, matrix, 5, { ...options, pairsBudget: 5 });
    expect(row(kept, 0)).toEqual([1]);
  });

  it('takes the rows of two groups from the first pass, when asked for, exactly as a second pass gives them', () => {
    fc.assert(
      fc.property(
        groupsArbitrary,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(1, 1e9),
        (groups, regressors, rowLength, pairsBudget) => {
          const matrix = toGroupMatrix(groups);
          const options = { groupWeights: groupWeights(matrix, 0), minSupport: 1 };
          const plain = gramTopK(matrix, ITEMS, { ...options, k: regressors });
          const both = gramTopK(matrix, ITEMS, { ...options, k: regressors, alsoSupported: true });
          // Asking for them changes nothing else, and they are what a pass with minSupport 2 selects.
          expect(both.supported).toBeDefined();
          expect({ ...both, supported: undefined }).toEqual({ ...plain, supported: undefined });
          const twoGroups = gramTopK(matrix, ITEMS, { ...options, k: regressors, minSupport: 2 });
          expect(both.supported).toEqual({
            start: twoGroups.start,
            items: twoGroups.items,
            values: twoGroups.values,
          });
          // A budget of 1 allows no more width (the first pass's rows are taken); 1e9 does (a second pass).
          const widen = (gram: GramRows) =>
            widenShortColumns(gram, matrix, ITEMS, { ...options, regressors, rowLength, pairsBudget });
          const widened = widen(both);
          const expected = widen(plain);
          for (let item = 0; item < ITEMS; item++) {
            expect(row(widened, item)).toEqual(row(expected, item));
            expect(
              Array.from(widened.values.subarray(widened.start[item]!, widened.start[item + 1]!)),
            ).toEqual(Array.from(expected.values.subarray(expected.start[item]!, expected.start[item + 1]!)));
          }
        },
      ),
    );
  });
});
