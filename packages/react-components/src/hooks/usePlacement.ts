import type { SWRConfiguration, SWRResponse } from 'swr';
import useSWR from 'swr';

import { placementKey } from '../client/placementKey';
import { useRecommendationsContext } from '../context/useRecommendationsContext';
import type { PlacementContext, PlacementData, Shopper } from '../types';

/**
 * A placement the merchandisers composed in the CMS, filled for this page and the provider's shopper (who gets
 * their own variant of an A/B-tested module, always the same), on SWR.
 */
export function usePlacement(
  slot: string,
  page: Omit<PlacementContext, keyof Shopper> = {},
  options?: SWRConfiguration<PlacementData, Error>,
): SWRResponse<PlacementData, Error> {
  const { client, shopper } = useRecommendationsContext();
  const context = { ...shopper, ...page };
  return useSWR(placementKey(slot, context), () => client.getPlacement(slot, context), options);
}
