import { Grid } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';

import type { ListHealth } from '../../../../shared/contracts/health';
import type { ModelStatus } from '../../../../shared/contracts/model';
import type { ListPerformance } from '../../../../shared/contracts/performance';
import { pluginMessage } from '../../pluginMessage';
import { formatShare } from '../../utils/formatShare';
import { OverviewStat } from './OverviewStat';

export interface OverviewStatsProps {
  lists: ListHealth[];
  model: ModelStatus;
  performance: ReadonlyMap<string, ListPerformance>;
}

/** The model, how many AI lists are ready, and the click-through rate of every list together. */
export const OverviewStats = ({ lists, model, performance }: OverviewStatsProps) => {
  const { formatMessage, formatDate, formatNumber } = useIntl();
  const trainedAt = model.current?.trainedAt ?? null;
  const when = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  const ready = lists.filter((list) => list.status === 'ready').length;
  let impressions = 0;
  let clicks = 0;
  for (const entry of performance.values()) {
    impressions += entry.impressions;
    clicks += entry.clicks;
  }
  return (
    <Grid.Root gap={4}>
      <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
        <OverviewStat
          label={formatMessage(pluginMessage('overview.stat.model', 'Model'))}
          value={
            model.current === null
              ? formatMessage(pluginMessage('overview.noModel', 'Not trained yet'))
              : formatMessage(pluginMessage('overview.version', 'Version {version}'), {
                  version: model.current.version,
                })
          }
          hint={
            trainedAt === null ? (
              <Link to="model">
                {formatMessage(pluginMessage('overview.trainHint', 'Train it on the Model and data page'))}
              </Link>
            ) : (
              formatMessage(pluginMessage('overview.trainedAt', 'Trained {when}'), {
                when: when(trainedAt),
              })
            )
          }
        />
      </Grid.Item>
      <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
        <OverviewStat
          label={formatMessage(pluginMessage('overview.stat.ready', 'AI lists ready'))}
          value={formatMessage(pluginMessage('overview.readyCount', '{ready} of {total}'), {
            ready,
            total: lists.length,
          })}
          hint={formatMessage(pluginMessage('overview.events', '{count} shopper events stored'), {
            count: formatNumber(model.events),
          })}
        />
      </Grid.Item>
      <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
        <OverviewStat
          label={formatMessage(pluginMessage('overview.stat.ctr', 'Click-through rate, last 30 days'))}
          value={formatShare(impressions > 0 ? clicks / impressions : null)}
          hint={formatMessage(
            pluginMessage('overview.clicks', '{clicks} clicks on {impressions} impressions'),
            {
              clicks: formatNumber(clicks),
              impressions: formatNumber(impressions),
            },
          )}
        />
      </Grid.Item>
    </Grid.Root>
  );
};
