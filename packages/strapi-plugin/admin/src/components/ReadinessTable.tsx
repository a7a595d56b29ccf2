import { Flex, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ListHealth } from '../../../shared/contracts/health';
import { pluginMessage } from '../pluginMessage';
import { formatItems } from '../utils/formatItems';
import { listLabel } from '../utils/listLabel';
import { requirementText } from '../utils/requirementText';
import { ListStatusBadge } from './ListStatusBadge';
import { Meter } from './Meter';
import { DataTable } from './DataTable';

/** How ready each AI list is, as a percentage, and what it still misses in words. */
export const ReadinessTable = ({ lists }: { lists: ListHealth[] }) => {
  const { formatMessage, formatNumber } = useIntl();
  const headers = [
    pluginMessage('readiness.column.list', 'List'),
    pluginMessage('readiness.column.status', 'Status'),
    pluginMessage('readiness.column.readiness', 'Readiness'),
    pluginMessage('readiness.column.missing', 'What is missing'),
  ];
  return (
    <DataTable headers={headers} rowCount={lists.length}>
      {lists.map((list) => {
        const name = listLabel(formatMessage, list.list);
        const percent = Math.round(list.readiness * 100);
        const missing = list.requirements.filter((requirement) => requirement.have < requirement.need);
        return (
          <Tr key={list.list}>
            <Td>
              <Flex direction="column" alignItems="flex-start">
                <Typography fontWeight="semiBold">{name}</Typography>
                <Typography variant="pi" textColor="neutral600">
                  {formatMessage(pluginMessage('readiness.items', '{count} products to draw from'), {
                    count: formatItems(formatNumber, list.list, list.items),
                  })}
                </Typography>
              </Flex>
            </Td>
            <Td>
              <ListStatusBadge status={list.status} />
            </Td>
            <Td>
              <Flex gap={2}>
                <Meter
                  value={percent}
                  width="10rem"
                  color={
                    list.status === 'ready'
                      ? 'success500'
                      : list.status === 'disabled'
                        ? 'danger500'
                        : 'warning500'
                  }
                  label={formatMessage(pluginMessage('readiness.label', '{name} readiness'), { name })}
                />
                <Typography>{`${percent} %`}</Typography>
              </Flex>
            </Td>
            <Td style={{ whiteSpace: 'normal' }}>
              {missing.length === 0 ? (
                <Typography textColor="neutral600">
                  {formatMessage(pluginMessage('readiness.nothing', 'Nothing'))}
                </Typography>
              ) : (
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  {missing.map((requirement) => (
                    <Typography key={requirement.kind}>
                      {requirementText(formatMessage, requirement)}
                    </Typography>
                  ))}
                </Flex>
              )}
            </Td>
          </Tr>
        );
      })}
    </DataTable>
  );
};
