import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Box, Flex, IconButton, Typography } from '@strapi/design-system';
import { Drag } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { RecommendedProduct } from '../../../../shared/contracts/lists';
import { pluginMessage } from '../../pluginMessage';
import { ProductSummary } from '../ProductSummary';
import { MoveAndRemoveButtons } from './MoveAndRemoveButtons';

export interface SortableProductRowProps {
  id: string;
  index: number;
  count: number;
  /** Undefined when the product has left the catalog since it was put in the list. */
  product: RecommendedProduct | undefined;
  disabled: boolean;
  move: (from: number, to: number) => void;
  remove: () => void;
}

/** One product of the list: its drag handle, its position, what it is, and its buttons. */
export const SortableProductRow = ({
  id,
  index,
  count,
  product,
  disabled,
  move,
  remove,
}: SortableProductRowProps) => {
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
          {/* Only the handle starts a drag, so that the row's buttons stay clickable. */}
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
        <MoveAndRemoveButtons
          name={name}
          isFirst={index === 0}
          isLast={index === count - 1}
          disabled={disabled}
          moveUp={() => move(index, index - 1)}
          moveDown={() => move(index, index + 1)}
          remove={remove}
        />
      </Flex>
    </Box>
  );
};
