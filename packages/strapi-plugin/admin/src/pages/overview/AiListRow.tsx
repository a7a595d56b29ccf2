import { Flex, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ListHealth } from '../../../../shared/contracts/health';
import type { ListPerformance } from '../../../../shared/contracts/performance';
import { ListStatusBadge } from '../../components/ListStatusBadge';
import { pluginMessage } from '../../pluginMessage';
import { formatItems } from '../../utils/formatItems';
import { listLabel } from '../../utils/listLabel';
import { requirementText } from '../../utils/requirementText';
import { CtrCell } from './CtrCell';

export interface AiListRowProps {
  list: ListHealth;
  /** When the serving model was trained; null before the first training. */
  trainedAt: string | null;
  performance: ListPerformance | undefined;
}

/** An AI list in the overview: its status and first missing requirement, its size, its training and its CTR. */
export const AiListRow = ({ list, trainedAt, performance }: AiListRowProps) => {
  const { formatMessage, formatNumber, formatDate } = useIntl();
  const when = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  const missing = list.requirements.filter((requirement) => requirement.have < requirement.need);
  return (
    <Tr>
      <Td>
        <Flex direction="column" alignItems="flex-start">
          <Typography fontWeight="semiBold">{listLabel(formatMessage, list.list)}</Typography>
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(pluginMessage('overview.kind.ai', 'AI list'))}
          </Typography>
        </Flex>
      </Td>
      <Td>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <ListStatusBadge status={list.status} />
          {missing[0] !== undefined && (
            <Typography variant="pi" textColor="neutral600">
              {formatMessage(pluginMessage('overview.missing', 'Missing: {what}'), {
                what: requirementText(formatMessage, missing[0]),
              })}
            </Typography>
          )}
        </Flex>
      </Td>
      <Td>
        <Typography>{formatItems(formatNumber, list.list, list.items)}</Typography>
      </Td>
      <Td>
        <Typography>
          {trainedAt === null ? formatMessage(pluginMessage('overview.never', 'Never')) : when(trainedAt)}
        </Typography>
      </Td>
      <Td>
        <CtrCell entry={performance} />
      </Td>
    </Tr>
  );
};
