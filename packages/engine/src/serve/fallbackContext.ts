import type { ListContext } from '../lists/ListContext.js';
import type { ListDescriptor } from '../lists/ListDescriptor.js';

/**
 * The context a fallback list runs in: on a product page without a category, a list may keep its fallback in
 * the seed's category or one level above (see `ListDescriptor.fallbackScope`).
 */
export function fallbackContext(context: ListContext, list: ListDescriptor): ListContext {
  const { catalog } = context.model;
  if (context.categoryNodes !== null || context.seeds.length === 0 || list.fallbackScope === undefined) {
    return context;
  }
  const leaf = catalog.productCategory[context.seeds[0]!]!;
  if (leaf < 0) return context;
  let scope = leaf;
  if (list.fallbackScope === 'seed-department') {
    const parent = catalog.categoryParent[leaf]!;
    if (parent >= 0) scope = parent;
  }
  return { ...context, categoryNodes: [scope], categoryName: undefined };
}
