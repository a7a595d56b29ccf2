import type { ListRequest, PrefetchOptions } from '@aisle/react/server';
import { prefetchRecommendations } from '@aisle/react/server';

import { cmsUrl } from '../cms/cmsUrl';
import type { StoreShopper } from '../shopper/getShopper';

/**
 * A page's lists (and editorial lists and placements) fetched on the server in one round trip, as SWR fallback for the provider: they are in the
 * first HTML, so they take no extra request before they show and move nothing when they arrive. A list the CMS
 * refuses (a product the model does not know yet) is left to the browser, which shows its error state, rather
 * than failing the whole page.
 */
export async function prefetchLists(
  { sessionId, shopperToken }: StoreShopper,
  lists: ListRequest[],
  editorial: string[] = [],
  placements: PrefetchOptions['placements'] = [],
): Promise<Record<string, unknown>> {
  try {
    // Pictures as the browser's client makes them: /cms/uploads/..., which the store's proxy serves from the CMS.
    return await prefetchRecommendations({
      baseUrl: cmsUrl(),
      mediaBase: '/cms',
      sessionId,
      shopperToken,
      lists,
      editorial,
      placements,
    });
  } catch (error) {
    console.error('demo-store: prefetching lists failed:', error instanceof Error ? error.message : error);
    return {};
  }
}
