import { BuyAgain, PicksForYou } from '@aisle/react';
import type { ListRequest } from '@aisle/react/server';
import type { Metadata } from 'next';

import { RecentlyViewedList } from '../../components/RecentlyViewedList';
import { Section } from '../../components/Section';
import { StoreRecommendations } from '../../components/StoreRecommendations';
import { PREFETCHED_LIST_OPTIONS } from '../../lib/recommendations/prefetchedListOptions';
import { prefetchLists } from '../../lib/recommendations/prefetchLists';
import { getSessionId } from '../../lib/session/getSessionId';

export const metadata: Metadata = { title: 'For you' };

const LIMIT = 12;
const LISTS: ListRequest[] = [
  { list: 'picks-for-you', limit: LIMIT },
  { list: 'recently-viewed', limit: LIMIT },
  { list: 'buy-again', limit: LIMIT },
];

/** The shopper's own page: no account needed, the session cookie is enough. */
export default async function ForYouPage() {
  const sessionId = await getSessionId();
  const fallback = await prefetchLists(sessionId, LISTS);
  return (
    <StoreRecommendations sessionId={sessionId} fallback={fallback}>
      <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">For you</h1>
        <p className="mt-2 text-zinc-700">
          Picked from what you looked at and bought here. No account needed.
        </p>
      </div>
      <Section>
        <RecentlyViewedList
          options={PREFETCHED_LIST_OPTIONS}
          limit={LIMIT}
          data-testid="list-recently-viewed"
        />
      </Section>
      <Section>
        <BuyAgain
          options={PREFETCHED_LIST_OPTIONS}
          limit={LIMIT}
          title="Buy it again"
          showReasons
          data-testid="list-buy-again"
        />
      </Section>
      <Section minHeight="20rem">
        <PicksForYou
          options={PREFETCHED_LIST_OPTIONS}
          limit={LIMIT}
          title="Picks for you"
          layout="grid"
          showReasons
          data-testid="list-picks-for-you"
        />
      </Section>
    </StoreRecommendations>
  );
}
