import { useRecommendationsContext } from '../context/useRecommendationsContext';
import type { TrackEvent } from '../types';

/**
 * `track({ type: 'view' | 'click' | 'add_to_cart' | ..., productId })` from anywhere under the provider
 * (purchases are reported by the shop's server with its API token: the CMS refuses them from a browser).
 * Lists track their impressions and clicks themselves; an add-to-cart without `list` is credited to the list
 * whose click led to the product.
 */
export function useTracking(): { track: (event: TrackEvent) => void } {
  const { track } = useRecommendationsContext();
  return { track };
}
