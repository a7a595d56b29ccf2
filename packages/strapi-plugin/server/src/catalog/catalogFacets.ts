import type { CatalogFacets } from '../../../shared/contracts/products';
import type { RecommendedProduct } from '../../../shared/contracts/lists';

const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b));

/** The categories (every level), brands, tags and price range of the catalog. */
export function catalogFacets(products: Iterable<RecommendedProduct>): CatalogFacets {
  const categories = new Set<string>();
  const brands = new Set<string>();
  const tags = new Set<string>();
  let price: CatalogFacets['price'] = null;
  for (const product of products) {
    for (const category of product.category ?? []) categories.add(category);
    if (product.brand) brands.add(product.brand);
    for (const tag of product.tags ?? []) tags.add(tag);
    if (product.price !== undefined) {
      price =
        price === null
          ? { min: product.price, max: product.price }
          : { min: Math.min(price.min, product.price), max: Math.max(price.max, product.price) };
    }
  }
  return { categories: sorted(categories), brands: sorted(brands), tags: sorted(tags), price };
}
