import { EngineInputError } from '../errors.js';
import type { Product } from '../types.js';
import type { CatalogIndex } from './CatalogIndex.js';

export const CATEGORY_SEPARATOR = ' > ';
const MAX_TEXT = 10_000;

function parseLaunch(product: Product): number {
  const value = product.launchedAt;
  if (value === undefined || value === null) return Number.NaN;
  const time = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(time)) {
    throw new EngineInputError(`product ${product.id}: launchedAt ${JSON.stringify(value)} is not a date`);
  }
  return time;
}

function checkProduct(product: Product, position: number): void {
  if (typeof product !== 'object' || product === null) {
    throw new EngineInputError(`product #${position + 1} is not an object`);
  }
  if (typeof product.id !== 'string' || product.id.length === 0 || product.id.length > 256) {
    throw new EngineInputError(
      `product #${position + 1}: id must be a non-empty string of at most 256 characters`,
    );
  }
  if (typeof product.title !== 'string' || product.title.length > MAX_TEXT) {
    throw new EngineInputError(
      `product ${product.id}: title must be a string of at most ${MAX_TEXT} characters`,
    );
  }
  if (product.price !== undefined && (typeof product.price !== 'number' || !Number.isFinite(product.price))) {
    throw new EngineInputError(`product ${product.id}: price must be a finite number`);
  }
  if (product.category !== undefined && !Array.isArray(product.category)) {
    throw new EngineInputError(`product ${product.id}: category must be a list of names from the root`);
  }
  if (product.tags !== undefined && !Array.isArray(product.tags)) {
    throw new EngineInputError(`product ${product.id}: tags must be a list of strings`);
  }
}

/**
 * Builds the dense catalog. Products given twice keep their last description. `extraIds` adds bare products
 * (title = id) for catalogs that are only known from interactions.
 */
export function buildCatalogIndex(
  products: Iterable<Product>,
  extraIds: Iterable<string> = [],
): CatalogIndex {
  const byId = new Map<string, Product>();
  let position = 0;
  for (const product of products) {
    checkProduct(product, position++);
    byId.set(product.id, product);
  }
  for (const id of extraIds) {
    if (!byId.has(id)) byId.set(id, { id, title: id });
  }
  const count = byId.size;
  const ids: string[] = [];
  const titles: string[] = [];
  const price = new Float64Array(count);
  const launchedAt = new Float64Array(count);
  const available = new Uint8Array(count);
  const productCategory = new Int32Array(count);
  const productBrand = new Int32Array(count);
  const attributes: CatalogIndex['attributes'] = [];
  const categoryPaths: string[] = [];
  const categoryParents: number[] = [];
  const nodeByPath = new Map<string, number>();
  const brandNames: string[] = [];
  const brandByName = new Map<string, number>();
  const tagNames: string[] = [];
  const tagByName = new Map<string, number>();
  const tagLists: number[][] = [];

  for (const product of byId.values()) {
    const index = ids.length;
    ids.push(product.id);
    titles.push(product.title);
    price[index] = product.price ?? Number.NaN;
    launchedAt[index] = parseLaunch(product);
    available[index] = product.available === false ? 0 : 1;
    attributes.push(product.attributes && Object.keys(product.attributes).length ? product.attributes : null);

    let node = -1;
    let path = '';
    for (const rawName of product.category ?? []) {
      const name = String(rawName).trim();
      if (!name) continue;
      path = path ? `${path}${CATEGORY_SEPARATOR}${name}` : name;
      let next = nodeByPath.get(path);
      if (next === undefined) {
        next = categoryPaths.length;
        nodeByPath.set(path, next);
        categoryPaths.push(path);
        categoryParents.push(node);
      }
      node = next;
    }
    productCategory[index] = node;

    const brand = product.brand?.trim();
    if (brand) {
      let brandIndex = brandByName.get(brand);
      if (brandIndex === undefined) {
        brandIndex = brandNames.length;
        brandByName.set(brand, brandIndex);
        brandNames.push(brand);
      }
      productBrand[index] = brandIndex;
    } else {
      productBrand[index] = -1;
    }

    const tags: number[] = [];
    for (const rawTag of product.tags ?? []) {
      const tag = String(rawTag).trim().toLowerCase();
      if (!tag) continue;
      let tagIndex = tagByName.get(tag);
      if (tagIndex === undefined) {
        tagIndex = tagNames.length;
        tagByName.set(tag, tagIndex);
        tagNames.push(tag);
      }
      if (!tags.includes(tagIndex)) tags.push(tagIndex);
    }
    tagLists.push(tags);
  }

  const categoryParent = Int32Array.from(categoryParents);
  // Members of a node: each product counts in its leaf and every ancestor.
  const memberCounts = new Uint32Array(categoryPaths.length + 1);
  for (let item = 0; item < count; item++) {
    for (let node = productCategory[item]!; node >= 0; node = categoryParent[node]!)
      memberCounts[node + 1]!++;
  }
  for (let node = 0; node < categoryPaths.length; node++) memberCounts[node + 1]! += memberCounts[node]!;
  const categoryMembersStart = memberCounts;
  const categoryMembers = new Uint32Array(categoryMembersStart[categoryPaths.length] ?? 0);
  const fill = categoryMembersStart.slice(0, categoryPaths.length);
  for (let item = 0; item < count; item++) {
    for (let node = productCategory[item]!; node >= 0; node = categoryParent[node]!) {
      categoryMembers[fill[node]!++] = item;
    }
  }

  const productTagsStart = new Uint32Array(count + 1);
  for (let item = 0; item < count; item++)
    productTagsStart[item + 1] = productTagsStart[item]! + tagLists[item]!.length;
  const productTags = new Uint32Array(productTagsStart[count]!);
  for (let item = 0; item < count; item++) productTags.set(tagLists[item]!, productTagsStart[item]!);

  return {
    ids,
    titles,
    categoryParent,
    categoryPaths,
    productCategory,
    categoryMembersStart,
    categoryMembers,
    brandNames,
    productBrand,
    tagNames,
    productTagsStart,
    productTags,
    price,
    launchedAt,
    available,
    attributes,
  };
}
