import type { Model } from '../model/Model.js';
import { modelStats } from '../modelStats.js';
import { recommend } from '../recommend.js';
import type { ListName } from '../types.js';
import { MAX_LIMIT } from '../validateRecommendRequest.js';
import type { ReadinessFacts } from './ListDescriptor.js';

export type ReadinessInput = Omit<ReadinessFacts, 'coverage' | 'ownItems'>;

/** The facts of `listReadiness` from the serving model (coverage, what each list serves by itself) and the shop's. */
export function readinessFacts(input: ReadinessInput): ReadinessFacts {
  const { model } = input;
  return {
    ...input,
    coverage: model === null ? { behaviour: 0, coPurchase: 0, content: 0 } : modelStats(model).coverage,
    ownItems: (list, reason) => (model === null ? 0 : countOwnItems(model, list as ListName, reason)),
  };
}

function countOwnItems(model: Model, list: ListName, reason: string | undefined): number {
  const served = recommend(model, { list, limit: MAX_LIMIT, fallback: [] });
  if (reason === undefined) return served.items.length;
  return served.items.filter((item) => item.reasons.some((candidate) => candidate.kind === reason)).length;
}
