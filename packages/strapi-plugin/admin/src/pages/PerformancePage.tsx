import { EmptyStateLayout, Flex, Tabs } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';

import { editorialListsApi } from '../api/editorialListsApi';
import { performanceApi } from '../api/performanceApi';
import { LoadError } from '../components/LoadError';
import { PluginPage } from '../components/PluginPage';
import { useRemoteData } from '../hooks/useRemoteData';
import { pluginMessage } from '../pluginMessage';
import { formatShare } from '../utils/formatShare';
import { listLabel } from '../utils/listLabel';
import { PerformanceChart } from './performance/PerformanceChart';
import type { Metric } from './performance/performanceMetrics';
import { METRICS, dayValue } from './performance/performanceMetrics';
import { PerformanceTable } from './performance/PerformanceTable';
import { PlacementFigures } from './performance/PlacementFigures';

/** Lists drawn in the chart: the most seen ones, so that the lines stay readable. */
const CHART_LISTS = 6;

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
      content = (
        <Flex direction="column" alignItems="stretch" gap={6}>
          <PerformanceChart
            metric={metric}
            onMetricChange={setMetric}
            metricName={metricName}
            dayList={daily.dayList}
            series={series}
            listCount={seen.length}
            chartLists={CHART_LISTS}
            format={format}
            dayLabel={dayLabel}
          />
          <PerformanceTable days={days} seen={seen} titles={titles} money={money} />
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
        <PlacementFigures days={days} />
      </Flex>
    </PluginPage>
  );
};
