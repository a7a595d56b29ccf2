import { Readable } from 'node:stream';

import { describe, expect, it } from 'vitest';

import type { ParsedLine } from './ParsedLine';
import { readCsv } from './readCsv';

async function collect(text: string): Promise<ParsedLine[]> {
  const lines: ParsedLine[] = [];
  for await (const line of readCsv(Readable.from([text]))) lines.push(line);
  return lines;
}

describe('readCsv', () => {
  it('maps rows to the header, with numbers and quoted fields', async () => {
    const lines = await collect(
      'type,userId,productId,timestamp,price,orderId\r\n' +
        'purchase,u1,"p,1",1700000000000,12.5,o1\n' +
        '\n' +
        'view,u2,"say ""hi""",2026-01-01T00:00:00Z,,\n',
    );
    expect(lines).toEqual([
      {
        line: 2,
        value: {
          type: 'purchase',
          userId: 'u1',
          productId: 'p,1',
          timestamp: 1_700_000_000_000,
          price: 12.5,
          orderId: 'o1',
        },
      },
      {
        line: 4,
        value: { type: 'view', userId: 'u2', productId: 'say "hi"', timestamp: '2026-01-01T00:00:00Z' },
      },
    ]);
  });

  it('reports a line with the wrong number of fields or an open quote, by its number', async () => {
    const lines = await collect('type,productId\nview\nview,"p1\nview,p2\n');
    expect(lines).toEqual([
      { line: 2, error: '1 fields, the header has 2' },
      { line: 3, error: 'unbalanced double quotes' },
      { line: 4, value: { type: 'view', productId: 'p2' } },
    ]);
  });

  it('keeps a non-numeric price as text, for the validation to name it', async () => {
    const lines = await collect('type,productId,price\npurchase,p1,cheap\n');
    expect(lines).toEqual([{ line: 2, value: { type: 'purchase', productId: 'p1', price: 'cheap' } }]);
  });
});
