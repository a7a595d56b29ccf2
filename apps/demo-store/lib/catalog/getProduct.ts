import { cache } from 'react';

import { getProductsByIds } from './getProductsByIds';
import type { Product } from '../types';

/** One product by catalog id; null when the catalog has none. Cached for the request (metadata and page). */
export const getProduct = cache(async function getProduct(id: string): Promise<Product | null> {
  const [product] = await getProductsByIds([id]);
  return product ?? null;
});
