import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFimiDat } from './readFimiDat.js';
import { readMovieLensItems } from './readMovieLensItems.js';

describe('readFimiDat', () => {
  it('reads one basket a line and skips blank lines', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'fimi-')), 'retail.dat');
    writeFileSync(path, '0 1 2 \n\n3 4 \n5 \n');
    expect(readFimiDat(path)).toEqual([['0', '1', '2'], ['3', '4'], ['5']]);
  });

  it('names the line of an id that is not a number', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'fimi-')), 'retail.dat');
    writeFileSync(path, '0 1 \n2 x3 \n');
    expect(() => readFimiDat(path)).toThrow(`${path}:2: item id "x3" is not a number`);
  });
});

describe('readMovieLensItems', () => {
  it('turns films into products with their genres as category and tags', () => {
    const folder = mkdtempSync(join(tmpdir(), 'ml-'));
    writeFileSync(join(folder, 'u.genre'), 'unknown|0\nAction|1\nComedy|2\n\n');
    writeFileSync(
      join(folder, 'u.item'),
      '1|Toy Story (1995)|01-Jan-1995||http://x|0|0|1\n2|Heat (1995)|||x|0|1|1\n',
    );
    expect(readMovieLensItems(folder)).toEqual([
      { id: '1', title: 'Toy Story (1995)', category: ['Comedy'], tags: ['Comedy'] },
      { id: '2', title: 'Heat (1995)', category: ['Action'], tags: ['Action', 'Comedy'] },
    ]);
  });
});
