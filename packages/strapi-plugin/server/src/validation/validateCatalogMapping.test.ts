import { describe, expect, it } from 'vitest';

import { DEFAULT_SETTINGS } from './defaultSettings';
import { validateCatalogMapping } from './validateCatalogMapping';

const demoProduct = {
  title: { type: 'string' },
  slug: { type: 'uid' },
  description: { type: 'text' },
  price: { type: 'decimal' },
  currency: { type: 'string' },
  image: { type: 'media' },
  category: { type: 'relation', relation: 'manyToOne' },
  brand: { type: 'string' },
  tags: { type: 'json' },
  stock: { type: 'integer' },
  launchDate: { type: 'date' },
};

describe('validateCatalogMapping', () => {
  it('accepts the default mapping on the demo product', () => {
    expect(
      validateCatalogMapping('api::product.product', demoProduct, DEFAULT_SETTINGS.catalog.fields),
    ).toEqual([]);
  });

  it('accepts documentId as the id and null for optional fields', () => {
    const fields = { ...DEFAULT_SETTINGS.catalog.fields, id: 'documentId', image: null, tags: null };
    expect(validateCatalogMapping('api::product.product', demoProduct, fields)).toEqual([]);
  });

  it('names a field that is not an attribute', () => {
    const fields = { ...DEFAULT_SETTINGS.catalog.fields, brand: 'maker' };
    expect(validateCatalogMapping('api::product.product', demoProduct, fields)).toEqual([
      'catalog.fields.brand: "maker" is not an attribute of api::product.product',
    ]);
  });

  it('names a field of the wrong type, with the types it accepts', () => {
    const fields = { ...DEFAULT_SETTINGS.catalog.fields, price: 'title', launchDate: 'stock' };
    expect(validateCatalogMapping('api::product.product', demoProduct, fields)).toEqual([
      'catalog.fields.price: "title" of api::product.product is a string attribute, expected integer or biginteger or float or decimal',
      'catalog.fields.launchDate: "stock" of api::product.product is a integer attribute, expected date or datetime',
    ]);
  });

  it('refuses a category relation to many', () => {
    const attributes = { ...demoProduct, categories: { type: 'relation', relation: 'manyToMany' } };
    const fields = { ...DEFAULT_SETTINGS.catalog.fields, category: 'categories' };
    expect(validateCatalogMapping('api::product.product', attributes, fields)).toEqual([
      'catalog.fields.category: "categories" of api::product.product is a manyToMany relation, expected a relation to one category',
    ]);
  });

  it('does not take inherited object properties for attributes', () => {
    const fields = { ...DEFAULT_SETTINGS.catalog.fields, title: 'toString' };
    expect(validateCatalogMapping('api::product.product', demoProduct, fields)).toEqual([
      'catalog.fields.title: "toString" is not an attribute of api::product.product',
    ]);
  });
});
