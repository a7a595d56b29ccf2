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
    const bought = profile.consumed.has(seed);
    const title = model.catalog.titles[seed]!;
    return {
      item,
      score: scores[r]!,
      reasons: [
        {
          kind: bought ? 'because-you-bought' : 'because-you-viewed',
          productId: model.catalog.ids[seed]!,
          text: bought ? `Because you bought ${title}` : `Because you viewed ${title}`,
        },
      ],
    };
  });
}
