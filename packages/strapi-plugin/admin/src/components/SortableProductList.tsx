import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import type { Announcements, DragEndEvent } from '@dnd-kit/core';
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Box, Flex, IconButton, Typography } from '@strapi/design-system';
import { ArrowDown, ArrowUp, Drag, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { RecommendedProduct } from '../../../shared/contracts/lists';
import { pluginMessage } from '../pluginMessage';
import { ProductSummary } from './ProductSummary';

export interface SortableProductListProps {
  /** The ids in order; `products` gives what is known of each (an id gone from the catalog shows as such). */
  ids: string[];
  products: ReadonlyMap<string, RecommendedProduct>;
  onChange: (ids: string[]) => void;
  disabled?: boolean;
}

interface RowProps {
  id: string;
  index: number;
  count: number;
  product: RecommendedProduct | undefined;
  disabled: boolean;
  move: (from: number, to: number) => void;
  remove: () => void;
}

const Row = ({ id, index, count, product, disabled, move, remove }: RowProps) => {
  const { formatMessage } = useIntl();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id, disabled });
  const name = product?.title ?? id;
  return (
    <Box
      tag="li"
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      background={isDragging ? 'primary100' : 'neutral0'}
      borderColor="neutral200"
      borderStyle="solid"
      borderWidth="1px"
      hasRadius
      padding={2}
      marginBottom={2}
      position="relative"
      zIndex={isDragging ? 1 : undefined}
    >
      <Flex gap={3} justifyContent="space-between">
        <Flex gap={3} minWidth={0}>
          <IconButton
            ref={setActivatorNodeRef}
            variant="ghost"
            disabled={disabled}
            label={formatMessage(
              pluginMessage(
                'sortable.drag',
                'Drag {name} to reorder (Space to pick up, arrows to move, Space to drop)',
              ),
              { name },
            )}
            style={{ cursor: disabled ? undefined : 'grab', touchAction: 'none' }}
            {...attributes}
            {...listeners}
          >
            <Drag />
          </IconButton>
          <Typography variant="omega" fontWeight="bold" textColor="neutral600" style={{ minWidth: '2ch' }}>
            {index + 1}
          </Typography>
          {product ? (
            <ProductSummary product={product} />
          ) : (
            <Typography textColor="danger600">
              {formatMessage(pluginMessage('sortable.missing', '{id}: no longer in the catalog'), { id })}
            </Typography>
          )}
        </Flex>
        <Flex gap={1}>
          <IconButton
            variant="ghost"
            disabled={disabled || index === 0}
            onClick={() => move(index, index - 1)}
            label={formatMessage(pluginMessage('sortable.up', 'Move {name} up'), { name })}
          >
            <ArrowUp />
          </IconButton>
          <IconButton
            variant="ghost"
            disabled={disabled || index === count - 1}
            onClick={() => move(index, index + 1)}
            label={formatMessage(pluginMessage('sortable.down', 'Move {name} down'), { name })}
          >
            <ArrowDown />
          </IconButton>
          <IconButton
            variant="ghost"
            disabled={disabled}
            onClick={remove}
            label={formatMessage(pluginMessage('sortable.remove', 'Remove {name}'), { name })}
          >
            <Trash />
          </IconButton>
        </Flex>
      </Flex>
    </Box>
  );
};

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
  const nameOf = (id: string | number) => products.get(String(id))?.title ?? String(id);
  const positionOf = (id: string | number) => ids.indexOf(String(id)) + 1;
  const announcements: Announcements = {
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
            <Row
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
