import {
  EmptyStateLayout,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Tabs,
  Td,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';

import type { ListDay, ListPerformance } from '../../../shared/contracts/performance';
import { editorialListsApi } from '../api/editorialListsApi';
import { performanceApi } from '../api/performanceApi';
import { LineChart } from '../components/LineChart';
import { LoadError } from '../components/LoadError';
import { Section } from '../components/Section';
import { useRemoteData } from '../hooks/useRemoteData';
import { pluginMessage } from '../pluginMessage';
import { formatShare } from '../utils/formatShare';
import { listLabel } from '../utils/listLabel';
import { DataTable } from '../components/DataTable';
import { PluginPage } from '../components/PluginPage';

type Metric = 'impressions' | 'clicks' | 'ctr' | 'addToCartRate' | 'revenue';

const METRICS: { metric: Metric; message: ReturnType<typeof pluginMessage> }[] = [
  { metric: 'impressions', message: pluginMessage('performance.metric.impressions', 'Impressions') },
  { metric: 'clicks', message: pluginMessage('performance.metric.clicks', 'Clicks') },
  { metric: 'ctr', message: pluginMessage('performance.metric.ctr', 'Click-through rate') },
  { metric: 'addToCartRate', message: pluginMessage('performance.metric.addToCartRate', 'Add-to-cart rate') },
  { metric: 'revenue', message: pluginMessage('performance.metric.revenue', 'Attributed revenue') },
];

/** Lists drawn in the chart: the most seen ones, so that the lines stay readable. */
const CHART_LISTS = 6;

function dayValue(day: ListDay, metric: Metric): number | null {
  switch (metric) {
    case 'ctr':
      return day.impressions > 0 ? day.clicks / day.impressions : null;
    case 'addToCartRate':
      return day.clicks > 0 ? day.addToCarts / day.clicks : null;
    default:
      return day[metric];
  }
}

/** How each list does with shoppers over 7 or 30 days: a chart per day and a table per list. */
export const PerformancePage = () => {
  const { formatMessage, formatNumber, formatDate } = useIntl();
  const [days, setDays] = useState<7 | 30>(30);
  const [metric, setMetric] = useState<Metric>('ctr');
  const data = useRemoteData(`performance:${days}`, async (client, signal) => {
    const [summary, daily, editorial] = await Promise.all([
      performanceApi.summary(client, signal),
      performanceApi.daily(client, days, signal),
      editorialListsApi.find(client, signal),
    ]);
    return {
      lists: summary.find((window) => window.days === days)?.lists ?? [],
      daily,
      titles: new Map(editorial.map((list) => [list.slug, list.title])),
    };
  });
  const title = formatMessage(pluginMessage('performance.title', 'Performance'));
  const money = (value: number) =>
    formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const format = (value: number) =>
    metric === 'ctr' || metric === 'addToCartRate'
      ? formatShare(value)
      : metric === 'revenue'
        ? money(value)
        : formatNumber(Math.round(value));
  const metricName = formatMessage(
    METRICS.find((entry) => entry.metric === metric)?.message ?? METRICS[0]!.message,
  );

  let content: ReactNode;
  if (data.data === undefined && data.error === undefined) {
    content = <Page.Loading />;
  } else if (data.data === undefined) {
    content = (
      <LoadError
        what={formatMessage(pluginMessage('performance.what', 'The performance'))}
        error={data.error}
        onRetry={data.reload}
      />
    );
  } else {
    const { lists, daily, titles } = data.data;
    const seen = [...lists].sort((a, b) => b.impressions - a.impressions);
    if (seen.every((list) => list.impressions === 0 && list.clicks === 0)) {
      content = (
        <EmptyStateLayout
          content={formatMessage(
            pluginMessage(
              'performance.empty',
              'No list was shown to shoppers in the last {days} days. The storefront components report what they show and what is clicked; lists served without them are not counted.',
            ),
            { days },
          )}
        />
      );
    } else {
      const byList = new Map(daily.lists.map((entry) => [entry.list, entry.perDay]));
      const series = seen.slice(0, CHART_LISTS).map((list) => ({
        name: listLabel(formatMessage, list.list, titles),
        values: (byList.get(list.list) ?? []).map((day) => dayValue(day, metric)),
      }));
      const dayLabel = (day: string) =>
        formatDate(`${day}T00:00:00Z`, { month: 'short', day: 'numeric', timeZone: 'UTC' });
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
      content = (
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Section
            title={formatMessage(pluginMessage('performance.chartTitle', '{metric} per day'), {
              metric: metricName,
            })}
            hint={
              seen.length > CHART_LISTS
                ? formatMessage(
                    pluginMessage(
                      'performance.chartHint',
                      'The {count} lists shown most; every list is in the table.',
                    ),
                    { count: CHART_LISTS },
                  )
                : undefined
            }
          >
            <Field.Root name="metric" maxWidth="28rem">
              <Field.Label>{formatMessage(pluginMessage('performance.metricLabel', 'Show'))}</Field.Label>
              <SingleSelect value={metric} onChange={(value) => setMetric(value as Metric)}>
                {METRICS.map((entry) => (
                  <SingleSelectOption key={entry.metric} value={entry.metric}>
                    {formatMessage(entry.message)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            <LineChart
              label={formatMessage(pluginMessage('performance.chartLabel', '{metric} per day and list'), {
                metric: metricName,
              })}
              days={daily.dayList}
              series={series}
              formatValue={format}
              formatDay={dayLabel}
            />
          </Section>
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
                    <Typography fontWeight="semiBold">
                      {listLabel(formatMessage, list.list, titles)}
                    </Typography>
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
        </Flex>
      );
    }
  }

  return (
    <PluginPage
      title={title}
      subtitle={formatMessage(
        pluginMessage(
          'performance.subtitle',
          'What shoppers saw in each list, what they clicked, and what they added to the cart or bought after the click.',
        ),
      )}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Tabs.Root value={String(days)} onValueChange={(value) => setDays(value === '7' ? 7 : 30)}>
          <Tabs.List aria-label={formatMessage(pluginMessage('performance.window', 'Period'))}>
            <Tabs.Trigger value="7">
              {formatMessage(pluginMessage('performance.days7', 'Last 7 days'))}
            </Tabs.Trigger>
            <Tabs.Trigger value="30">
              {formatMessage(pluginMessage('performance.days30', 'Last 30 days'))}
            </Tabs.Trigger>
          </Tabs.List>
        </Tabs.Root>
        {content}
      </Flex>
    </PluginPage>
  );
};
