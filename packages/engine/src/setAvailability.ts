import type { Model } from './model/Model.js';
import { getRuntime } from './model/ModelRuntime.js';

/**
 * Updates which products are in stock, without retraining: lists leave out unavailable products (unless a
 * request turns `availableOnly` off). Products the model does not know are ignored. Returns how many changed.
 */
export function setAvailability(
  model: Model,
  products: Iterable<{ id: string; available: boolean }>,
): number {
  const runtime = getRuntime(model);
  const { available } = model.catalog;
  let changed = 0;
  for (const product of products) {
    const item = runtime.productIndex.get(product.id);
    if (item === undefined) continue;
    const flag = product.available ? 1 : 0;
    if (available[item] !== flag) {
      available[item] = flag;
      changed++;
    }
  }
  return changed;
}
