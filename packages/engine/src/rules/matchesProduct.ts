import { isInCategory } from '../catalog/isInCategory.js';
import type { Model } from '../model/Model.js';
import type { ModelRuntime } from '../model/ModelRuntime.js';
import type { ProductMatch } from '../types.js';

/** True when the product meets every condition of the match. */
export function matchesProduct(
  model: Model,
  runtime: ModelRuntime,
  item: number,
  match: ProductMatch,
): boolean {
  const { catalog } = model;
  if (match.productId !== undefined && catalog.ids[item] !== match.productId) return false;
  if (match.category !== undefined) {
    const nodes = runtime.categoryIndex.get(match.category.toLowerCase()) ?? [];
    if (!isInCategory(catalog, item, nodes)) return false;
  }
  if (match.brand !== undefined) {
    const brand = catalog.productBrand[item]!;
    if (brand < 0 || catalog.brandNames[brand]!.toLowerCase() !== match.brand.toLowerCase()) return false;
  }
  if (match.tag !== undefined) {
    const tag = match.tag.toLowerCase();
    let found = false;
    for (let t = catalog.productTagsStart[item]!; t < catalog.productTagsStart[item + 1]! && !found; t++) {
      found = catalog.tagNames[catalog.productTags[t]!] === tag;
    }
    if (!found) return false;
  }
  const price = catalog.price[item]!;
  if (match.minPrice !== undefined && !(price >= match.minPrice)) return false;
  if (match.maxPrice !== undefined && !(price <= match.maxPrice)) return false;
  if (match.attribute !== undefined) {
    const value = catalog.attributes[item]?.[match.attribute.name];
    if (value === undefined || String(value).toLowerCase() !== String(match.attribute.value).toLowerCase()) {
      return false;
    }
  }
  return true;
}
