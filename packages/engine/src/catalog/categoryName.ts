import type { CatalogIndex } from './CatalogIndex.js';

/** The leaf name of a product's category ("Tents" for "Outdoor > Tents"), or undefined. */
export function categoryName(catalog: CatalogIndex, item: number): string | undefined {
  const node = catalog.productCategory[item]!;
  if (node < 0) return undefined;
  const path = catalog.categoryPaths[node]!;
  const cut = path.lastIndexOf(' > ');
  return cut < 0 ? path : path.slice(cut + 3);
}
