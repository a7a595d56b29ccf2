import { describe, expect, it } from 'vitest';

import { DEFAULT_SETTINGS } from '../validation/defaultSettings';
import { mapCatalogEntry } from './mapCatalogEntry';

const fields = DEFAULT_SETTINGS.catalog.fields;
const paths = (value: unknown) =>
  (value as { id?: number } | null)?.id === 7 ? ['Outdoor', 'Tents'] : undefined;

describe('mapCatalogEntry', () => {
  it('maps every field of a demo product', () => {
    const mapped = mapCatalogEntry(
      {
        documentId: 'doc1',
        slug: 'tent-2p',
        title: 'Tent 2P',
        description: 'Light',
        price: '199.90',
        currency: 'EUR',
        image: { url: '/uploads/tent.png', alternativeText: 'A tent', width: 400, height: 300 },
        category: { id: 7 },
        brand: 'Peak',
        tags: ['camping', 'light', 3],
        stock: 0,
        launchDate: '2025-03-01',
      },
      fields,
      paths,
    );
    expect(mapped).toEqual({
      product: {
        id: 'tent-2p',
        documentId: 'doc1',
        title: 'Tent 2P',
        description: 'Light',
        price: 199.9,
        currency: 'EUR',
        image: { url: '/uploads/tent.png', alternativeText: 'A tent', width: 400, height: 300 },
        category: ['Outdoor', 'Tents'],
        brand: 'Peak',
        tags: ['camping', 'light'],
        launchDate: '2025-03-01T00:00:00.000Z',
        available: false,
      },
      engineProduct: {
        id: 'tent-2p',
        title: 'Tent 2P',
        description: 'Light',
        price: 199.9,
        category: ['Outdoor', 'Tents'],
        brand: 'Peak',
        tags: ['camping', 'light'],
        launchedAt: Date.parse('2025-03-01'),
        available: false,
      },
    });
  });

  it('leaves out empty fields, counts a product without stock data as available, splits tag strings', () => {
    const mapped = mapCatalogEntry(
      { documentId: 'd', slug: 'x', title: 'X', price: null, image: null, tags: 'a, b,,', stock: null },
      fields,
      paths,
    );
    expect(mapped?.product).toEqual({
      id: 'x',
      documentId: 'd',
      title: 'X',
      tags: ['a', 'b'],
      available: true,
    });
  });

  it('returns null without an id or a title', () => {
    expect(mapCatalogEntry({ slug: '', title: 'X' }, fields, paths)).toBeNull();
    expect(mapCatalogEntry({ slug: 'x' }, fields, paths)).toBeNull();
  });
});
