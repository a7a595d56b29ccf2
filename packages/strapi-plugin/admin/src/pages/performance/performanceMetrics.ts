import type { ListDay } from '../../../../shared/contracts/performance';
import { pluginMessage } from '../../pluginMessage';

export type Metric = 'impressions' | 'clicks' | 'ctr' | 'addToCartRate' | 'revenue';

export const METRICS: { metric: Metric; message: ReturnType<typeof pluginMessage> }[] = [
  { metric: 'impressions', message: pluginMessage('performance.metric.impressions', 'Impressions') },
  { metric: 'clicks', message: pluginMessage('performance.metric.clicks', 'Clicks') },
  { metric: 'ctr', message: pluginMessage('performance.metric.ctr', 'Click-through rate') },
  { metric: 'addToCartRate', message: pluginMessage('performance.metric.addToCartRate', 'Add-to-cart rate') },
  { metric: 'revenue', message: pluginMessage('performance.metric.revenue', 'Attributed revenue') },
];

/** A metric on one day; null where its denominator is zero (a rate of nothing). */
export function dayValue(day: ListDay, metric: Metric): number | null {
  switch (metric) {
    case 'ctr':
      return day.impressions > 0 ? day.clicks / day.impressions : null;
    case 'addToCartRate':
      return day.clicks > 0 ? day.addToCarts / day.clicks : null;
    default:
      return day[metric];
  }
}
