import { Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ListPerformance } from '../../../../shared/contracts/performance';
import { DataTable } from '../../components/DataTable';
import { Section } from '../../components/Section';
import { pluginMessage } from '../../pluginMessage';
import { formatShare } from '../../utils/formatShare';
import { listLabel } from '../../utils/listLabel';

export interface PerformanceTableProps {
  days: 7 | 30;
  /** Most seen first. */
  seen: ListPerformance[];
  titles: ReadonlyMap<string, string>;
  money: (value: number) => string;
}

/** Every list's totals over the period. */
export const PerformanceTable = ({ days, seen, titles, money }: PerformanceTableProps) => {
  const { formatMessage, formatNumber } = useIntl();
  const headers = [
    pluginMessage('performance.column.list', 'List'),
    pluginMessage('performance.metric.impressions', 'Impressions'),
    pluginMessage('performance.metric.clicks', 'Clicks'),
    pluginMessage('performance.column.ctr', 'CTR'),
    pluginMessage('performance.metric.addToCartRate', 'Add-to-cart rate'),
    pluginMessage('performance.column.purchases', 'Purchases'),
    pluginMessage('performance.metric.revenue', 'Attributed revenue'),
  ];
  const cells = (list: ListPerformance) => [
    formatNumber(list.impressions),
    formatNumber(list.clicks),
    formatShare(list.ctr),
    formatShare(list.addToCartRate),
    formatNumber(list.purchases),
    money(list.revenue),
  ];
  return (
    <Section
      title={formatMessage(pluginMessage('performance.tableTitle', 'Per list, last {days} days'), {
        days,
      })}
      hint={formatMessage(
        pluginMessage(
          'performance.tableHint',
          'Add-to-cart rate and revenue count what a shopper added or bought within 7 days of clicking the product in the list.',
        ),
      )}
    >
      <DataTable headers={headers} rowCount={seen.length}>
        {seen.map((list) => (
          <Tr key={list.list}>
            <Td>
              <Typography fontWeight="semiBold">{listLabel(formatMessage, list.list, titles)}</Typography>
            </Td>
            {cells(list).map((cell, index) => (
              <Td key={headers[index + 1]?.id}>
                <Typography>{cell}</Typography>
              </Td>
            ))}
          </Tr>
        ))}
      </DataTable>
    </Section>
  );
};
