import type { ListContext } from '../lists/ListContext.js';
import type { Model } from '../model/Model.js';
import { getRuntime } from '../model/ModelRuntime.js';
import type { RecommendRequest } from '../types.js';

/** The request in the model's dense indexes: seeds (product, then basket; known and distinct), shopper, category. */
export function resolveContext(model: Model, request: RecommendRequest): ListContext {
  const runtime = getRuntime(model);
  const seeds: number[] = [];
  for (const id of [request.productId, ...(request.basket ?? [])]) {
    const item = id === undefined ? undefined : runtime.productIndex.get(id);
    if (item !== undefined && !seeds.includes(item)) seeds.push(item);
  }
  return {
    model,
    runtime,
    seeds,
    user: request.userId === undefined ? -1 : (runtime.userIndex.get(request.userId) ?? -1),
    categoryNodes:
      request.category === undefined
        ? null
        : (runtime.categoryIndex.get(request.category.toLowerCase()) ?? []),
    categoryName: request.category,
    now: request.now ?? model.clock,
    includePurchased: request.includePurchased ?? false,
  };
}
