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

  it("refuses what is not the app's own collection type, and private, password or token attributes", () => {
    const user = {
      username: { type: 'string' },
      email: { type: 'email' },
      password: { type: 'password', private: true },
      resetPasswordToken: { type: 'string', private: true },
    };
    const onUsers = { ...DEFAULT_SETTINGS.catalog.fields, id: 'documentId', title: 'resetPasswordToken' };
    expect(validateCatalogMapping('plugin::users-permissions.user', user, onUsers)).toEqual([
      'catalog.contentType: "plugin::users-permissions.user" is not one of the app\'s own collection types (api::...)',
    ]);
    const product = {
      ...demoProduct,
      supplierNotes: { type: 'text', private: true },
      apiToken: { type: 'string' },
    };
    const fields = { ...DEFAULT_SETTINGS.catalog.fields, description: 'supplierNotes', brand: 'apiToken' };
    expect(validateCatalogMapping('api::product.product', product, fields)).toEqual([
      'catalog.fields.brand: "apiToken" of api::product.product is private (a password, a token or a private attribute) and is never shown in lists',
      'catalog.fields.description: "supplierNotes" of api::product.product is private (a password, a token or a private attribute) and is never shown in lists',
    ]);
  });
});
