import { Flex, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { EditorialList } from '../../../../shared/contracts/editorial-lists';
import type { ListPerformance } from '../../../../shared/contracts/performance';
import { pluginMessage } from '../../pluginMessage';
import { EditorialStateBadge } from '../editorial/EditorialStateBadge';
import { editorialState } from '../editorial/editorialState';
import { CtrCell } from './CtrCell';

/** An editorial list in the overview: whether shoppers see it, its size, when it was edited and its CTR. */
export const EditorialListRow = ({
  list,
  performance,
}: {
  list: EditorialList;
  performance: ListPerformance | undefined;
}) => {
  const { formatMessage, formatNumber, formatDate } = useIntl();
  const when = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Tr>
      <Td>
        <Flex direction="column" alignItems="flex-start">
          <Typography fontWeight="semiBold">{list.title}</Typography>
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(pluginMessage('overview.kind.editorial', 'Editorial list'))}
          </Typography>
        </Flex>
      </Td>
      <Td>
        <EditorialStateBadge state={editorialState(list)} />
      </Td>
      <Td>
        <Typography>{formatNumber(list.productIds.length)}</Typography>
      </Td>
      <Td>
        <Typography textColor="neutral600">
          {formatMessage(pluginMessage('overview.handPicked', 'Picked by hand, edited {when}'), {
            when: when(list.updatedAt),
          })}
        </Typography>
      </Td>
      <Td>
        <CtrCell entry={performance} />
      </Td>
    </Tr>
  );
};
