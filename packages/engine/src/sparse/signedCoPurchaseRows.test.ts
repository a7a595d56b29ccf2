import { describe, expect, it } from 'vitest';
import { looseAisleOrders } from '../__tests__/looseAisleOrders.js';
import { toGroupMatrix } from '../__tests__/toGroupMatrix.js';
import { train } from '../train.js';
import type { Neighbors } from './Neighbors.js';
import { ridgeNeighborsTopK } from './ridgeNeighborsTopK.js';

/** The loose aisles' orders as groups over products 0..39 (`p12` is 12). */
function looseAisleGroups(count: number): [number, number][][] {
  const orders = new Map<string, [number, number][]>();
  for (const line of looseAisleOrders(count)) {
    const order = orders.get(line.orderId!) ?? [];
    order.push([Number(line.productId.slice(1)), 1]);
    orders.set(line.orderId!, order);
  }
  return [...orders.values()];
}

function rowsOf({ start, scores }: Neighbors): number[][] {
  return Array.from({ length: start.length - 1 }, (_, item) =>
    Array.from(scores.subarray(start[item]!, start[item + 1]!)),
  );
}

describe('co-purchase rows of the local form', () => {
  it('keep the k best weights, then at most k of the most negative, best first', () => {
    const k = 5;
    const neighbors = ridgeNeighborsTopK(toGroupMatrix(looseAisleGroups(400)), 40, {
      regressors: 96,
      k,
      negatives: k,
      lambda: 50,
      groupSizePower: 0,
      minSupport: 1,
    });
    let signedRows = 0;
    for (const row of rowsOf(neighbors)) {
      const positive = row.filter((score) => score > 0).length;
      const negative = row.filter((score) => score < 0).length;
      expect(positive).toBeLessThanOrEqual(k);
      expect(negative).toBeLessThanOrEqual(k);
      expect(positive + negative).toBe(row.length);
      for (let r = 1; r < row.length; r++) expect(row[r]).toBeLessThanOrEqual(row[r - 1]!);
      if (negative > 0) signedRows++;
    }
    // Products of one aisle compete for the same orders: most rows have weights against some.
    expect(signedRows).toBeGreaterThan(20);
  });

  it('are as long as the columns in training: more regressors than neighbours keep that many each way', () => {
    const longestPositive = (regressors: number) =>
      Math.max(
        ...rowsOf(
          train(undefined, looseAisleOrders(400), {
            neighbors: 5,
            ridge: { denseMaxProducts: 0, regressors },
          }).coPurchaseLearned,
        ).map((row) => row.filter((score) => score > 0).length),
      );
    expect(longestPositive(4)).toBe(5);
    expect(longestPositive(12)).toBe(12);
  });

  it('and the behaviour rows of the local form are signed as well, best first, at most k each way', () => {
    // The loose aisles' shoppers (one order each) as the behaviour graph's groups; no catalog, so no text blend.
    const model = train(undefined, looseAisleOrders(400), {
      neighbors: 5,
      ridge: { denseMaxProducts: 0, regressors: 40, behaviourLambda: 1, behaviourDropout: 0 },
    });
    let signed = 0;
    for (const row of rowsOf(model.behaviour)) {
      expect(row.filter((score) => score > 0).length).toBeLessThanOrEqual(40);
      expect(row.filter((score) => score < 0).length).toBeLessThanOrEqual(40);
      for (let r = 1; r < row.length; r++) expect(row[r]).toBeLessThanOrEqual(row[r - 1]!);
      if (row.some((score) => score < 0)) signed++;
    }
    expect(signed).toBeGreaterThan(20);
  });

  it("and only the behaviour rows are completed from their own columns (thin products' rows are short)", () => {
    // One order per shopper: the behaviour graph's groups are the orders, solved alike; few regressors leave
    // many pairs taken one way only.
    const model = train(undefined, looseAisleOrders(400), {
      neighbors: 40,
      ridge: {
        denseMaxProducts: 0,
        regressors: 3,
        behaviourLambda: 1,
        coPurchaseLambda: 1,
        chooseCoPurchaseLambda: false,
        behaviourDropout: 0,
        coPurchaseDropout: 0,
      },
    });
    const positives = ({ start, items, scores }: Neighbors, item: number) =>
      new Map<number, number>(
        Array.from(items.subarray(start[item]!, start[item + 1]!), (target, r): [number, number] => [
          target,
          scores[start[item]! + r]!,
        ]).filter(([, score]) => score > 0),
      );
    let completed = 0;
    for (let item = 0; item + 1 < model.behaviour.start.length; item++) {
      const direct = positives(model.coPurchaseLearned, item);
      const behaviour = positives(model.behaviour, item);
      for (const [target, score] of direct) expect(behaviour.get(target)).toBeCloseTo(score, 6);
      completed += behaviour.size - direct.size;
    }
    expect(completed).toBeGreaterThan(20);
  });
});
