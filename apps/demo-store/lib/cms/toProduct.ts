import type { Product } from '../types';
import type { StrapiProduct } from './strapiTypes';

// The demo catalog's pictures are 600x600; a picture without dimensions gets a square box.
const DEFAULT_SIDE = 600;

/** Strapi's product entry as the store's `Product`: the one place that knows both shapes. */
export function toProduct(entry: StrapiProduct): Product {
  const { image, category } = entry;
  return {
    id: entry.slug,
    title: entry.title,
    description: entry.description ?? '',
    price: Number(entry.price),
    currency: entry.currency ?? 'EUR',
    image: image
      ? {
          url: image.url,
          alt: image.alternativeText ?? entry.title,
          width: image.width ?? DEFAULT_SIDE,
          height: image.height ?? DEFAULT_SIDE,
        }
      : null,
    category: category
      ? {
          slug: category.slug,
          name: category.name,
          parent: category.parent ? { slug: category.parent.slug, name: category.parent.name } : null,
        }
      : null,
    brand: entry.brand,
    tags: Array.isArray(entry.tags) ? entry.tags.filter((tag): tag is string => typeof tag === 'string') : [],
    inStock: (entry.stock ?? 0) > 0,
    launchDate: entry.launchDate,
  };
}
