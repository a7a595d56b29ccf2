import type { SWRConfiguration } from 'swr';

import { usePlacement } from '../hooks/usePlacement';
import type { ListViewProps, PlacementContext, PlacementData, Shopper, TrackedList } from '../types';
import { ListView } from './ListView';

export type PlacementProps = Omit<ListViewProps, 'title' | 'layout' | 'placement'> &
  Omit<PlacementContext, keyof Shopper> & {
    /** The slot's name in the CMS (Recommendations > Placements). */
    slot: string;
    options?: SWRConfiguration<PlacementData, Error>;
  };

/**
 * The lists a merchandiser placed in a slot, in their order, with their headings, sizes and layouts: the page
 * changes when they publish, without a release. Each list's events carry the module and variant it is, so A/B
 * tests are measured. Nothing while loading (the slot's make-up is not known yet) and nothing for an unknown slot.
 */
export function Placement({ slot, productId, basket, category, options, ...props }: PlacementProps) {
  const { data } = usePlacement(slot, { productId, basket, category }, options);
  return (
    <>
      {data?.data.modules.map((module) => (
        <ListView
          {...props}
          key={module.key}
          list={module.list as TrackedList}
          items={module.items}
          error={undefined}
          retry={() => {}}
          title={module.heading || undefined}
          layout={module.layout}
          placement={module.placement}
          data-list={module.list}
          data-placement={module.placement}
        />
      ))}
    </>
  );
}
