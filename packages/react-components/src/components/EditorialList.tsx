import type { SWRConfiguration } from 'swr';

import { useEditorialList } from '../hooks/useEditorialList';
import type { EditorialData, ListViewProps } from '../types';
import { ListView } from './ListView';

export type EditorialListProps = ListViewProps & {
  slug: string;
  options?: SWRConfiguration<EditorialData | null, Error>;
};

/** A list the merchandisers curated in the CMS; its title is theirs unless `title` is given. Nothing when none is in effect. */
export function EditorialList({ slug, options, ...props }: EditorialListProps) {
  const { data, error, mutate } = useEditorialList(slug, options);
  return (
    <ListView
      list={`editorial:${slug}`}
      items={data === null ? [] : data?.items}
      error={error}
      retry={() => mutate()}
      title={data?.title ?? ''}
      {...props}
    />
  );
}
