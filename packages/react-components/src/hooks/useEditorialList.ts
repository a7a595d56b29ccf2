import type { SWRConfiguration, SWRResponse } from 'swr';
import useSWR from 'swr';

import { editorialKey } from '../client/editorialKey';
import { useRecommendationsContext } from '../context/useRecommendationsContext';
import type { EditorialData } from '../types';

/** A published editorial list by slug, on SWR; `data` is `null` when none is in effect now. */
export function useEditorialList(
  slug: string | null,
  options?: SWRConfiguration<EditorialData | null, Error>,
): SWRResponse<EditorialData | null, Error> {
  const { client } = useRecommendationsContext();
  return useSWR(slug && editorialKey(slug), () => client.getEditorial(slug!), options);
}
