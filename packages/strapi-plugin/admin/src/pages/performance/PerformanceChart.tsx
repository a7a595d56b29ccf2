import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { LineChart } from '../../components/LineChart';
import { Section } from '../../components/Section';
import { pluginMessage } from '../../pluginMessage';
import type { Metric } from './performanceMetrics';
import { METRICS } from './performanceMetrics';

export interface PerformanceChartProps {
  metric: Metric;
  onMetricChange: (metric: Metric) => void;
  metricName: string;
  dayList: string[];
  series: { name: string; values: (number | null)[] }[];
  /** Lists with impressions; more than `chartLists` says the chart leaves some out. */
  listCount: number;
  chartLists: number;
  format: (value: number) => string;
  dayLabel: (day: string) => string;
}

/** One metric per day for the lists shown most, with a choice of metric. */
export const PerformanceChart = ({
  metric,
  onMetricChange,
  metricName,
  dayList,
  series,
  listCount,
  chartLists,
  format,
  dayLabel,
}: PerformanceChartProps) => {
  const { formatMessage } = useIntl();
  return (
    <Section
      title={formatMessage(pluginMessage('performance.chartTitle', '{metric} per day'), {
        metric: metricName,
      })}
      hint={
        listCount > chartLists
          ? formatMessage(
              pluginMessage(
                'performance.chartHint',
                'The {count} lists shown most; every list is in the table.',
              ),
              { count: chartLists },
            )
          : undefined
      }
    >
      <Field.Root name="metric" maxWidth="28rem">
        <Field.Label>{formatMessage(pluginMessage('performance.metricLabel', 'Show'))}</Field.Label>
        <SingleSelect value={metric} onChange={(value) => onMetricChange(value as Metric)}>
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
        days={dayList}
        series={series}
        formatValue={format}
        formatDay={dayLabel}
      />
    </Section>
  );
};
