import { describe, expect, it } from 'vitest';
import { looseAisleOrders } from '../__tests__/looseAisleOrders.js';
import { train } from '../train.js';

describe('co-purchase rows of the local form', () => {
  it('keep the k best weights, then at most k of the most negative, best first', () => {
    const k = 5;
    const model = train(undefined, looseAisleOrders(400), {
      neighbors: k,
      ridge: { denseMaxProducts: 0 },
    });
    const { start, scores } = model.coPurchaseLearned;
    let signedRows = 0;
    for (let item = 0; item + 1 < start.length; item++) {
      const row = Array.from(scores.subarray(start[item]!, start[item + 1]!));
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
});
