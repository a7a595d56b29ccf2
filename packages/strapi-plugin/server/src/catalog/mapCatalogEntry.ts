import type { Product } from '@aisle/engine';

import type { RecommendedProduct } from '../../../shared/contracts/lists';
import type { CatalogFieldMapping } from '../../../shared/contracts/settings';

export interface MappedProduct {
  product: RecommendedProduct;
  engineProduct: Product;
}

type Entry = Record<string, unknown>;

/**
 * Turns one document of the shop's product content type into the storefront's product and the engine's
 * product, reading only the mapped fields. Returns null for a document without an id or a title.
 * `categoryPath` resolves a category relation (by documentId) to its path from the root.
 */
export function mapCatalogEntry(
  entry: Entry,
  fields: CatalogFieldMapping,
  categoryPath: (value: unknown) => string[] | undefined,
): MappedProduct | null {
  const id = scalarText(entry[fields.id]);
  const title = scalarText(entry[fields.title]);
  if (id === undefined || title === undefined) {
    return null;
  }
  const product: RecommendedProduct = {
    id,
    documentId: String(entry.documentId ?? ''),
    title,
    available: true,
  };
  const engineProduct: Product = { id, title };

  const description = fields.description ? scalarText(entry[fields.description]) : undefined;
  if (description !== undefined) {
    product.description = description;
    engineProduct.description = description;
  }
  const price = fields.price ? toNumber(entry[fields.price]) : undefined;
  if (price !== undefined) {
    product.price = price;
    engineProduct.price = price;
  }
  const currency = fields.currency ? scalarText(entry[fields.currency]) : undefined;
  if (currency !== undefined) {
    product.currency = currency;
  }
  const image = fields.image ? toImage(entry[fields.image]) : undefined;
  if (image !== undefined) {
    product.image = image;
  }
  const category = fields.category ? categoryPath(entry[fields.category]) : undefined;
  if (category !== undefined && category.length > 0) {
    product.category = category;
    engineProduct.category = category;
  }
  const brand = fields.brand ? scalarText(entry[fields.brand]) : undefined;
  if (brand !== undefined) {
    product.brand = brand;
    engineProduct.brand = brand;
  }
  const tags = fields.tags ? toTags(entry[fields.tags]) : undefined;
  if (tags !== undefined && tags.length > 0) {
    product.tags = tags;
    engineProduct.tags = tags;
  }
  const launchDate = fields.launchDate ? toDate(entry[fields.launchDate]) : undefined;
  if (launchDate !== undefined) {
    product.launchDate = launchDate.toISOString();
    engineProduct.launchedAt = launchDate.getTime();
  }
  if (fields.availability) {
    const available = toAvailable(entry[fields.availability]);
    product.available = available;
    engineProduct.available = available;
  }
  return { product, engineProduct };
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value.length > 0 ? value : undefined;
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    return String(value);
  }
  return undefined;
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return value;
  }
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return undefined;
}

function toImage(value: unknown): RecommendedProduct['image'] {
  const media = Array.isArray(value) ? value[0] : value;
  if (media === null || typeof media !== 'object') {
    return undefined;
  }
  const { url, alternativeText, width, height } = media as Record<string, unknown>;
  if (typeof url !== 'string') {
    return undefined;
  }
  return {
    url,
    alternativeText: typeof alternativeText === 'string' ? alternativeText : null,
    width: typeof width === 'number' ? width : null,
    height: typeof height === 'number' ? height : null,
  };
}

function toTags(value: unknown): string[] | undefined {
  if (Array.isArray(value)) {
    return value.filter((tag): tag is string => typeof tag === 'string' && tag.length > 0);
  }
  if (typeof value === 'string') {
    return value
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag.length > 0);
  }
  return undefined;
}

function toDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date)) {
    return undefined;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function toAvailable(value: unknown): boolean {
  if (typeof value === 'boolean') {
    return value;
  }
  const amount = toNumber(value);
  return amount === undefined ? true : amount > 0;
}
