import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../io/__tests__/tempFile.js';
import { readGroceriesCsv } from './readGroceriesCsv.js';

const { file } = useTempDir();

describe('readGroceriesCsv', () => {
  it('reads each line as one order of distinct purchases', () => {
    const path = file('groceries.csv', 'citrus fruit,semi-finished bread,citrus fruit\n\nwhole milk\r\n');
    expect(readGroceriesCsv(path)).toEqual({
      baskets: 2,
      interactions: [
        { userId: '1', orderId: '1', productId: 'citrus fruit', type: 'purchase', timestamp: 0, quantity: 1 },
        {
          userId: '1',
          orderId: '1',
          productId: 'semi-finished bread',
          type: 'purchase',
          timestamp: 0,
          quantity: 1,
        },
        { userId: '2', orderId: '2', productId: 'whole milk', type: 'purchase', timestamp: 0, quantity: 1 },
      ],
    });
  });

  it('names the line of an empty item and rejects an empty file', () => {
    const bad = file('bad.csv', 'a,b\na,,b\n');
    expect(() => readGroceriesCsv(bad)).toThrow(`aisle-engine: ${bad}:2: item 2 of the basket is empty`);
    const empty = file('empty.csv', '');
    expect(() => readGroceriesCsv(empty)).toThrow(`aisle-engine: ${empty}: no baskets, the file is empty`);
  });
});
