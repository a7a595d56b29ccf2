import { describe, expect, it } from 'vitest';
import { formatTable } from './formatTable.js';

describe('formatTable', () => {
  it('pads columns, right-aligns numbers and prints fractions with 4 decimals', () => {
    expect(
      formatTable(
        ['model', 'nDCG@10', 'users'],
        [
          ['engine', 0.41234567, 943],
          ['most-popular', 0.25, 12],
        ],
      ),
    ).toBe(
      [
        'model         nDCG@10  users',
        '------------  -------  -----',
        'engine         0.4123    943',
        'most-popular   0.2500     12',
      ].join('\n'),
    );
  });
});
