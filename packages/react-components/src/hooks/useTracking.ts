import { useRecommendationsContext } from '../context/useRecommendationsContext';
import type { TrackEvent } from '../types';

/**
 * `track({ type: 'view' | 'add_to_cart' | 'purchase' | ..., productId })` from anywhere under the provider.
 * Lists track their impressions and clicks themselves; an add-to-cart without `list` is credited to the list
 * whose click led to the product.
 */
export function useTracking(): { track: (event: TrackEvent) => void } {
  const { track } = useRecommendationsContext();
  return { track };
}
