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

  it('reports a record with the wrong number of fields, by its line, and reads the rest', async () => {
    const lines = await collect('type,productId\nview\nview,p2\n');
    expect(lines).toEqual([
      { line: 2, error: '1 fields, the header has 2' },
      { line: 3, value: { type: 'view', productId: 'p2' } },
    ]);
  });

  it('names the line of a double quote that is never closed', async () => {
    const lines = await collect('type,productId\nview,p1\nview,"p2\nview,p3\n');
    expect(lines).toEqual([
      { line: 2, value: { type: 'view', productId: 'p1' } },
      { line: 3, error: 'a double quote opened here is never closed' },
    ]);
  });

  it('reads what real shop exports hold: a byte-order mark, semicolons, quoted line breaks, line numbers after them', async () => {
    const lines = await collect(
      '\uFEFFtype;productId;orderId;price\r\n' +
        'purchase;"Mug; blue";"o1\r\nsecond line";4,5\r\n' +
        'purchase;p2;o2;3\r\n',
    );
    expect(lines).toEqual([
      {
        line: 2,
        value: { type: 'purchase', productId: 'Mug; blue', orderId: 'o1\r\nsecond line', price: '4,5' },
      },
      { line: 4, value: { type: 'purchase', productId: 'p2', orderId: 'o2', price: 3 } },
    ]);
  });

  it('reads a file that arrives in many small chunks', async () => {
    const text = 'type,productId\n' + Array.from({ length: 50 }, (_, index) => `view,"p${index}"\n`).join('');
    const chunks = text.match(/[\s\S]{1,7}/g)!;
    const lines: ParsedLine[] = [];
    for await (const line of readCsv(Readable.from(chunks))) lines.push(line);
    expect(lines).toHaveLength(50);
    expect(lines[49]).toEqual({ line: 51, value: { type: 'view', productId: 'p49' } });
  });

  it('keeps a non-numeric price as text, for the validation to name it', async () => {
    const lines = await collect('type,productId,price\npurchase,p1,cheap\n');
    expect(lines).toEqual([{ line: 2, value: { type: 'purchase', productId: 'p1', price: 'cheap' } }]);
  });
});
