import { describe, expect, it } from 'vitest';
import type { Interaction } from '../types.js';
import { splitPerUser } from './splitPerUser.js';

function ratings(users: number, perUser: number): Interaction[] {
  const rows: Interaction[] = [];
  for (let u = 0; u < users; u++) {
    for (let i = 0; i < perUser + u; i++) {
      rows.push({ userId: `u${u}`, productId: `p${i}`, type: 'rating', rating: 1, timestamp: i });
    }
  }
  return rows;
}

describe('splitPerUser', () => {
  it('holds out round(25%) of every user and loses nothing', () => {
    const rows = ratings(5, 20);
    const { train, test } = splitPerUser(rows, { seed: 42 });
    expect(train.length + test.length).toBe(rows.length);
    for (let u = 0; u < 5; u++) {
      const n = 20 + u;
      expect(test.filter((row) => row.userId === `u${u}`)).toHaveLength(n - Math.round(n * 0.75));
    }
    const key = (row: Interaction): string => `${row.userId}/${row.productId}`;
    expect(new Set([...train, ...test].map(key)).size).toBe(rows.length);
    expect(train.some((row) => test.includes(row))).toBe(false);
  });

  it('is the same for the same seed and differs for another', () => {
    const rows = ratings(3, 40);
    const ids = (seed: number): string[] =>
      splitPerUser(rows, { seed }).test.map((row) => `${row.userId}/${row.productId}`);
    expect(ids(7)).toEqual(ids(7));
    expect(ids(7)).not.toEqual(ids(8));
  });

  it('rejects a share outside (0, 1)', () => {
    expect(() => splitPerUser([], { testShare: 1 })).toThrow(
      'testShare must be between 0 and 1 (exclusive), got 1',
    );
  });
});
