import type { Interaction } from '../types.js';

/** Each user's distinct products, in order of first appearance. */
export function groupHistories(interactions: Iterable<Interaction>): Map<string, Set<string>> {
  const histories = new Map<string, Set<string>>();
  for (const { userId, productId } of interactions) {
    const history = histories.get(userId);
    if (history) history.add(productId);
    else histories.set(userId, new Set([productId]));
  }
  return histories;
}
