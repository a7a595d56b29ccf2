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
    const groups = toGroupMatrix(looseAisleGroups(400));
    const options = { regressors: 3, k: 40, negatives: 40, lambda: 1, groupSizePower: 0, dropout: 0 };
    // Rows keyed by product id (the model numbers products as they first appear).
    const byId = ({ start, items, scores }: Neighbors, idOf: (index: number) => string) =>
      new Map(
        Array.from({ length: start.length - 1 }, (_, item): [string, [string, number][]] => [
          idOf(item),
          Array.from(items.subarray(start[item]!, start[item + 1]!), (target, r): [string, number] => [
            idOf(target),
            scores[start[item]! + r]!,
          ]),
        ]),
      );
    const fromModel = (neighbors: Neighbors) => byId(neighbors, (index) => model.catalog.ids[index]!);
    const fromGroups = (neighbors: Neighbors) => byId(neighbors, (index) => `p${index}`);
    const direct = fromGroups(ridgeNeighborsTopK(groups, 40, { ...options, minSupport: 2 }));
    const completed = fromGroups(
      ridgeNeighborsTopK(groups, 40, { ...options, minSupport: 1, completeRows: true }),
    );
    const close = (got: Map<string, [string, number][]>, expected: Map<string, [string, number][]>) => {
      expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [id, row] of expected) {
        expect(got.get(id)!.map(([target]) => target)).toEqual(row.map(([target]) => target));
        got.get(id)!.forEach(([, score], r) => expect(score).toBeCloseTo(row[r]![1], 5));
      }
    };
    close(fromModel(model.coPurchaseLearned), direct);
    close(fromModel(model.behaviour), completed);
    const positives = (rows: Map<string, [string, number][]>) =>
      [...rows.values()].reduce((sum, row) => sum + row.filter(([, score]) => score > 0).length, 0);
    expect(positives(completed) - positives(direct)).toBeGreaterThan(20);
  });
});
