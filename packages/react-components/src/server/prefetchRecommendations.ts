import type { ClientOptions, RecommendationsClient } from '../client/createClient';
import { createClient } from '../client/createClient';
import { editorialKey } from '../client/editorialKey';
import { listKey } from '../client/listKey';
import type { RecommendationsError } from '../client/RecommendationsError';
import type { ListRequest, Shopper } from '../types';

export type PrefetchOptions = Shopper &
  (ClientOptions | { client: RecommendationsClient }) & {
    /** The requests of the page's lists, as its components will make them (same fields, same values). */
    lists?: ListRequest[];
    /** Slugs of the page's editorial lists. */
    editorial?: string[];
  };

/**
 * Fetches a page's lists on the server (one batched request) and returns SWR fallback data for
 * `<RecommendationsProvider fallback>`: the lists are in the first HTML and the browser does not wait for them.
 * A list the server could not get (CMS down) is left out and fetched by the browser; a request the API
 * rejects as invalid (4xx) throws, since it would fail in the browser too.
 */
export async function prefetchRecommendations(options: PrefetchOptions): Promise<Record<string, unknown>> {
  const client = 'client' in options ? options.client : createClient(options);
  const shopper: Shopper = { userId: options.userId, sessionId: options.sessionId };
  const keyed: [string, Promise<unknown>][] = [
    ...(options.lists ?? []).map((request): [string, Promise<unknown>] => {
      const full = { ...shopper, ...request };
      return [listKey(full), client.getList(full)];
    }),
    ...(options.editorial ?? []).map((slug): [string, Promise<unknown>] => [
      editorialKey(slug),
      client.getEditorial(slug),
    ]),
  ];
  const fallback: Record<string, unknown> = {};
  const settled = await Promise.allSettled(keyed.map(([, promise]) => promise));
  settled.forEach((result, index) => {
    if (result.status === 'fulfilled') {
      fallback[keyed[index]![0]] = result.value;
    } else {
      const status = (result.reason as RecommendationsError).status;
      if (status >= 400 && status < 500) throw result.reason;
    }
  });
  return fallback;
}
