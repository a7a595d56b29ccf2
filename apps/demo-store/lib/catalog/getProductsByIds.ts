import { fetchCms } from '../cms/fetchCms';
import { productQuery } from '../cms/productQuery';
import type { StrapiCollection, StrapiProduct } from '../cms/strapiTypes';
import { toProduct } from '../cms/toProduct';
import type { Product } from '../types';

// Strapi caps a page at 100 entries; a cart or an order never comes near it.
const MAX_IDS = 100;

/** Products by catalog id, in the order of `ids`; ids not in the catalog are left out. */
export async function getProductsByIds(ids: readonly string[]): Promise<Product[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  if (unique.length > MAX_IDS) {
    throw new Error(`demo-store: getProductsByIds takes at most ${MAX_IDS} ids, got ${unique.length}`);
  }
  const params = productQuery();
  params.set('pagination[pageSize]', String(MAX_IDS));
  unique.forEach((id, index) => params.set(`filters[slug][$in][${index}]`, id));
  const { data } = await fetchCms<StrapiCollection<StrapiProduct>>('/api/products', params);
  const byId = new Map(data.map((entry) => [entry.slug, toProduct(entry)]));
  return unique.flatMap((id) => byId.get(id) ?? []);
}
