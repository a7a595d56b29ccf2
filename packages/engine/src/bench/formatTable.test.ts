import { describe, expect, it } from 'vitest';
import { formatTable } from './formatTable.js';

describe('formatTable', () => {
  it('aligns numbers right and text left under a rule', () => {
    const text = formatTable(
      'Title',
      ['name', 'value'],
      [
        ['a', '1.5'],
        ['longer name', '12,345'],
        ['none', '-'],
      ],
    );
    expect(text.split('\n')).toEqual([
      'Title',
      '',
      'name         value',
      '-----------  ------',
      'a               1.5',
      'longer name  12,345',
      'none              -',
      '',
    ]);
  });

  it('keeps the first column left-aligned even when it is a number', () => {
    const lines = formatTable(
      'T',
      ['n', 'x'],
      [
        ['1', 'abc'],
        ['100', 'de'],
      ],
    ).split('\n');
    expect(lines.slice(4, 6)).toEqual(['1    abc', '100  de']);
  });
});
