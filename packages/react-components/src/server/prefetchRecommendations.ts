import type { ClientOptions, RecommendationsClient } from '../client/createClient';
import { createClient } from '../client/createClient';
import { editorialKey } from '../client/editorialKey';
import { listKey } from '../client/listKey';
import { placementKey } from '../client/placementKey';
import type { RecommendationsError } from '../client/RecommendationsError';
import type { ListRequest, PlacementContext, Shopper } from '../types';

export type PrefetchOptions = Shopper &
  (ClientOptions | { client: RecommendationsClient }) & {
    /** The requests of the page's lists, as its components will make them (same fields, same values). */
    lists?: ListRequest[];
    /** Slugs of the page's editorial lists. */
    editorial?: string[];
    /** The page's placements, with the props its `<Placement>` components get (slot, productId, basket, category). */
    placements?: (Omit<PlacementContext, keyof Shopper> & { slot: string })[];
  };

/**
 * Fetches a page's lists (one batched request), editorial lists and placements on the server and returns SWR fallback data for
 * `<RecommendationsProvider fallback>`: the lists are in the first HTML and the browser does not wait for them.
 * A list the server could not get (CMS down) is left out and fetched by the browser; a request the API
 * rejects as invalid (4xx) throws, since it would fail in the browser too, except an unpublished placement
 * (404), which shows nothing.
 */
export async function prefetchRecommendations(options: PrefetchOptions): Promise<Record<string, unknown>> {
  const client = 'client' in options ? options.client : createClient(options);
  // Who the shopper is, as the provider says it (one field: the signed token, else the user, else the session),
  // so that the prefetched keys are the ones the components look up.
  const shopper: Shopper = options.shopperToken
    ? { shopperToken: options.shopperToken }
    : options.userId
      ? { userId: options.userId }
      : { sessionId: options.sessionId };
  const keyed: [string, Promise<unknown>][] = [
    ...(options.lists ?? []).map((request): [string, Promise<unknown>] => {
      const full = { ...shopper, ...request };
      return [listKey(full), client.getList(full)];
    }),
    ...(options.editorial ?? []).map((slug): [string, Promise<unknown>] => [
      editorialKey(slug),
      client.getEditorial(slug),
    ]),
    ...(options.placements ?? []).map(({ slot, ...page }): [string, Promise<unknown>] => {
      const context = { ...shopper, ...page };
      return [placementKey(slot, context), client.getPlacement(slot, context)];
    }),
  ];
  const fallback: Record<string, unknown> = {};
  const settled = await Promise.allSettled(keyed.map(([, promise]) => promise));
  settled.forEach((result, index) => {
    if (result.status === 'fulfilled') {
      fallback[keyed[index]![0]] = result.value;
    } else {
      const status = (result.reason as RecommendationsError).status;
      // A slot the merchandisers unpublished shows nothing; any other rejected request is the page's mistake.
      if (
        status >= 400 &&
        status < 500 &&
        !(status === 404 && keyed[index]![0].startsWith('aisle:placement:'))
      ) {
        throw result.reason;
      }
    }
  });
  return fallback;
}
