import type { Core } from '@strapi/strapi';

export interface CatalogProduct {
  slug: string;
  title: string;
  price: number;
  brand?: string;
  stock?: number;
  category?: string;
  tags?: string[];
  launchDate?: string;
}

/**
 * Creates categories (a root "Outdoor" with the given children) and products through Strapi's document
 * service, as a merchant's editors would. Returns the categories' ids by name.
 */
export async function createCatalog(
  strapi: Core.Strapi,
  categories: string[],
  products: CatalogProduct[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const root = await strapi
    .documents('api::category.category')
    .create({ data: { name: 'Outdoor', slug: 'outdoor' } });
  ids.set('Outdoor', root.documentId);
  for (const name of categories) {
    const category = await strapi
      .documents('api::category.category')
      .create({ data: { name, slug: name.toLowerCase(), parent: root.documentId } });
    ids.set(name, category.documentId);
  }
  for (const product of products) {
    await strapi.documents('api::product.product').create({
      data: {
        title: product.title,
        slug: product.slug,
        price: product.price,
        currency: 'EUR',
        brand: product.brand ?? 'Peak',
        stock: product.stock ?? 10,
        tags: product.tags ?? [],
        launchDate: product.launchDate ?? '2025-01-01',
        category: product.category === undefined ? undefined : ids.get(product.category),
      },
    });
  }
  return ids;
}
