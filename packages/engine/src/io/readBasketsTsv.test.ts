import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../errors.js';
import { useTempDir } from './__tests__/tempFile.js';
import { readBasketsTsv } from './readBasketsTsv.js';

const { file } = useTempDir();

function failure(content: string): string {
  const path = file('orders.tsv', content);
  try {
    Array.from(readBasketsTsv(path));
  } catch (error) {
    expect(error).toBeInstanceOf(EngineInputError);
    return (error as Error).message.replace(path, 'orders.tsv');
  }
  throw new Error('no error thrown');
}

describe('readBasketsTsv', () => {
  it('turns each basket item into a purchase of that order', () => {
    const path = file(
      'ok.tsv',
      'o1\t1700000000\ttent|sleeping bag|tent\r\n\no2\t2024-05-06 07:08:09\tstove\n',
    );
    expect([...readBasketsTsv(path)]).toEqual([
      {
        userId: 'o1',
        productId: 'tent',
        type: 'purchase',
        timestamp: 1_700_000_000_000,
        quantity: 2,
        orderId: 'o1',
      },
      {
        userId: 'o1',
        productId: 'sleeping bag',
        type: 'purchase',
        timestamp: 1_700_000_000_000,
        quantity: 1,
        orderId: 'o1',
      },
      {
        userId: 'o2',
        productId: 'stove',
        type: 'purchase',
        timestamp: Date.UTC(2024, 4, 6, 7, 8, 9),
        quantity: 1,
        orderId: 'o2',
      },
    ]);
  });

  it('reads an empty timestamp field as 0', () => {
    const path = file('undated.tsv', '\uFEFFb1\t\ta|b\nb2\t\tc');
    expect([...readBasketsTsv(path)].map((row) => [row.orderId, row.productId, row.timestamp])).toEqual([
      ['b1', 'a', 0],
      ['b1', 'b', 0],
      ['b2', 'c', 0],
    ]);
  });

  it('names the file, the line and what is wrong', () => {
    expect(failure('o1\t5\ta|b\no2\tlater\tc\n')).toBe(
      'aisle-engine: orders.tsv:2: timestamp "later" is neither unix seconds nor YYYY-MM-DD HH:MM:SS',
    );
    expect(failure('o1\ta|b\n')).toBe(
      'aisle-engine: orders.tsv:1: 2 fields, expected basket_id<TAB>timestamp<TAB>item|item|...',
    );
    expect(failure('o1,5,a|b\n')).toBe(
      'aisle-engine: orders.tsv:1: 1 field, expected basket_id<TAB>timestamp<TAB>item|item|...',
    );
    expect(failure('\t5\ta\n')).toBe('aisle-engine: orders.tsv:1: the basket id is empty');
    expect(failure('o1\t5\t\n')).toBe('aisle-engine: orders.tsv:1: the basket has no items');
    expect(failure('o1\t5\ta||b\n')).toBe('aisle-engine: orders.tsv:1: item 2 of the basket is empty');
    expect(failure('o1\t5\ta\no2\t\tb\n')).toBe(
      'aisle-engine: orders.tsv:2: has no timestamp but line 1 has one: give every basket a timestamp or none',
    );
  });

  it('rejects an empty file', () => {
    expect(failure('')).toBe('aisle-engine: orders.tsv: no baskets, the file is empty');
  });
});
