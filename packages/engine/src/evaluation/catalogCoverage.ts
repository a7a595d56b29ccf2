import { EngineInputError } from '../errors.js';

/**
 * Share of the catalog that appears in at least one of the recommended lists: a model that shows everybody
 * the same few best sellers covers little of it. `catalogSize` is the number of products that could be shown.
 */
export function catalogCoverage(lists: Iterable<readonly string[]>, catalogSize: number): number {
  if (!Number.isInteger(catalogSize) || catalogSize < 0) {
    throw new EngineInputError(`catalogSize must be a non-negative integer, got ${catalogSize}`);
  }
  if (catalogSize === 0) return 0;
  const shown = new Set<string>();
  for (const list of lists) for (const id of list) shown.add(id);
  return Math.min(1, shown.size / catalogSize);
}
