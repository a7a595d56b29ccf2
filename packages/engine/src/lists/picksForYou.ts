import type { Reason } from '../types.js';
import { getUserProfile } from './getUserProfile.js';
import type { Candidate, ListContext } from './ListContext.js';
import { scoreFromSeeds } from './scoreFromSeeds.js';

/**
 * Picks for you: the shopper's products (trained history plus the events since, time-decayed) spread over
 * their item-to-item neighbours. Works for anonymous sessions from their first event; products the shopper
 * bought are left out unless `includePurchased`.
 */
export function picksForYou(context: ListContext, pool: number): Candidate[] {
  const { model } = context;
  const profile = getUserProfile(context);
  if (profile.items.length === 0) return [];
  const consumed = context.includePurchased ? null : profile.consumed;
  const { items, scores, via } = scoreFromSeeds(
    context,
    model.behaviour,
    profile.items,
    profile.weights,
    pool,
    consumed ?? undefined,
  );
  return items.map((item, r) => {
    const seed = via[r]!;
    const title = model.catalog.titles[seed]!;
    const productId = model.catalog.ids[seed]!;
    const reason: Reason = profile.rated.has(seed)
      ? { kind: 'because-you-rated', productId, text: `Because you rated ${title}` }
      : profile.consumed.has(seed)
        ? { kind: 'because-you-bought', productId, text: `Because you bought ${title}` }
        : { kind: 'because-you-viewed', productId, text: `Because you viewed ${title}` };
    return { item, score: scores[r]!, reasons: [reason] };
  });
}
