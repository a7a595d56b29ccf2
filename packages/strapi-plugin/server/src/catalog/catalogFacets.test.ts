import { describe, expect, it } from 'vitest';

import { catalogFacets } from './catalogFacets';

describe('catalogFacets', () => {
  it('collects every category level, brand and tag once, sorted, and the price range', () => {
    expect(
      catalogFacets([
        {
          id: 'a',
          documentId: 'a',
          title: 'A',
          available: true,
          price: 30,
          brand: 'Ridge',
          category: ['Outdoor', 'Tents'],
          tags: ['summer'],
        },
        {
          id: 'b',
          documentId: 'b',
          title: 'B',
          available: false,
          price: 5,
          brand: 'Peak',
          category: ['Outdoor', 'Bags'],
          tags: ['summer', 'light'],
        },
        { id: 'c', documentId: 'c', title: 'C', available: true },
      ]),
    ).toEqual({
      categories: ['Bags', 'Outdoor', 'Tents'],
      brands: ['Peak', 'Ridge'],
      tags: ['light', 'summer'],
      price: { min: 5, max: 30 },
    });
  });

  it('has no price range without priced products', () => {
    expect(catalogFacets([]).price).toBeNull();
  });
});
