import { Alert, Box, Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { isFetchError, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';

import type { ModelStatus } from '../../../shared/contracts/model';
import { modelApi } from '../api/modelApi';
import { useInterval } from '../hooks/useInterval';
import { pluginMessage } from '../pluginMessage';
import { errorMessage } from '../utils/errorMessage';
import { formatDuration } from '../utils/formatDuration';
import { Meter } from './Meter';

export interface TrainPanelProps {
  status: ModelStatus;
  canTrain: boolean;
  /** Loads the model status again (polled while a training runs). */
  reloadStatus: () => void;
  /** A training ended: whatever shows the model or its history loads again. */
  onTrained: () => void;
}

/**
 * The serving model and "train now". The server answers the training request when the training ends, so the
 * progress is the time so far against the last training's duration, and the model status is polled meanwhile
 * (a scheduled training shows the same way).
 */
export const TrainPanel = ({ status, canTrain, reloadStatus, onTrained }: TrainPanelProps) => {
  const { formatMessage, formatDate, formatNumber } = useIntl();
  const client = useFetchClient();
  const { toggleNotification } = useNotification();
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const running = startedAt !== null || status.training === 'running';
  useInterval(() => setNow(Date.now()), 1000, running);
  useInterval(reloadStatus, 2000, running);

  const train = async () => {
    const started = Date.now();
    setStartedAt(started);
    setNow(started);
    try {
      const summary = await modelApi.train(client);
      toggleNotification({
        type: 'success',
        message: formatMessage(
          pluginMessage('train.done', 'Version {version} is trained and serving (took {duration}).'),
          { version: summary.version, duration: formatDuration(summary.durationMs) },
        ),
      });
    } catch (error) {
      const busy = isFetchError(error) && error.status === 409;
      toggleNotification({
        type: busy ? 'info' : 'danger',
        message: busy
          ? formatMessage(
              pluginMessage('train.busy', 'A training is running already: its progress shows below.'),
            )
          : errorMessage(error),
      });
    } finally {
      setStartedAt(null);
      onTrained();
    }
  };

  const current = status.current;
  const elapsed = now - (startedAt ?? now);
  const expected = current?.durationMs ?? 0;
  // Without a previous training there is nothing to compare with: the bar then only says "busy".
  const progress = expected > 0 ? Math.min(95, Math.round((elapsed / expected) * 100)) : undefined;

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={4}>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography variant="delta" tag="h2">
              {current === null
                ? formatMessage(pluginMessage('train.noModel', 'No model yet'))
                : formatMessage(pluginMessage('train.serving', 'Version {version} is serving'), {
                    version: current.version,
                  })}
            </Typography>
            <Typography textColor="neutral600">
              {current === null
                ? formatMessage(
                    pluginMessage(
                      'train.noModelHint',
                      'Train a model to let the AI lists recommend products. {events} shopper events are stored.',
                    ),
                    { events: formatNumber(status.events) },
                  )
                : formatMessage(
                    pluginMessage(
                      'train.servingHint',
                      'Trained {when} in {duration}. {events} shopper events are stored now.',
                    ),
                    {
                      when: formatDate(current.trainedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                      duration: formatDuration(current.durationMs),
                      events: formatNumber(status.events),
                    },
                  )}
            </Typography>
          </Flex>
          {canTrain && (
            <Button startIcon={<ArrowClockwise />} onClick={train} loading={running} disabled={running}>
              {formatMessage(pluginMessage('train.now', 'Train now'))}
            </Button>
          )}
        </Flex>
        {running && (
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Meter
              value={progress}
              label={formatMessage(pluginMessage('train.progressLabel', 'Training progress'))}
            />
            <Typography variant="pi" textColor="neutral600" aria-live="polite">
              {startedAt === null
                ? formatMessage(
                    pluginMessage(
                      'train.runningElsewhere',
                      'A training is running (started by the schedule or another admin)…',
                    ),
                  )
                : expected > 0
                  ? formatMessage(
                      pluginMessage(
                        'train.running',
                        'Training… {elapsed} so far; the last training took {expected}.',
                      ),
                      { elapsed: formatDuration(elapsed), expected: formatDuration(expected) },
                    )
                  : formatMessage(pluginMessage('train.runningFirst', 'Training… {elapsed} so far.'), {
                      elapsed: formatDuration(elapsed),
                    })}
            </Typography>
          </Flex>
        )}
        {status.lastFailure !== null && !running && (
          <Alert
            variant="danger"
            closeLabel={formatMessage(pluginMessage('common.close', 'Close'))}
            title={formatMessage(pluginMessage('train.failedTitle', 'The last training failed'))}
          >
            {formatMessage(
              pluginMessage('train.failed', '{when}: {message}. The previous model keeps serving.'),
              {
                when: formatDate(status.lastFailure.at, { dateStyle: 'medium', timeStyle: 'short' }),
                message: status.lastFailure.message,
              },
            )}
          </Alert>
        )}
      </Flex>
    </Box>
  );
};
