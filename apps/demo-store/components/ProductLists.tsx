import { Placement } from '@aisle/react/placement';

import { PREFETCHED_LIST_OPTIONS } from '../lib/recommendations/prefetchedListOptions';
import { BUNDLE_LIMIT, PRODUCT_SLOT } from '../lib/recommendations/productListRequests';
import { BundleList } from './BundleList';
import { Section } from './Section';
import { StoreRecommendations } from './StoreRecommendations';
import type { StoreShopper } from '../lib/shopper/getShopper';

/**
 * Frequently bought together and the product slot's lists (the seed: People also like and Similar), rendered on
 * the server from `lists` (the page starts fetching them before it waits for the product): streamed after the product itself, so the picture and the
 * price do not wait for the recommendations.
 */
export async function ProductLists({
  productId,
  shopper,
  lists,
}: {
  productId: string;
  shopper: StoreShopper;
  lists: Promise<Record<string, unknown>>;
}) {
  const fallback = await lists;
  return (
    <StoreRecommendations shopper={shopper} fallback={fallback}>
      <Section>
        <BundleList
          options={PREFETCHED_LIST_OPTIONS}
          productId={productId}
          limit={BUNDLE_LIMIT}
          title="Frequently bought together"
          data-testid="list-frequently-bought-together"
        />
      </Section>
      <div className="mx-auto flex max-w-7xl flex-col gap-12 px-4 py-6 empty:hidden sm:px-6">
        <Placement slot={PRODUCT_SLOT} productId={productId} options={PREFETCHED_LIST_OPTIONS} />
      </div>
    </StoreRecommendations>
  );
}
