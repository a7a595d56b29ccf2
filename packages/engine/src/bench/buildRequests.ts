import { getList } from '../lists/listRegistry.js';
import type { ListName, Product, RecommendRequest } from '../types.js';
import type { Random } from '../synthetic/index.js';

/** Ids seen in the store's traffic, drawn in proportion to their activity. */
export interface TrafficSample {
  products: readonly string[];
  users: readonly string[];
}

const UNKNOWN_USER_SHARE = 0.05;
const CATEGORY_SHARE = 0.5;

/**
 * Requests a shop would send for one list: product pages of products as popular as the traffic makes them,
 * baskets of 1 to 5 products, known shoppers and a few first-time visitors, storefront lists with or without
 * a category (a department or a leaf).
 */
export function buildRequests(
  list: ListName,
  count: number,
  sample: TrafficSample,
  catalog: readonly Product[],
  random: Random,
): RecommendRequest[] {
  const categories = [...new Set(catalog.flatMap((product) => product.category ?? []))];
  const pick = <T>(values: readonly T[]): T => values[random.int(values.length)] as T;
  const requests: RecommendRequest[] = [];
  for (let i = 0; i < count; i++) {
    const request: RecommendRequest = { list, limit: 10 };
    switch (getList(list).context) {
      case 'none':
        if (categories.length > 0 && random.next() < CATEGORY_SHARE) request.category = pick(categories);
        break;
      case 'product':
        request.productId = pick(sample.products);
        break;
      case 'basket': {
        const size = 1 + random.int(5);
        request.basket = Array.from({ length: size }, () => pick(sample.products));
        break;
      }
      case 'shopper':
        request.userId = random.next() < UNKNOWN_USER_SHARE ? `visitor-${i}` : pick(sample.users);
        break;
    }
    requests.push(request);
  }
  return requests;
}
