import type { Candidate, ListContext } from './ListContext.js';

/** The shopper's last products, newest first, each once. */
export function recentlyViewed(context: ListContext, pool: number): Candidate[] {
  const { model, user } = context;
  const { recent } = model;
  if (user < 0 || user >= recent.head.length) return [];
  const candidates: Candidate[] = [];
  const seen = new Set<number>();
  const base = user * recent.size;
  for (let back = 1; back <= recent.size && candidates.length < pool; back++) {
    const slot = base + ((recent.head[user]! - back + recent.size) % recent.size);
    const item = recent.items[slot]!;
    if (item < 0) break;
    if (seen.has(item)) continue;
    seen.add(item);
    candidates.push({
      item,
      score: 1 / back,
      reasons: [{ kind: 'recently-viewed', text: 'You looked at this recently' }],
    });
  }
  return candidates;
}
