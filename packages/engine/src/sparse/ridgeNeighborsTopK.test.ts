import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toGroupMatrix } from '../__tests__/toGroupMatrix.js';
import { naiveSolve } from '../__tests__/naiveSolve.js';
import { chooseWholeRows, createGramBlockReader } from './createGramBlockReader.js';
import { gramTopK, groupWeights } from './gramTopK.js';
import { REGRESSOR_PAIRS_BUDGET, ridgeNeighborsTopK } from './ridgeNeighborsTopK.js';
import { widenShortColumns } from './widenShortColumns.js';

const ITEMS = 14;

const groupsArbitrary = fc.array(
  fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: ITEMS - 1 }), fc.integer({ min: 1, max: 3 })), {
    selector: ([item]) => item,
    minLength: 1,
    maxLength: 7,
  }),
  { minLength: 1, maxLength: 30 },
);

/** G and pair support by the definition: every group adds w_g · x_a · x_b to each of its pairs. */
function naiveGram(groups: [number, number][][], power: number) {
  const gram = Array.from({ length: ITEMS }, () => new Array<number>(ITEMS).fill(0));
  const support = Array.from({ length: ITEMS }, () => new Array<number>(ITEMS).fill(0));
  for (const group of groups) {
    const weight = group.length > 1 ? 1 / Math.pow(group.length - 1, power) : 0;
    for (const [a, xa] of group) {
      for (const [b, xb] of group) {
        gram[a]![b]! += weight * xa * xb;
        support[a]![b]!++;
      }
    }
  }
  return { gram, support };
}

describe('gramTopK and the block reader', () => {
  it('keep each item its co-occurring items of highest cosine, and read blocks of G from whole rows and lookups', () => {
    fc.assert(
      fc.property(
        groupsArbitrary,
        fc.integer({ min: 1, max: ITEMS }),
        fc.constantFrom(0, 0.5, 1),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: ITEMS * ITEMS }),
        (groups, k, power, minSupport, budget) => {
          const matrix = toGroupMatrix(groups);
          const weights = groupWeights(matrix, power);
          const wholeRows = chooseWholeRows(matrix, ITEMS, budget);
          const rows = gramTopK(matrix, ITEMS, {
            k,
            groupWeights: weights,
            minSupport,
            wholeRows,
            lookups: ITEMS,
          });
          const { gram, support } = naiveGram(groups, power);
          for (let item = 0; item < ITEMS; item++) {
            expect(rows.diagonal[item]).toBeCloseTo(gram[item]![item]!, 9);
            const expected = gram[item]!.map((value, other) => ({
              other,
              value,
              cosine: value / Math.sqrt(gram[other]![other]!),
            }))
              .filter(
                ({ other, value }) => other !== item && value > 0 && support[item]![other]! >= minSupport,
              )
              .sort((a, b) => b.cosine - a.cosine || a.other - b.other)
              .slice(0, k);
            const kept = Array.from(rows.items.subarray(rows.start[item]!, rows.start[item + 1]!));
            // Equal cosines may be kept in another order: compare as sets of (item, G) with the k-th cosine.
            expect(kept.length).toBe(expected.length);
            kept.forEach((other, r) => {
              expect(rows.values[rows.start[item]! + r]).toBeCloseTo(gram[item]![other]!, 9);
              if (expected.length > 0) {
                const cosine = gram[item]![other]! / Math.sqrt(gram[other]![other]!);
                expect(cosine).toBeGreaterThanOrEqual(expected[expected.length - 1]!.cosine - 1e-12);
              }
            });
          }
          const read = createGramBlockReader(rows, ITEMS, wholeRows);
          const members = Uint32Array.from(new Set(groups.flat().map(([item]) => item))).sort();
          const block = new Float64Array(members.length * members.length);
          read(members, block);
          members.forEach((a, p) =>
            members.forEach((b, q) => {
              // Whole rows are 32-bit floats: within their relative rounding (an absolute 5e-7 failed for G ≈ 16).
              if (p !== q)
                expect(Math.abs(block[p * members.length + q]! - gram[a]![b]!)).toBeLessThanOrEqual(
                  1e-6 * Math.max(1, Math.abs(gram[a]![b]!)),
                );
            }),
          );
        },
      ),
    );
  });
});

describe('ridgeNeighborsTopK', () => {
  it("gives each item's targets the weights of the ridge regressions on their co-occurring items", () => {
    fc.assert(
      fc.property(
        groupsArbitrary,
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.constantFrom(0, 0.5),
        fc.boolean(),
        fc.constantFrom(0, 0.25, 0.5),
        fc.constantFrom(0, ITEMS),
        (groups, lambda, power, wholeRows, dropout, negatives) => {
          const matrix = toGroupMatrix(groups);
          const result = ridgeNeighborsTopK(matrix, ITEMS, {
            regressors: ITEMS,
            k: ITEMS,
            negatives,
            lambda,
            groupSizePower: power,
            dropout,
            minSupport: 1,
            wholeRowsMaxFloats: wholeRows ? ITEMS * ITEMS : 0,
          });
          const { gram } = naiveGram(groups, power);
          let diagonal = 0;
          for (let item = 0; item < ITEMS; item++) diagonal += gram[item]![item]!;
          const memberships = groups.flat().length;
          const scaled = lambda * (diagonal > 0 ? diagonal / memberships : 1);
          // B(i, j): regress j on every item co-occurring with it (all of them: regressors = ITEMS).
          const expected = Array.from({ length: ITEMS }, () => new Map<number, number>());
          for (let target = 0; target < ITEMS; target++) {
            const regressors = gram[target]!.map((value, other) => ({ other, value }))
              .filter(({ other, value }) => other !== target && value > 0)
              .map(({ other }) => other);
            if (regressors.length === 0) continue;
            const system = regressors.map((a) =>
              // EDLAE: a regressor's own co-occurrence counts 1 / (1 − dropout) times on the diagonal.
              regressors.map(
                (b) => gram[a]![b]! * (a === b ? 1 / (1 - dropout) : 1) + (a === b ? scaled : 0),
              ),
            );
            const weights = naiveSolve(
              system,
              regressors.map((a) => gram[a]![target]!),
            );
            regressors.forEach((source, r) => {
              if (weights[r]! > 1e-9 || (negatives > 0 && weights[r]! < -1e-9)) {
                expected[source]!.set(target, weights[r]!);
              }
            });
          }
          for (let source = 0; source < ITEMS; source++) {
            const begin = result.start[source]!;
            const end = result.start[source + 1]!;
            const got = new Map<number, number>();
            for (let e = begin; e < end; e++) got.set(result.items[e]!, result.scores[e]!);
            for (const [target, weight] of expected[source]!) expect(got.get(target)).toBeCloseTo(weight, 4);
            for (const [target, weight] of got) {
              if (negatives === 0) expect(weight).toBeGreaterThan(0);
              if (Math.abs(weight) > 1e-6) expect(expected[source]!.has(target)).toBe(true);
            }
            for (let e = begin + 1; e < end; e++)
              expect(result.scores[e]).toBeLessThanOrEqual(result.scores[e - 1]!);
          }
        },
      ),
    );
  });

  it('keeps only the k targets of highest weight per item', () => {
    const groups = toGroupMatrix(
      Array.from(
        { length: 20 },
        (_, g) =>
          [
            [0, 1],
            [1 + (g % 6), 1],
            [7, 1],
          ] as [number, number][],
      ),
    );
    const all = ridgeNeighborsTopK(groups, ITEMS, {
      regressors: 10,
      k: 10,
      lambda: 1,
      groupSizePower: 0,
      minSupport: 1,
    });
    const two = ridgeNeighborsTopK(groups, ITEMS, {
      regressors: 10,
      k: 2,
      lambda: 1,
      groupSizePower: 0,
      minSupport: 1,
    });
    for (let item = 0; item < ITEMS; item++) {
      const full = Array.from(all.items.subarray(all.start[item]!, all.start[item + 1]!));
      const cut = Array.from(two.items.subarray(two.start[item]!, two.start[item + 1]!));
      expect(cut).toEqual(full.slice(0, 2));
    }
  });

  it('keeps, after the positive ones, the most negative weights per item, least negative first', () => {
    // Groups of three to five of ten products, drawn by a fixed linear congruential sequence: overlapping
    // groups give regressions with weights of both signs.
    let state = 7;
    const next = (below: number) => (state = (state * 48271) % 2147483647) % below;
    const groups = toGroupMatrix(
      Array.from({ length: 40 }, () => {
        const members = new Set<number>();
        const size = 3 + next(3);
        while (members.size < size) members.add(next(10));
        return [...members].map((item) => [item, 1] as [number, number]);
      }),
    );
    const options = { regressors: 12, k: 3, lambda: 1, groupSizePower: 0, minSupport: 1 };
    const positive = ridgeNeighborsTopK(groups, ITEMS, options);
    const signed = ridgeNeighborsTopK(groups, ITEMS, { ...options, negatives: 12 });
    const two = ridgeNeighborsTopK(groups, ITEMS, { ...options, negatives: 2 });
    const row = (neighbors: typeof signed, item: number) =>
      Array.from({ length: neighbors.start[item + 1]! - neighbors.start[item]! }, (_, r) => ({
        item: neighbors.items[neighbors.start[item]! + r]!,
        score: neighbors.scores[neighbors.start[item]! + r]!,
      }));
    let negativeRows = 0;
    for (let item = 0; item < ITEMS; item++) {
      const full = row(signed, item);
      const kept = full.filter(({ score }) => score > 0);
      const below = full.filter(({ score }) => score < 0);
      if (below.length > 0) negativeRows++;
      expect(kept).toEqual(row(positive, item));
      expect(full).toEqual([...kept, ...below]);
      for (let r = 1; r < full.length; r++) expect(full[r]!.score).toBeLessThanOrEqual(full[r - 1]!.score);
      expect(row(two, item)).toEqual([...kept, ...below.slice(-2)]);
    }
    expect(negativeRows).toBeGreaterThan(5);
  });

  it("completes each row from its own column's regression where the other column did not take it", () => {
    let completions = 0;
    fc.assert(
      fc.property(
        groupsArbitrary,
        fc.integer({ min: 1, max: 3 }),
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.constantFrom(0, 0.5),
        (groups, regressors, lambda, dropout) => {
          const matrix = toGroupMatrix(groups);
          const result = ridgeNeighborsTopK(matrix, ITEMS, {
            regressors,
            k: ITEMS,
            lambda,
            groupSizePower: 0,
            dropout,
            minSupport: 1,
            wholeRowsMaxFloats: ITEMS * ITEMS,
            completeRows: true,
          });
          // N(j), the regressors each column takes, as the local form chooses them (tested above), short rows'
          // columns widened (widenShortColumns.test.ts).
          const chosen = widenShortColumns(
            gramTopK(matrix, ITEMS, {
              k: regressors,
              groupWeights: groupWeights(matrix, 0),
              minSupport: 1,
              wholeRows: chooseWholeRows(matrix, ITEMS, ITEMS * ITEMS),
              lookups: 2 * regressors,
            }),
            matrix,
            ITEMS,
            {
              regressors,
              rowLength: ITEMS,
              pairsBudget: REGRESSOR_PAIRS_BUDGET,
              groupWeights: groupWeights(matrix, 0),
              minSupport: 1,
            },
          );
          const { gram } = naiveGram(groups, 0);
          let diagonal = 0;
          for (let item = 0; item < ITEMS; item++) diagonal += gram[item]![item]!;
          const scaled = lambda * (diagonal > 0 ? diagonal / groups.flat().length : 1);
          const own = 1 / (1 - dropout);
          // Each column's weights and residual s_j = G(j, j) + Λ(j, j) − G[j, N] w_j, by the definition.
          const columns = new Map<number, Map<number, number>>();
          const residual = new Array<number>(ITEMS).fill(0);
          for (let target = 0; target < ITEMS; target++) {
            const taken = Array.from(chosen.items.subarray(chosen.start[target]!, chosen.start[target + 1]!));
            const weights = taken.length
              ? naiveSolve(
                  taken.map((a) =>
                    taken.map((b) => gram[a]![b]! * (a === b ? own : 1) + (a === b ? scaled : 0)),
                  ),
                  taken.map((a) => gram[a]![target]!),
                )
              : [];
            columns.set(target, new Map(taken.map((a, r) => [a, weights[r]!])));
            residual[target] =
              own * gram[target]![target]! +
              scaled -
              taken.reduce((sum, a, r) => sum + gram[a]![target]! * weights[r]!, 0);
          }
          for (let source = 0; source < ITEMS; source++) {
            const expected = new Map<number, number>();
            for (let target = 0; target < ITEMS; target++) {
              const direct = columns.get(target)!.get(source);
              const mirrored = columns.get(source)!.get(target);
              if (direct !== undefined) {
                if (direct > 1e-9) expected.set(target, direct);
              } else if (mirrored !== undefined && mirrored > 1e-9) {
                expected.set(target, (mirrored * residual[target]!) / residual[source]!);
                completions++;
              }
            }
            const got = new Map<number, number>();
            for (let e = result.start[source]!; e < result.start[source + 1]!; e++)
              got.set(result.items[e]!, result.scores[e]!);
            expect([...got.keys()].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
            for (const [target, weight] of expected) expect(got.get(target)).toBeCloseTo(weight, 4);
          }
        },
      ),
    );
    expect(completions).toBeGreaterThan(20);
  });
});
