import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { groupThousands } from './groupThousands.js';

describe('groupThousands', () => {
  it('writes integers as en-US toLocaleString does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (value) => {
        expect(groupThousands(value)).toBe(value.toLocaleString('en-US'));
      }),
    );
    for (const value of [0, 7, 999, 1000, 12_345, 100_000, 1_000_000, -1000]) {
      expect(groupThousands(value)).toBe(value.toLocaleString('en-US'));
    }
  });

  it('rounds fractions to the nearest integer first', () => {
    expect(groupThousands(1234.6)).toBe('1,235');
    expect(groupThousands(999.4)).toBe('999');
  });
});
