import { describe, expect, it } from 'vitest';
import { formatTable } from './formatTable.js';

describe('formatTable', () => {
  it('pads columns, prints numbers with 4 decimals and right-aligns columns of numbers', () => {
    expect(
      formatTable(
        ['model', 'nDCG@10', 'users', 'seed'],
        [
          ['engine', 0.41234567, '943', '42'],
          ['most-popular', 1, '12', 'mean'],
        ],
      ),
    ).toBe(
      [
        'model         nDCG@10  users  seed',
        '------------  -------  -----  ----',
        'engine         0.4123    943  42',
        'most-popular   1.0000     12  mean',
      ].join('\n'),
    );
  });
});
