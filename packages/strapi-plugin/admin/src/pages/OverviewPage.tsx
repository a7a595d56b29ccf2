import { Flex } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';

import type { EditorialList } from '../../../shared/contracts/editorial-lists';
import type { ListHealth } from '../../../shared/contracts/health';
import type { ModelStatus } from '../../../shared/contracts/model';
import type { ListPerformance } from '../../../shared/contracts/performance';
import { editorialListsApi } from '../api/editorialListsApi';
import { healthApi } from '../api/healthApi';
import { modelApi } from '../api/modelApi';
import { performanceApi } from '../api/performanceApi';
import { LoadError } from '../components/LoadError';
import { PluginPage } from '../components/PluginPage';
import { useRemoteData } from '../hooks/useRemoteData';
import { pluginMessage } from '../pluginMessage';
import { OverviewStats } from './overview/OverviewStats';
import { OverviewTable } from './overview/OverviewTable';

interface OverviewData {
  lists: ListHealth[];
  model: ModelStatus;
  editorial: EditorialList[];
  /** The 30-day performance, by list name (`editorial:<slug>` for editorial lists). */
  performance: Map<string, ListPerformance>;
}

/** Every list the shop can show, AI and editorial, with whether it serves, its size, its training and its CTR. */
export const OverviewPage = () => {
  const { formatMessage } = useIntl();
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
    content = (
      <Flex direction="column" alignItems="stretch" gap={6}>
        <OverviewStats lists={lists} model={model} performance={performance} />
        <OverviewTable
          lists={lists}
          editorial={editorial}
          trainedAt={model.current?.trainedAt ?? null}
          performance={performance}
        />
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
