import type { ListRequest } from '@aisle/react/server';

export const BUNDLE_LIMIT = 3;
export const LIST_LIMIT = 12;

/** The product page's slot below the bundle: merchandisers compose it in the CMS (the seed: people also like, similar). */
export const PRODUCT_SLOT = 'product';

/** The product page's bundle, as its component requests it (same fields, same values). */
export function productListRequests(productId: string): ListRequest[] {
  return [{ list: 'frequently-bought-together', productId, limit: BUNDLE_LIMIT }];
}
