import { Box, Flex, Grid, Td, Tr, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';

import type { EditorialList } from '../../../shared/contracts/editorial-lists';
import type { ListHealth } from '../../../shared/contracts/health';
import type { ModelStatus } from '../../../shared/contracts/model';
import type { ListPerformance } from '../../../shared/contracts/performance';
import { editorialListsApi } from '../api/editorialListsApi';
import { healthApi } from '../api/healthApi';
import { modelApi } from '../api/modelApi';
import { performanceApi } from '../api/performanceApi';
import { ListStatusBadge } from '../components/ListStatusBadge';
import { LoadError } from '../components/LoadError';
import { useRemoteData } from '../hooks/useRemoteData';
import { pluginMessage } from '../pluginMessage';
import { formatItems } from '../utils/formatItems';
import { formatShare } from '../utils/formatShare';
import { listLabel } from '../utils/listLabel';
import { requirementText } from '../utils/requirementText';
import { EditorialStateBadge } from './editorial/EditorialStateBadge';
import { editorialState } from './editorial/editorialState';
import { DataTable } from '../components/DataTable';
import { PluginPage } from '../components/PluginPage';

interface OverviewData {
  lists: ListHealth[];
  model: ModelStatus;
  editorial: EditorialList[];
  /** The 30-day performance, by list name (`editorial:<slug>` for editorial lists). */
  performance: Map<string, ListPerformance>;
}

const Stat = ({ label, value, hint }: { label: string; value: ReactNode; hint?: ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} height="100%">
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography variant="sigma" textColor="neutral600">
        {label}
      </Typography>
      <Typography variant="beta" tag="p">
        {value}
      </Typography>
      {hint !== undefined && (
        <Typography variant="pi" textColor="neutral600">
          {hint}
        </Typography>
      )}
    </Flex>
  </Box>
);

/** Every list the shop can show, AI and editorial, with whether it serves, its size, its training and its CTR. */
export const OverviewPage = () => {
  const { formatMessage, formatDate, formatNumber } = useIntl();
  const overview = useRemoteData<OverviewData>('overview', async (client, signal) => {
    const [health, model, editorial, performance] = await Promise.all([
      healthApi.get(client, 7, signal),
      modelApi.status(client, signal),
      editorialListsApi.find(client, signal),
      performanceApi.summary(client, signal),
    ]);
    const month = performance.find((window) => window.days === 30)?.lists ?? [];
    return {
      lists: health.lists,
      model,
      editorial,
      performance: new Map(month.map((entry) => [entry.list, entry])),
    };
  });
  const title = formatMessage(pluginMessage('overview.title', 'Overview'));

  let content: ReactNode;
  if (overview.isLoading && overview.data === undefined) {
    content = <Page.Loading />;
  } else if (overview.error !== undefined || overview.data === undefined) {
    content = (
      <LoadError
        what={formatMessage(pluginMessage('overview.what', 'The overview'))}
        error={overview.error}
        onRetry={overview.reload}
      />
    );
  } else {
    const { lists, model, editorial, performance } = overview.data;
    const trainedAt = model.current?.trainedAt ?? null;
    const when = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
    const ready = lists.filter((list) => list.status === 'ready').length;
    let impressions = 0;
    let clicks = 0;
    for (const entry of performance.values()) {
      impressions += entry.impressions;
      clicks += entry.clicks;
    }
    const ctrCell = (list: string) => {
      const entry = performance.get(list);
      return entry === undefined || entry.ctr === null ? (
        <Typography textColor="neutral500">
          {formatMessage(pluginMessage('overview.noImpressions', 'No impressions yet'))}
        </Typography>
      ) : (
        <Flex direction="column" alignItems="flex-start">
          <Typography>{formatShare(entry.ctr)}</Typography>
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(pluginMessage('overview.impressions', '{count} impressions'), {
              count: formatNumber(entry.impressions),
            })}
          </Typography>
        </Flex>
      );
    };
    const headers = [
      pluginMessage('overview.column.list', 'List'),
      pluginMessage('overview.column.status', 'Status'),
      pluginMessage('overview.column.items', 'Products'),
      pluginMessage('overview.column.training', 'Last training'),
      pluginMessage('overview.column.ctr', 'CTR, last 30 days'),
    ];
    content = (
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Grid.Root gap={4}>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <Stat
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
                    {formatMessage(
                      pluginMessage('overview.trainHint', 'Train it on the Model and data page'),
                    )}
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
            <Stat
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
            <Stat
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
        <DataTable headers={headers} rowCount={lists.length + editorial.length}>
          {lists.map((list) => {
            const missing = list.requirements.filter((requirement) => requirement.have < requirement.need);
            return (
              <Tr key={list.list}>
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
                    {trainedAt === null
                      ? formatMessage(pluginMessage('overview.never', 'Never'))
                      : when(trainedAt)}
                  </Typography>
                </Td>
                <Td>{ctrCell(list.list)}</Td>
              </Tr>
            );
          })}
          {editorial.map((list) => (
            <Tr key={`editorial:${list.slug}`}>
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
              <Td>{ctrCell(`editorial:${list.slug}`)}</Td>
            </Tr>
          ))}
        </DataTable>
      </Flex>
    );
  }

  return (
    <PluginPage
      title={title}
      subtitle={formatMessage(
        pluginMessage(
          'overview.subtitle',
          'Every list your storefront can show: whether it is ready, how many products it holds and how shoppers respond.',
        ),
      )}
    >
      {content}
    </PluginPage>
  );
};
