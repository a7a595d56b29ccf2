import { forEachRecentEvent } from '../model/forEachRecentEvent.js';
import type { Candidate, ListContext } from './ListContext.js';
import type { ListDescriptor } from './ListDescriptor.js';

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

export const recentlyViewedList = {
  name: 'recently-viewed',
  heading: 'Recently viewed',
  summary: "the shopper's last viewed products, newest first",
  context: 'shopper',
  generate: recentlyViewed,
  fallback: [],
  readiness: (facts) => ({
    items: facts.viewedProducts,
    requirements: [{ kind: 'views', have: facts.views, need: 1 }],
  }),
} as const satisfies ListDescriptor<'recently-viewed'>;
