import { forEachRecentEvent } from '../model/forEachRecentEvent.js';
import type { Candidate, ListContext } from './ListContext.js';

/** The shopper's last products, newest first, each once. */
export function recentlyViewed(context: ListContext, pool: number): Candidate[] {
  const { model, user } = context;
  const candidates: Candidate[] = [];
  const seen = new Set<number>();
  forEachRecentEvent(model, user, model.recent.size, (item) => {
    if (seen.has(item)) return;
    seen.add(item);
    candidates.push({
      item,
      score: 1 / (candidates.length + 1),
      reasons: [{ kind: 'recently-viewed', text: 'You looked at this recently' }],
    });
    return candidates.length < pool;
  });
  return candidates;
}
