import { Alert, Box, Flex, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';

import { healthApi } from '../api/healthApi';
import { modelApi } from '../api/modelApi';
import { EventsByType } from '../components/EventsByType';
import { ImportPanel } from '../components/ImportPanel';
import { LoadError } from '../components/LoadError';
import { Meter } from '../components/Meter';
import { ReadinessTable } from '../components/ReadinessTable';
import { Section } from '../components/Section';
import { TrainingHistory } from '../components/TrainingHistory';
import { TrainPanel } from '../components/TrainPanel';
import { usePluginPermissions } from '../hooks/usePluginPermissions';
import { useRemoteData } from '../hooks/useRemoteData';
import { pluginMessage } from '../pluginMessage';
import type { RemoteData } from '../hooks/useRemoteData';
import { PluginPage } from '../components/PluginPage';

const HEALTH_DAYS = 30;
/** Events older than this and the storefront has probably stopped sending them. */
const STALE_MS = 2 * 86_400_000;

/** Shows a section's loading, error or content. */
function loaded<T>(remote: RemoteData<T>, what: string, render: (data: T) => ReactNode): ReactNode {
  if (remote.data !== undefined) return render(remote.data);
  if (remote.error !== undefined)
    return <LoadError what={what} error={remote.error} onRetry={remote.reload} />;
  return <Page.Loading />;
}

/** The model and the data it learns from: training, data health, list readiness, history and imports. */
export const ModelPage = () => {
  const { formatMessage, formatNumber, formatDate } = useIntl();
  const { canTrain, canChangeSettings } = usePluginPermissions();
  const status = useRemoteData('model-status', (client, signal) => modelApi.status(client, signal));
  const health = useRemoteData('health', (client, signal) => healthApi.get(client, HEALTH_DAYS, signal));
  const history = useRemoteData('snapshots', (client, signal) => modelApi.snapshots(client, signal));
  const reloadAll = () => {
    status.reload();
    health.reload();
    history.reload();
  };
  const title = formatMessage(pluginMessage('model.title', 'Model and data'));

  return (
    <PluginPage
      title={title}
      subtitle={formatMessage(
        pluginMessage(
          'model.subtitle',
          'What the AI has learnt, from which shopper events, and what each list still needs.',
        ),
      )}
    >
      <Flex direction="column" alignItems="stretch" gap={6}>
        {loaded(status, formatMessage(pluginMessage('model.what.status', 'The model status')), (data) => (
          <TrainPanel status={data} canTrain={canTrain} reloadStatus={status.reload} onTrained={reloadAll} />
        ))}

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
          {loaded(health, formatMessage(pluginMessage('model.what.health', 'The data health')), (data) => {
            const { events, products } = data;
            const share = products.total === 0 ? 0 : (products.withSignal / products.total) * 100;
            const stale = events.latestAt !== null && Date.now() - Date.parse(events.latestAt) > STALE_MS;
            return (
              <Flex direction="column" alignItems="stretch" gap={5}>
                {events.latestAt === null ? (
                  <Alert
                    variant="default"
                    closeLabel={formatMessage(pluginMessage('common.close', 'Close'))}
                    title={formatMessage(pluginMessage('model.noEvents', 'No shopper events yet'))}
                  >
                    {formatMessage(
                      pluginMessage(
                        'model.noEventsHint',
                        'Add the tracking of the storefront components, or import past orders below.',
                      ),
                    )}
                  </Alert>
                ) : (
                  <Typography>
                    {formatMessage(
                      pluginMessage('model.eventsTotal', '{total} events stored; the latest on {latest}.'),
                      {
                        total: formatNumber(events.total),
                        latest: formatDate(events.latestAt, { dateStyle: 'medium', timeStyle: 'short' }),
                      },
                    )}
                  </Typography>
                )}
                {stale && (
                  <Alert
                    variant="warning"
                    closeLabel={formatMessage(pluginMessage('common.close', 'Close'))}
                    title={formatMessage(pluginMessage('model.staleTitle', 'No recent events'))}
                  >
                    {formatMessage(
                      pluginMessage(
                        'model.stale',
                        'Nothing arrived for more than two days: check that the storefront still sends its events.',
                      ),
                    )}
                  </Alert>
                )}
                {events.latestAt !== null && <EventsByType perDay={events.perDay} />}
                <Flex direction="column" alignItems="stretch" gap={2}>
                  <Typography fontWeight="semiBold">
                    {formatMessage(
                      pluginMessage(
                        'model.signal',
                        '{withSignal} of {total} products ({share} %) have shopper activity; {withoutSignal} have none yet.',
                      ),
                      {
                        withSignal: formatNumber(products.withSignal),
                        total: formatNumber(products.total),
                        withoutSignal: formatNumber(products.withoutSignal),
                        share: formatNumber(share, { maximumFractionDigits: 1 }),
                      },
                    )}
                  </Typography>
                  <Box maxWidth="60rem">
                    <Meter
                      value={share}
                      color="success500"
                      label={formatMessage(
                        pluginMessage('model.signalLabel', 'Share of products with shopper activity'),
                      )}
                    />
                  </Box>
                  <Typography variant="pi" textColor="neutral600">
                    {formatMessage(
                      pluginMessage(
                        'model.signalHint',
                        'Products without activity are still recommended by category, brand and tags (similar products) and as new arrivals.',
                      ),
                    )}
                  </Typography>
                </Flex>
              </Flex>
            );
          })}
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
          {loaded(health, formatMessage(pluginMessage('model.what.readiness', 'The readiness')), (data) => (
            <ReadinessTable lists={data.lists} />
          ))}
        </Section>

        <Section
          title={formatMessage(pluginMessage('model.history', 'Training history'))}
          hint={formatMessage(
            pluginMessage(
              'model.historyHint',
              'The hit rate is measured on the most recent 5 % of events, which the model did not see: the share of shoppers for whom picks for you held a product they went on to view or buy. Best sellers for everyone is the baseline to beat.',
            ),
          )}
        >
          {loaded(
            history,
            formatMessage(pluginMessage('model.what.history', 'The training history')),
            (records) =>
              records.length === 0 ? (
                <Typography textColor="neutral600">
                  {formatMessage(pluginMessage('model.noHistory', 'No training yet.'))}
                </Typography>
              ) : (
                <TrainingHistory records={records} />
              ),
          )}
        </Section>

        {canChangeSettings && (
          <Section title={formatMessage(pluginMessage('model.import', 'Import historical orders'))}>
            <ImportPanel onImported={() => health.reload()} />
          </Section>
        )}
      </Flex>
    </PluginPage>
  );
};
