import { Placement } from '@aisle/react/placement';
import type { Metadata } from 'next';

import { RecentlyViewedList } from '../../components/RecentlyViewedList';
import { Section } from '../../components/Section';
import { StoreRecommendations } from '../../components/StoreRecommendations';
import { PREFETCHED_LIST_OPTIONS } from '../../lib/recommendations/prefetchedListOptions';
import { prefetchLists } from '../../lib/recommendations/prefetchLists';
import { getShopper } from '../../lib/shopper/getShopper';

export const metadata: Metadata = { title: 'For you' };

const LIMIT = 12;
// Below recently viewed (which says what it will show while the shopper has viewed nothing), the merchandisers'
// slot: the seed makes it buy it again and picks for you.
const SLOT = 'for-you';

/** The shopper's own page: no account needed, the session cookie is enough. */
export default async function ForYouPage() {
  const shopper = await getShopper();
  const fallback = await prefetchLists(
    shopper,
    [{ list: 'recently-viewed', limit: LIMIT }],
    [],
    [{ slot: SLOT }],
  );
  return (
    <StoreRecommendations shopper={shopper} fallback={fallback}>
      <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">For you</h1>
        <p className="mt-2 text-zinc-700">
          {shopper.shopperToken
            ? 'Picked from what you looked at and bought, on every device you sign in on.'
            : 'Picked from what you looked at and bought here. No account needed.'}
        </p>
      </div>
      <Section>
        <RecentlyViewedList
          options={PREFETCHED_LIST_OPTIONS}
          limit={LIMIT}
          data-testid="list-recently-viewed"
        />
      </Section>
      <div className="mx-auto flex max-w-7xl flex-col gap-12 px-4 py-6 empty:hidden sm:px-6">
        <Placement slot={SLOT} options={PREFETCHED_LIST_OPTIONS} showReasons />
      </div>
    </StoreRecommendations>
  );
}
