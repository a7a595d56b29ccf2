import type { SWRConfiguration, SWRResponse } from 'swr';
import useSWR from 'swr';

import { listKey } from '../client/listKey';
import { useRecommendationsContext } from '../context/useRecommendationsContext';
import type { ListRequest, ListResponse } from '../types';

/**
 * One recommendation list, on SWR: `null` does not fetch. The shopper of the provider is added to the request,
 * so signing in refetches; the request is compared by value, so an inline object does not.
 */
export function useRecommendations(
  request: ListRequest | null,
  options?: SWRConfiguration<ListResponse, Error>,
): SWRResponse<ListResponse, Error> {
  const { client, shopper } = useRecommendationsContext();
  const full = request && { ...shopper, ...request };
  return useSWR(full && listKey(full), () => client.getList(full!), options);
}
