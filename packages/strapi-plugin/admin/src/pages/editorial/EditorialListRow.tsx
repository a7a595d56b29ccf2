import { Dialog, Flex, IconButton, Td, Tr, Typography } from '@strapi/design-system';
import { Pencil, Trash } from '@strapi/icons';
import { ConfirmDialog } from '@strapi/strapi/admin';
import type { MouseEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router-dom';

import type { EditorialList } from '../../../../shared/contracts/editorial-lists';
import { pluginMessage } from '../../pluginMessage';
import { EditorialStateBadge } from './EditorialStateBadge';
import { editorialState } from './editorialState';

export interface EditorialListRowProps {
  list: EditorialList;
  /** The schedule in words. */
  schedule: string;
  /** The last edit, formatted. */
  updated: string | null;
  /** Undefined for an admin who may not manage lists: no delete button. */
  onDelete?: (list: EditorialList) => void;
}

/** One editorial list in the index; the whole row opens the list. */
export const EditorialListRow = ({ list, schedule, updated, onDelete }: EditorialListRowProps) => {
  const { formatMessage } = useIntl();
  const navigate = useNavigate();
  return (
    <Tr onClick={() => navigate(String(list.id))} style={{ cursor: 'pointer' }}>
      <Td>
        <Flex direction="column" alignItems="flex-start">
          <Typography fontWeight="semiBold">{list.title}</Typography>
          <Typography variant="pi" textColor="neutral600">
            {list.slug}
          </Typography>
        </Flex>
      </Td>
      <Td>
        <EditorialStateBadge state={editorialState(list)} />
      </Td>
      <Td>
        <Typography>{schedule}</Typography>
      </Td>
      <Td>
        <Typography>{list.productIds.length}</Typography>
      </Td>
      <Td>
        <Typography>{updated}</Typography>
      </Td>
      <Td onClick={(event: MouseEvent) => event.stopPropagation()}>
        <Flex gap={1}>
          <IconButton
            tag={Link}
            to={String(list.id)}
            variant="ghost"
            label={formatMessage(pluginMessage('editorial.edit', 'Edit {title}'), {
              title: list.title,
            })}
          >
            <Pencil />
          </IconButton>
          {onDelete && (
            <Dialog.Root>
              <Dialog.Trigger>
                <IconButton
                  variant="ghost"
                  label={formatMessage(pluginMessage('editorial.delete', 'Delete {title}'), {
                    title: list.title,
                  })}
                >
                  <Trash />
                </IconButton>
              </Dialog.Trigger>
              <ConfirmDialog onConfirm={() => onDelete(list)}>
                {formatMessage(
                  pluginMessage(
                    'editorial.deleteConfirm',
                    'Delete “{title}”? Storefronts that show it will show nothing in its place.',
                  ),
                  { title: list.title },
                )}
              </ConfirmDialog>
            </Dialog.Root>
          )}
        </Flex>
      </Td>
    </Tr>
  );
};
