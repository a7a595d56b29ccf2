import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toGroupMatrix } from '../__tests__/toGroupMatrix.js';
import { capGroups } from './capGroups.js';
import type { GroupMatrix } from './GroupMatrix.js';

const rows = (matrix: GroupMatrix) =>
  Array.from({ length: matrix.start.length - 1 }, (_, g) =>
    Array.from({ length: matrix.start[g + 1]! - matrix.start[g]! }, (_, s) => [
      matrix.items[matrix.start[g]! + s]!,
      matrix.weights[matrix.start[g]! + s]!,
    ]),
  );

describe('capGroups', () => {
  it("keeps each group's heaviest items, the earlier ones on equal weights, in group order, like a sort", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 4 })), {
            selector: ([item]) => item,
            maxLength: 20,
          }),
          { maxLength: 12 },
        ),
        fc.integer({ min: 1, max: 12 }),
        (groups, cap) => {
          const expected = groups.map((group) =>
            group
              .map((entry, slot) => ({ entry, slot }))
              .sort((a, b) => b.entry[1] - a.entry[1] || a.slot - b.slot)
              .slice(0, cap)
              .sort((a, b) => a.slot - b.slot)
              .map(({ entry }) => entry),
          );
          expect(rows(capGroups(toGroupMatrix(groups), cap))).toEqual(expected);
        },
      ),
    );
  });

  it('returns the groups themselves when none is over the cap', () => {
    const groups = toGroupMatrix([
      [
        [1, 1],
        [2, 3],
      ],
      [[4, 2]],
    ]);
    expect(capGroups(groups, 2)).toBe(groups);
  });
});
