import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naiveSolve } from '../__tests__/naiveSolve.js';
import { toGroupMatrix } from '../__tests__/toGroupMatrix.js';
import { createDenseLeaveOneOut, MIN_LEAVE_ONE_OUT_ORDERS } from './createDenseLeaveOneOut.js';
import { denseRidgeInverse } from './denseRidgeInverse.js';
import type { GroupMatrix } from './GroupMatrix.js';
import { groupWeights } from './gramTopK.js';
import { ridgePenalties } from './ridgePenalties.js';

/**
 * The definition, by retraining: for each order o of two or more lines, EASE learned from every other order
 * (D held at the full data's), solved by Gauss-Jordan; for each of up to 8 of its lines, the rest of o scores
 * every product outside o by its summed weights over pairs still held by `minSupport` orders; a hit when the
 * held-out line scores above 0 and fewer than k products outside o score higher; o counts its share of hits.
 */
function naiveHitRate(
  groups: GroupMatrix,
  itemCount: number,
  options: { lambda: number; dropout: number; groupSizePower: number; minSupport: number },
  k: number,
): number {
  const weights = groupWeights(groups, options.groupSizePower);
  const orders = [...weights.keys()].filter((group) => weights[group]! > 0);
  const lines = (group: number) =>
    [...Array(groups.start[group + 1]! - groups.start[group]!).keys()].map((x) => ({
      item: groups.items[groups.start[group]! + x]!,
      weight: groups.weights[groups.start[group]! + x]!,
    }));
  const members = [...new Set(orders.flatMap((group) => lines(group).map((line) => line.item)))];
  const gramOf = (left: number) => {
    const gram = Array.from({ length: itemCount }, () => new Array<number>(itemCount).fill(0));
    const support = Array.from({ length: itemCount }, () => new Array<number>(itemCount).fill(0));
    for (const group of orders) {
      if (group === left) continue;
      for (const a of lines(group)) {
        for (const b of lines(group)) {
          gram[a.item]![b.item]! += weights[group]! * a.weight * b.weight;
          support[a.item]![b.item]! += 1;
        }
      }
    }
    return { gram, support };
  };
  const full = gramOf(-1).gram;
  const diagonalSum = members.reduce((sum, item) => sum + full[item]![item]!, 0);
  const { lambda, ownShare } = ridgePenalties(options, diagonalSum, groups.items.length);
  let hits = 0;
  for (const group of orders) {
    const { gram, support } = gramOf(group);
    const a = members.map((i) =>
      members.map((j) => (i === j ? gram[i]![j]! + (ownShare - 1) * full[i]![i]! + lambda : gram[i]![j]!)),
    );
    const columns = members.map((_, c) =>
      naiveSolve(
        a,
        members.map((__, r) => (r === c ? 1 : 0)),
      ),
    );
    const p = (i: number, j: number) => columns[members.indexOf(j)]![members.indexOf(i)]!;
    const order = lines(group).map((line) => line.item);
    // Up to 8 lines, evenly spaced from one chosen by a hash of the order; the order counts the share found.
    const tries = Math.min(order.length, 8);
    const first = (Math.imul(group + 1, 2654435761) >>> 0) % order.length;
    let found = 0;
    for (let t = 0; t < tries; t++) {
      const heldOut = order[(first + Math.floor((t * order.length) / tries)) % order.length]!;
      const score = (j: number) =>
        order
          .filter((b) => b !== heldOut && support[b]![j]! >= Math.max(1, options.minSupport))
          .reduce((sum, b) => sum - p(b, j) / p(j, j), 0);
      const target = score(heldOut);
      const above = members.filter((j) => !order.includes(j) && score(j) > target).length;
      if (target > 0 && above < k) found++;
    }
    hits += found / tries;
  }
  return hits / orders.length;
}

describe('createDenseLeaveOneOut', () => {
  it('gives the hit rate of retraining without each order, for any λ', () => {
    // Products 0-5 are bought often together; 6-9 rarely, so that their pairs sit near `minSupport`.
    const itemCount = 10;
    const linesOf = (items: number[]) =>
      fc.tuple(...items.map((item) => fc.tuple(fc.constant(item), fc.constantFrom(1, 2, 0.5))));
    const common = fc
      .uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 5 })
      .chain(linesOf);
    const rare = fc
      .tuple(
        fc.integer({ min: 0, max: 5 }),
        fc.uniqueArray(fc.integer({ min: 6, max: 9 }), { minLength: 1, maxLength: 2 }),
      )
      .chain(([item, rareItems]) => linesOf([item, ...rareItems]));
    let informative = 0;
    fc.assert(
      fc.property(
        fc.array(common, {
          minLength: MIN_LEAVE_ONE_OUT_ORDERS + 100,
          maxLength: MIN_LEAVE_ONE_OUT_ORDERS + 120,
        }),
        fc.array(rare, { minLength: 4, maxLength: 12 }),
        fc.constantFrom(0.5, 5, 40),
        fc.constantFrom(0, 0.3),
        fc.constantFrom(0, 0.5),
        fc.constantFrom(1, 2, 3),
        fc.constantFrom(1, 3),
        fc.constantFrom('primal' as const, 'dual' as const),
        (often, seldom, lambda, dropout, groupSizePower, minSupport, k, form) => {
          const groups = toGroupMatrix([...often, ...seldom]);
          const options = { dropout, groupSizePower, minSupport };
          const evaluate = createDenseLeaveOneOut(groups, itemCount, { ...options, maxItems: 100, form }, k);
          const expected = naiveHitRate(groups, itemCount, { ...options, lambda }, k);
          // Not a degenerate case: some held-out lines are found and some are not.
          if (expected > 0 && expected < 1) informative++;
          expect(evaluate).not.toBeNull();
          expect(evaluate!.hitRate(lambda)).toBeCloseTo(expected, 12);
        },
      ),
      { numRuns: 16 },
    );
    expect(informative).toBeGreaterThan(6);
  });

  it('holds out 8 evenly spaced lines of a longer order, as retraining would score them', () => {
    // Orders of 9 to 12 of 20 products: every order is longer than the lines held out of it.
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 19 }), { minLength: 9, maxLength: 12 }), {
          minLength: MIN_LEAVE_ONE_OUT_ORDERS,
          maxLength: MIN_LEAVE_ONE_OUT_ORDERS + 10,
        }),
        fc.constantFrom(1, 20),
        (orders, lambda) => {
          const groups = toGroupMatrix(
            orders.map((order) => order.map((item): [number, number] => [item, 1])),
          );
          const options = { dropout: 0, groupSizePower: 0, minSupport: 2 };
          const evaluate = createDenseLeaveOneOut(groups, 20, { ...options, maxItems: 100 }, 2)!;
          const expected = naiveHitRate(groups, 20, { ...options, lambda }, 2);
          // Not a degenerate case: some held-out lines are found and some are not.
          expect(expected).toBeGreaterThan(0);
          expect(expected).toBeLessThan(1);
          expect(evaluate.hitRate(lambda)).toBeCloseTo(expected, 12);
        },
      ),
      { numRuns: 4 },
    );
  });

  it('is null with too few orders or too many products for the dense form', () => {
    const orders = Array.from({ length: MIN_LEAVE_ONE_OUT_ORDERS - 1 }, (_, o): [number, number][] => [
      [o % 5, 1],
      [(o + 1) % 5, 1],
    ]);
    const options = { dropout: 0, groupSizePower: 0, minSupport: 1, maxItems: 100 };
    expect(createDenseLeaveOneOut(toGroupMatrix(orders), 5, options)).toBeNull();
    const more = toGroupMatrix([
      ...orders,
      [
        [0, 1],
        [2, 1],
      ],
      [[3, 1]],
    ]);
    expect(createDenseLeaveOneOut(more, 5, options)).not.toBeNull();
    expect(createDenseLeaveOneOut(more, 5, { ...options, maxItems: 4 })).toBeNull();
  });

  it('keeps the system of the best hit rate, the first on ties, as denseRidgeInverse solves it', () => {
    const orders = Array.from({ length: MIN_LEAVE_ONE_OUT_ORDERS + 50 }, (_, o): [number, number][] =>
      [o % 6, (o * 7 + 1) % 9, (o * 5 + 3) % 11]
        .filter((item, i, all) => all.indexOf(item) === i)
        .map((item) => [item, 1]),
    );
    const groups = toGroupMatrix(orders);
    const options = { dropout: 0, groupSizePower: 0, minSupport: 1, maxItems: 100 };
    const evaluate = createDenseLeaveOneOut(groups, 11, options, 3)!;
    expect(evaluate.best()).toBeNull();
    const rates = [0.01, 1, 100, 10_000].map((lambda) => ({ lambda, rate: evaluate.hitRate(lambda) }));
    const top = rates.reduce((best, next) => (next.rate > best.rate ? next : best));
    const kept = evaluate.best()!;
    expect(kept.lambda).toBe(top.lambda);
    expect(kept.system.inverse).toEqual(
      denseRidgeInverse(groups, 11, { ...options, lambda: top.lambda })!.inverse,
    );
  });
});
