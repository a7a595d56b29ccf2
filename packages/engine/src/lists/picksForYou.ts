import { BOUGHT, RATED } from '../model/collectInteractions.js';
import type { Reason } from '../types.js';
import { findVia } from './findVia.js';
import { getUserProfile } from './getUserProfile.js';
import type { Candidate, Explain, ListContext } from './ListContext.js';
import { scoreFromSeeds } from './scoreFromSeeds.js';
import type { ListDescriptor } from './ListDescriptor.js';
import { TARGET_SHARES } from './readinessTargets.js';
import { shareRequirement } from './shareRequirement.js';

/**
 * Picks for you: the shopper's products (trained history plus the events since, time-decayed) spread over
 * their item-to-item neighbours. Works for anonymous sessions from their first event; products the shopper
 * bought are left out unless `includePurchased`. Each served item names the product of the shopper's that
 * contributed most.
 */
export function picksForYou(context: ListContext, pool: number): Candidate[] {
  const { model } = context;
  const profile = getUserProfile(context);
  if (profile.items.length === 0) return [];
  const { items, scores } = scoreFromSeeds(
    context,
    model.behaviour,
    profile.items,
    profile.weights,
    pool,
    context.includePurchased ? undefined : profile.consumed,
  );
  const explain: Explain = (served) =>
    findVia(context, model.behaviour, profile.items, profile.weights, served).map((slot): Reason[] => {
      if (slot < 0) return [];
      const seed = profile.items[slot]!;
      const flags = profile.flags[slot]!;
      const title = model.catalog.titles[seed]!;
      const productId = model.catalog.ids[seed]!;
      return [
        flags & BOUGHT
          ? { kind: 'because-you-bought', productId, text: `Because you bought ${title}` }
          : flags & RATED
            ? { kind: 'because-you-rated', productId, text: `Because you rated ${title}` }
            : { kind: 'because-you-viewed', productId, text: `Because you viewed ${title}` },
      ];
    });
  return items.map((item, r) => ({ item, score: scores[r]!, reasons: [], explain }));
}

export const picksForYouList = {
  name: 'picks-for-you',
  heading: 'Picks for you',
  summary: 'for one shopper, from what they viewed and bought (time-decayed)',
  context: 'shopper',
  generate: picksForYou,
  fallback: ['trending', 'best-selling'],
  hidesPurchased: true,
  readiness: (facts) => ({
    items: Math.round(facts.coverage.behaviour * facts.products),
    requirements: [shareRequirement('related-share', facts.coverage.behaviour, TARGET_SHARES.related)],
  }),
} as const satisfies ListDescriptor<'picks-for-you'>;
