import { describe, expect, it } from 'vitest';
import { buildCatalogIndex } from '../catalog/buildCatalogIndex.js';
import { buildContentNeighbors } from './buildContentNeighbors.js';
import { tokenize } from './tokenize.js';

describe('content similarity', () => {
  it('tokenizes words, drops stopwords and plural s, and caps hostile text', () => {
    expect(tokenize('The Tents, and 2 sleeping-bags!')).toEqual(['tent', 'sleeping', 'bag']);
    expect(tokenize('a'.repeat(1_000_000)).length).toBe(1);
    expect(tokenize(undefined)).toEqual([]);
  });

  it('ranks products sharing distinctive words, category and brand first, symmetric scores', () => {
    const products = [
      { id: 'a', title: 'Alpine dome tent', category: ['Outdoor', 'Tents'], brand: 'Peak' },
      { id: 'b', title: 'Alpine tunnel tent', category: ['Outdoor', 'Tents'], brand: 'Peak' },
      { id: 'c', title: 'Cotton shirt', category: ['Clothing', 'Shirts'], brand: 'Loom' },
      { id: 'd', title: 'Dome tent', category: ['Outdoor', 'Tents'], brand: 'Other' },
    ];
    const catalog = buildCatalogIndex(products);
    const neighbors = buildContentNeighbors(catalog, [undefined, undefined, 'a shirt', undefined], 10);
    const of = (item: number) => [
      ...neighbors.items.subarray(neighbors.start[item]!, neighbors.start[item + 1]!),
    ];
    expect(of(0)).toEqual([1, 3]);
    expect(of(2)).toEqual([]);
    const score = (i: number, j: number) => neighbors.scores[neighbors.start[i]! + of(i).indexOf(j)]!;
    expect(score(0, 1)).toBeCloseTo(score(1, 0), 6);
  });
});
