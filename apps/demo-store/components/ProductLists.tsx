import { PeopleAlsoLike, SimilarProducts } from '@aisle/react';

import { PREFETCHED_LIST_OPTIONS } from '../lib/recommendations/prefetchedListOptions';
import { BUNDLE_LIMIT, LIST_LIMIT } from '../lib/recommendations/productListRequests';
import { BundleList } from './BundleList';
import { Section } from './Section';
import { StoreRecommendations } from './StoreRecommendations';

/**
 * Frequently bought together, People also like and Similar, rendered on the server from `lists` (the page starts
 * fetching them before it waits for the product): streamed after the product itself, so the picture and the
 * price do not wait for the recommendations.
 */
export async function ProductLists({
  productId,
  sessionId,
  lists,
}: {
  productId: string;
  sessionId: string | undefined;
  lists: Promise<Record<string, unknown>>;
}) {
  const fallback = await lists;
  return (
    <StoreRecommendations sessionId={sessionId} fallback={fallback}>
      <Section>
        <BundleList
          options={PREFETCHED_LIST_OPTIONS}
          productId={productId}
          limit={BUNDLE_LIMIT}
          title="Frequently bought together"
          data-testid="list-frequently-bought-together"
        />
      </Section>
      <Section>
        <PeopleAlsoLike
          options={PREFETCHED_LIST_OPTIONS}
          productId={productId}
          limit={LIST_LIMIT}
          title="People also like"
          data-testid="list-people-also-like"
        />
      </Section>
      <Section>
        <SimilarProducts
          options={PREFETCHED_LIST_OPTIONS}
          productId={productId}
          limit={LIST_LIMIT}
          data-testid="list-similar"
        />
      </Section>
    </StoreRecommendations>
  );
}
