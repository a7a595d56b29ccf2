import { describe, expect, it } from 'vitest';

import { partitionByCatalog } from './partitionByCatalog';

describe('partitionByCatalog', () => {
  const catalog = new Set(['a', 'b', 'c']);

  it('keeps the known ids in order and names each unknown one once, in order of first appearance', () => {
    expect(partitionByCatalog(['x', 'a', 'y', 'b', 'x', 'a'], catalog)).toEqual({
      known: ['a', 'b', 'a'],
      unknown: ['x', 'y'],
    });
  });

  it('gives an empty known list when no line is known, and no unknown one when all are', () => {
    expect(partitionByCatalog(['x', 'y'], catalog)).toEqual({ known: [], unknown: ['x', 'y'] });
    expect(partitionByCatalog(['c', 'a'], catalog)).toEqual({ known: ['c', 'a'], unknown: [] });
    expect(partitionByCatalog([], catalog)).toEqual({ known: [], unknown: [] });
  });

  it('matches a naive filter on random baskets', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32;
    const ids = Array.from({ length: 50 }, (_, index) => `p${index}`);
    const big = new Set(ids.filter(() => random() < 0.5));
    for (let round = 0; round < 200; round++) {
      const basket = Array.from(
        { length: Math.floor(random() * 1000) },
        () => ids[Math.floor(random() * 50)]!,
      );
      expect(partitionByCatalog(basket, big)).toEqual({
        known: basket.filter((id) => big.has(id)),
        unknown: [...new Set(basket.filter((id) => !big.has(id)))],
      });
    }
  });
});
