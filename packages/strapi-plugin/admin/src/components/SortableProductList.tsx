import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import type { DragEndEvent } from '@dnd-kit/core';
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { Box } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { RecommendedProduct } from '../../../shared/contracts/lists';
import { pluginMessage } from '../pluginMessage';
import { SortableProductRow } from './sortable/SortableProductRow';
import { useReorderAnnouncements } from './sortable/useReorderAnnouncements';

export interface SortableProductListProps {
  /** The ids in order; `products` gives what is known of each (an id gone from the catalog shows as such). */
  ids: string[];
  products: ReadonlyMap<string, RecommendedProduct>;
  onChange: (ids: string[]) => void;
  disabled?: boolean;
}

/**
 * An ordered list of products, reordered with the mouse (drag the handle), the keyboard (Space on the handle,
 * arrows, Space) or the move buttons: dnd-kit, as Strapi's own content manager uses it.
 */
export const SortableProductList = ({
  ids,
  products,
  onChange,
  disabled = false,
}: SortableProductListProps) => {
  const { formatMessage } = useIntl();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const announcements = useReorderAnnouncements(ids, products);
  const move = (from: number, to: number) => onChange(arrayMove(ids, from, to));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) move(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <Box
          tag="ol"
          aria-label={formatMessage(
            pluginMessage('sortable.label', 'Products in the order shoppers see them'),
          )}
        >
          {ids.map((id, index) => (
            <SortableProductRow
              key={id}
              id={id}
              index={index}
              count={ids.length}
              product={products.get(id)}
              disabled={disabled}
              move={move}
              remove={() => onChange(ids.filter((other) => other !== id))}
            />
          ))}
        </Box>
      </SortableContext>
    </DndContext>
  );
};
