import type { CatalogIndex } from './CatalogIndex.js';

/** True when the product's category path contains one of the nodes. */
export function isInCategory(catalog: CatalogIndex, item: number, nodes: readonly number[]): boolean {
  for (let node = catalog.productCategory[item]!; node >= 0; node = catalog.categoryParent[node]!) {
    if (nodes.includes(node)) return true;
  }
  return false;
}
