import type { Announcements } from '@dnd-kit/core';
import { useIntl } from 'react-intl';

import type { RecommendedProduct } from '../../../../shared/contracts/lists';
import { pluginMessage } from '../../pluginMessage';

/**
 * What a screen reader says while a product is dragged: dnd-kit's defaults name the ids and say nothing of
 * positions, which means little to someone who cannot see the list.
 */
export function useReorderAnnouncements(
  ids: string[],
  products: ReadonlyMap<string, RecommendedProduct>,
): Announcements {
  const { formatMessage } = useIntl();
  const nameOf = (id: string | number) => products.get(String(id))?.title ?? String(id);
  const positionOf = (id: string | number) => ids.indexOf(String(id)) + 1;
  return {
    onDragStart: ({ active }) =>
      formatMessage(pluginMessage('sortable.picked', 'Picked up {name} at position {position}.'), {
        name: nameOf(active.id),
        position: positionOf(active.id),
      }),
    onDragOver: ({ active, over }) =>
      over
        ? formatMessage(pluginMessage('sortable.over', '{name} is over position {position}.'), {
            name: nameOf(active.id),
            position: positionOf(over.id),
          })
        : undefined,
    onDragEnd: ({ active, over }) =>
      formatMessage(pluginMessage('sortable.dropped', '{name} dropped at position {position}.'), {
        name: nameOf(active.id),
        position: over ? positionOf(over.id) : positionOf(active.id),
      }),
    onDragCancel: ({ active }) =>
      formatMessage(pluginMessage('sortable.cancelled', 'Moving {name} was cancelled.'), {
        name: nameOf(active.id),
      }),
  };
}
