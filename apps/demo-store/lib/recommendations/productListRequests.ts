import type { ListRequest } from '@aisle/react/server';

export const BUNDLE_LIMIT = 3;
export const LIST_LIMIT = 12;

/** The product page's lists, as its components request them (same fields, same values): one batched request. */
export function productListRequests(productId: string): ListRequest[] {
  return [
    { list: 'frequently-bought-together', productId, limit: BUNDLE_LIMIT },
    { list: 'people-also-like', productId, limit: LIST_LIMIT },
    { list: 'similar', productId, limit: LIST_LIMIT },
  ];
}
