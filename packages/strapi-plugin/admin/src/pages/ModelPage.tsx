import { Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { healthApi } from '../api/healthApi';
import { modelApi } from '../api/modelApi';
import { ImportPanel } from '../components/ImportPanel';
import { PluginPage } from '../components/PluginPage';
import { ReadinessTable } from '../components/ReadinessTable';
import { Section } from '../components/Section';
import { TrainPanel } from '../components/TrainPanel';
import { usePluginPermissions } from '../hooks/usePluginPermissions';
import { useRemoteData } from '../hooks/useRemoteData';
import { pluginMessage } from '../pluginMessage';
import { DataHealthSummary } from './model/DataHealthSummary';
import { RemoteContent } from './model/RemoteContent';
import { TrainingHistorySection } from './model/TrainingHistorySection';

const HEALTH_DAYS = 30;

/** The model and the data it learns from: training, data health, list readiness, history and imports. */
export const ModelPage = () => {
  const { formatMessage } = useIntl();
  const { canTrain, canChangeSettings } = usePluginPermissions();
  const status = useRemoteData('model-status', (client, signal) => modelApi.status(client, signal));
  const health = useRemoteData('health', (client, signal) => healthApi.get(client, HEALTH_DAYS, signal));
  const history = useRemoteData('snapshots', (client, signal) => modelApi.snapshots(client, signal));
  // A training changes the status, the readiness of the lists and the history at once.
  const reloadAll = () => {
    status.reload();
    health.reload();
    history.reload();
  };

  return (
    <PluginPage
      title={formatMessage(pluginMessage('model.title', 'Model and data'))}
      subtitle={formatMessage(
        pluginMessage(
          'model.subtitle',
          'What the AI has learnt, from which shopper events, and what each list still needs.',
        ),
      )}
    >
      <Flex direction="column" alignItems="stretch" gap={6}>
        <RemoteContent
          remote={status}
          what={formatMessage(pluginMessage('model.what.status', 'The model status'))}
        >
          {(data) => (
            <TrainPanel
              status={data}
              canTrain={canTrain}
              reloadStatus={status.reload}
              onTrained={reloadAll}
            />
          )}
        </RemoteContent>

        <Section
          title={formatMessage(pluginMessage('model.health', 'Data health'))}
          hint={formatMessage(
            pluginMessage(
              'model.healthHint',
              'Shopper events per day over the {days} days up to the latest one.',
            ),
            { days: HEALTH_DAYS },
          )}
        >
          <RemoteContent
            remote={health}
            what={formatMessage(pluginMessage('model.what.health', 'The data health'))}
          >
            {(data) => <DataHealthSummary health={data} />}
          </RemoteContent>
        </Section>

        <Section
          title={formatMessage(pluginMessage('model.readiness', 'Readiness of each list'))}
          hint={formatMessage(
            pluginMessage(
              'model.readinessHint',
              'A list that is not ready shows products from its fallback lists instead (best sellers, trending…).',
            ),
          )}
        >
          <RemoteContent
            remote={health}
            what={formatMessage(pluginMessage('model.what.readiness', 'The readiness'))}
          >
            {(data) => <ReadinessTable lists={data.lists} />}
          </RemoteContent>
        </Section>

        <TrainingHistorySection history={history} />

        {canChangeSettings && (
          <Section title={formatMessage(pluginMessage('model.import', 'Import historical orders'))}>
            <ImportPanel onImported={() => health.reload()} />
          </Section>
        )}
      </Flex>
    </PluginPage>
  );
};
