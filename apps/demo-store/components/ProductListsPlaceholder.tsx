import { RecommendationList } from '@aisle/react';

import { BUNDLE_LIMIT, LIST_LIMIT } from '../lib/recommendations/productListRequests';
import { BUNDLE_CLASS_NAME } from './bundleClassName';
import { Section } from './Section';
import { StoreRecommendations } from './StoreRecommendations';
import type { StoreShopper } from '../lib/shopper/getShopper';

// The bundle's footer (total and button, 2.625rem) and the gap above it, which its skeleton does not have.
const BUNDLE_FOOTER_SPACE = 'mb-[3.375rem]';

/**
 * The product page's lists while they stream in: their skeletons, made of the same boxes as the lists, so that
 * nothing moves when the lists replace them. A `null` request fetches nothing.
 */
export function ProductListsPlaceholder({ shopper }: { shopper: StoreShopper }) {
  return (
    <StoreRecommendations shopper={shopper}>
      <Section>
        <RecommendationList
          request={null}
          layout="grid"
          title="Frequently bought together"
          skeletonCount={BUNDLE_LIMIT}
          className={BUNDLE_CLASS_NAME}
          classNames={{ content: BUNDLE_FOOTER_SPACE }}
        />
      </Section>
      <Section>
        <RecommendationList request={null} title="People also like" skeletonCount={LIST_LIMIT} />
      </Section>
      <Section>
        <RecommendationList request={null} title="Similar products" skeletonCount={LIST_LIMIT} />
      </Section>
    </StoreRecommendations>
  );
}
