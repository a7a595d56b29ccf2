import type { SWRConfiguration } from 'swr';

import { useRecommendations } from '../hooks/useRecommendations';
import type { ListRequest, ListResponse, ListViewProps } from '../types';
import { ListView } from './ListView';

export type RecommendationListProps = ListViewProps & {
  /** `null` renders the skeleton and fetches nothing (for example while the product id is unknown). */
  request: ListRequest | null;
  options?: SWRConfiguration<ListResponse, Error>;
};

/** Any list by its request; the named components (`Trending`, ...) are this with the request filled in. */
export function RecommendationList({ request, options, ...props }: RecommendationListProps) {
  const { data, error, mutate } = useRecommendations(request, options);
  return (
    <ListView
      list={request?.list ?? 'new'}
      items={data?.data}
      error={error}
      retry={() => mutate()}
      skeletonCount={request?.limit}
      {...props}
    />
  );
}
