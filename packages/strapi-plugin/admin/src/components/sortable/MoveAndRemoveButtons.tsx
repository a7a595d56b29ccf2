import { Flex, IconButton } from '@strapi/design-system';
import { ArrowDown, ArrowUp, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../../pluginMessage';

export interface MoveAndRemoveButtonsProps {
  /** The product's title (or its id), for the buttons' labels. */
  name: string;
  isFirst: boolean;
  isLast: boolean;
  disabled: boolean;
  moveUp: () => void;
  moveDown: () => void;
  remove: () => void;
}

/** Up, down and remove: the way to reorder for those who neither drag nor use the handle's keyboard mode. */
export const MoveAndRemoveButtons = ({
  name,
  isFirst,
  isLast,
  disabled,
  moveUp,
  moveDown,
  remove,
}: MoveAndRemoveButtonsProps) => {
  const { formatMessage } = useIntl();
  return (
    <Flex gap={1}>
      <IconButton
        variant="ghost"
        disabled={disabled || isFirst}
        onClick={moveUp}
        label={formatMessage(pluginMessage('sortable.up', 'Move {name} up'), { name })}
      >
        <ArrowUp />
      </IconButton>
      <IconButton
        variant="ghost"
        disabled={disabled || isLast}
        onClick={moveDown}
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
  );
};
