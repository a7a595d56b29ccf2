import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../errors.js';
import { useTempDir } from './__tests__/tempFile.js';
import { readInteractionsTsv } from './readInteractionsTsv.js';

const { file } = useTempDir();

function failure(content: string, name = 'data.tsv'): string {
  const path = file(name, content);
  try {
    Array.from(readInteractionsTsv(path));
  } catch (error) {
    expect(error).toBeInstanceOf(EngineInputError);
    return (error as Error).message.replace(path, name);
  }
  throw new Error('no error thrown');
}

describe('readInteractionsTsv', () => {
  it('reads user, item, weight and timestamp as a rating', () => {
    const path = file('ok.tsv', 'u1\ti1\t1\t0\nu1\ti2\t4.5\t10\nu2\ti1\t3\t881250949\n');
    expect([...readInteractionsTsv(path)]).toEqual([
      { userId: 'u1', productId: 'i1', type: 'rating', rating: 1, timestamp: 0 },
      { userId: 'u1', productId: 'i2', type: 'rating', rating: 4.5, timestamp: 10_000 },
      { userId: 'u2', productId: 'i1', type: 'rating', rating: 3, timestamp: 881_250_949_000 },
    ]);
  });

  it('gives weight 1 and timestamp 0 when the columns are absent', () => {
    const path = file('short.tsv', 'u1\ti1\nu2\ti2\t2\n');
    expect([...readInteractionsTsv(path)].map((row) => [row.rating, row.timestamp])).toEqual([
      [1, 0],
      [2, 0],
    ]);
  });

  it('tolerates blank lines, CRLF, a byte order mark, no final newline and dates', () => {
    const path = file('crlf.tsv', '\uFEFFu1\ti1\t5\t2024-01-02 03:04:05\r\n\r\n\nu2\ti2\t1\t2024-01-02');
    expect([...readInteractionsTsv(path)]).toEqual([
      { userId: 'u1', productId: 'i1', type: 'rating', rating: 5, timestamp: Date.UTC(2024, 0, 2, 3, 4, 5) },
      { userId: 'u2', productId: 'i2', type: 'rating', rating: 1, timestamp: Date.UTC(2024, 0, 2) },
    ]);
  });

  it('keeps multi-byte characters whole across read chunks', () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `usér-${i}\tprodüct-€-${i % 7}\t1\t${1000 + i}`);
    const path = file('big.tsv', rows.join('\n') + '\n');
    const read = [...readInteractionsTsv(path)].map(
      (row) => `${row.userId}\t${row.productId}\t1\t${row.timestamp / 1000}`,
    );
    expect(read).toEqual(rows);
  });

  it('can be iterated twice', () => {
    const interactions = readInteractionsTsv(file('twice.tsv', 'a\tb\n'));
    expect([...interactions]).toEqual([...interactions]);
  });

  it('names the file, the line and what is wrong', () => {
    expect(failure('u\ti\t1\nu\ti\tabc\n')).toBe('aisle-engine: data.tsv:2: weight "abc" is not a number');
    expect(failure('user\titem\trating\n')).toBe(
      'aisle-engine: data.tsv:1: weight "rating" is not a number (the file must not have a header line)',
    );
    expect(failure('u\ti\t\n')).toBe('aisle-engine: data.tsv:1: weight "" is not a number');
    expect(failure('u\ti\t-2\n')).toBe('aisle-engine: data.tsv:1: weight -2 is negative');
    expect(failure('\n\nu\ti\t1\tnoon\n')).toBe(
      'aisle-engine: data.tsv:3: timestamp "noon" is neither unix seconds nor YYYY-MM-DD HH:MM:SS',
    );
    expect(failure('u\ti\t1\t2023-13-01 00:00:00\n')).toBe(
      'aisle-engine: data.tsv:1: timestamp "2023-13-01 00:00:00" is not a real date and time',
    );
    expect(failure('u only\n')).toBe(
      'aisle-engine: data.tsv:1: no item: expected user<TAB>item[<TAB>weight[<TAB>timestamp]]',
    );
    expect(failure('\ti\n')).toBe('aisle-engine: data.tsv:1: the user is empty');
    expect(failure('u\t\t1\n')).toBe('aisle-engine: data.tsv:1: the item is empty');
    expect(failure('u\ti\t1\t5\textra\n')).toBe(
      'aisle-engine: data.tsv:1: 5 fields, expected user, item, weight, timestamp (tab-separated)',
    );
    expect(failure('u\ti\t1\t5\nu\tj\t1\n')).toBe(
      'aisle-engine: data.tsv:2: has no timestamp but line 1 has one: give every line a timestamp or none',
    );
    expect(failure('u\ti\nu\tj\t1\t5\n')).toBe(
      'aisle-engine: data.tsv:2: has a timestamp but line 1 has none: give every line a timestamp or none',
    );
  });

  it('rejects an empty file, a missing file and a directory', () => {
    expect(failure('')).toBe('aisle-engine: data.tsv: no interactions, the file is empty');
    expect(failure('\n\r\n')).toBe('aisle-engine: data.tsv: no interactions, the file is empty');
    expect(() => readInteractionsTsv('/nonexistent/data.tsv')).toThrow(
      'aisle-engine: /nonexistent/data.tsv: cannot read: no such file',
    );
    expect(() => readInteractionsTsv('/tmp')).toThrow('aisle-engine: /tmp: cannot read: not a file');
  });
});
