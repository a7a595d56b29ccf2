import { PicksForYou, RecentlyViewed } from '@aisle/react';
import type { ListRequest } from '@aisle/react/server';
import type { Metadata } from 'next';

import { Section } from '../../components/Section';
import { StoreRecommendations } from '../../components/StoreRecommendations';
import { prefetchLists } from '../../lib/recommendations/prefetchLists';
import { getSessionId } from '../../lib/session/getSessionId';

export const metadata: Metadata = { title: 'For you' };

const LIMIT = 12;
const LISTS: ListRequest[] = [
  { list: 'picks-for-you', limit: LIMIT },
  { list: 'recently-viewed', limit: LIMIT },
];

function NothingViewed() {
  return (
    <section aria-labelledby="recently-viewed" className="grid gap-3">
      <h2 id="recently-viewed" className="text-xl font-semibold">
        Recently viewed
      </h2>
      <p className="text-zinc-600">Products you look at appear here, so that you can find them again.</p>
    </section>
  );
}

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
        <RecentlyViewed
          limit={LIMIT}
          title="Recently viewed"
          emptyComponent={NothingViewed}
          data-testid="list-recently-viewed"
        />
      </Section>
      <Section minHeight="20rem">
        <PicksForYou
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
