import { Flex, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { TrainingRecord } from '../../../shared/contracts/snapshots';
import { pluginMessage } from '../pluginMessage';
import { formatDuration } from '../utils/formatDuration';
import { formatShare } from '../utils/formatShare';
import { StatusBadge } from './StatusBadge';
import { DataTable } from './DataTable';

/**
 * The kept trainings, newest first: when, how long, what the model learnt from, and its offline quality (the hit
 * rate of picks-for-you on the most recent events it did not see, and of frequently bought together on the most
 * recent orders, each against best sellers).
 */
export const TrainingHistory = ({ records }: { records: TrainingRecord[] }) => {
  const { formatMessage, formatNumber, formatDate } = useIntl();
  const headers = [
    pluginMessage('history.column.model', 'Model'),
    pluginMessage('history.column.trainedAt', 'Trained'),
    pluginMessage('history.column.duration', 'Took'),
    pluginMessage('history.column.data', 'Learnt from'),
    pluginMessage('history.column.quality', 'Picks for you (best sellers)'),
    pluginMessage('history.column.basketQuality', 'Bought together (best sellers)'),
  ];
  return (
    <DataTable headers={headers} rowCount={records.length}>
      {records.map((record) => {
        const hitRate = record.metrics?.hitRate ?? {};
        const picks = hitRate['picks-for-you'];
        const baseline = hitRate['best-selling'];
        const baskets = record.metrics?.baskets;
        return (
          <Tr key={record.id}>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography fontWeight="semiBold">
                  {record.status === 'ready'
                    ? formatMessage(pluginMessage('history.version', 'Version {version}'), {
                        version: record.version,
                      })
                    : formatMessage(pluginMessage('history.failed', 'Failed training'))}
                </Typography>
                {record.serving && (
                  <StatusBadge variant="success">
                    {formatMessage(pluginMessage('history.serving', 'Serving now'))}
                  </StatusBadge>
                )}
              </Flex>
            </Td>
            <Td>
              <Typography>
                {formatDate(record.trainedAt, { dateStyle: 'medium', timeStyle: 'short' })}
              </Typography>
            </Td>
            <Td>
              <Typography>{formatDuration(record.durationMs)}</Typography>
            </Td>
            <Td style={{ whiteSpace: 'normal' }}>
              {record.status === 'ready' ? (
                <Typography>
                  {formatMessage(
                    pluginMessage(
                      'history.data',
                      '{events} events of {shoppers} shoppers, {orders} orders, {products} products',
                    ),
                    {
                      events: formatNumber(record.interactions),
                      shoppers: formatNumber(record.users),
                      orders: formatNumber(record.orders),
                      products: formatNumber(record.products),
                    },
                  )}
                </Typography>
              ) : (
                <Typography textColor="danger600">{record.error}</Typography>
              )}
            </Td>
            <Td>
              {record.status === 'failed' ? (
                <Typography textColor="neutral600">–</Typography>
              ) : picks === undefined ? (
                <Typography textColor="neutral600">
                  {formatMessage(pluginMessage('history.noMetrics', 'Too few events to measure'))}
                </Typography>
              ) : (
                <Typography>
                  {formatMessage(pluginMessage('history.quality', '{picks} ({baseline})'), {
                    picks: formatShare(picks),
                    baseline: formatShare(baseline ?? null),
                  })}
                </Typography>
              )}
            </Td>
            <Td>
              {record.status === 'failed' || baskets === undefined ? (
                <Typography textColor="neutral600">–</Typography>
              ) : baskets === null ? (
                <Typography textColor="neutral600">
                  {formatMessage(pluginMessage('history.noOrders', 'No recent orders of two products'))}
                </Typography>
              ) : (
                <Typography>
                  {formatMessage(
                    pluginMessage('history.basketQuality', '{together} ({baseline}), {orders} orders'),
                    {
                      together: formatShare(baskets.hitRate['frequently-bought-together'] ?? null),
                      baseline: formatShare(baskets.hitRate['best-selling'] ?? null),
                      orders: formatNumber(baskets.orders),
                    },
                  )}
                </Typography>
              )}
            </Td>
          </Tr>
        );
      })}
    </DataTable>
  );
};
