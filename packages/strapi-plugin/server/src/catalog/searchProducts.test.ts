import { describe, expect, it } from 'vitest';

import type { RecommendedProduct } from '../../../shared/contracts/lists';
import { searchProducts } from './searchProducts';

const product = (id: string, title: string, extra: Partial<RecommendedProduct> = {}): RecommendedProduct => ({
  id,
  documentId: `doc-${id}`,
  title,
  available: true,
  ...extra,
});

const CATALOG = [
  product('p1', 'Trail tent 2', { brand: 'Peak', category: ['Outdoor', 'Tents'] }),
  product('p2', 'Tent pegs', { brand: 'Ridge', category: ['Outdoor', 'Accessories'] }),
  product('p3', 'Crème solaire', { brand: 'Sol', category: ['Care'] }),
  product('p4', 'Sleeping bag', { brand: 'Peak', category: ['Outdoor', 'Bags'] }),
];

const titles = (query: string, limit = 10) => searchProducts(CATALOG, query, limit).items.map((p) => p.title);

describe('searchProducts', () => {
  it('puts titles that start with the query first, then titles that contain it, then other fields', () => {
    expect(titles('tent')).toEqual(['Tent pegs', 'Trail tent 2']);
    expect(titles('peak')).toEqual(['Trail tent 2', 'Sleeping bag']);
  });

  it('needs every word, in any field, ignoring case and accents', () => {
    expect(titles('outdoor PEAK bag')).toEqual(['Sleeping bag']);
    expect(titles('creme')).toEqual(['Crème solaire']);
    expect(titles('p3')).toEqual(['Crème solaire']);
    expect(titles('tent zzz')).toEqual([]);
  });

  it('returns the whole catalog in its order for an empty query, cut at the limit, with the total', () => {
    expect(searchProducts(CATALOG, '  ', 2)).toEqual({ items: [CATALOG[0], CATALOG[1]], total: 4 });
  });
});
