import { isFetchError, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';

import type { ModelStatus } from '../../../../shared/contracts/model';
import { modelApi } from '../../api/modelApi';
import { useInterval } from '../../hooks/useInterval';
import { pluginMessage } from '../../pluginMessage';
import { errorMessage } from '../../utils/errorMessage';
import { formatDuration } from '../../utils/formatDuration';

export interface Training {
  /** This admin's training, or one the schedule or another admin started. */
  running: boolean;
  /** When this admin started a training; null when none runs or it was started elsewhere. */
  startedAt: number | null;
  /** Milliseconds since `startedAt` (0 without one). */
  elapsed: number;
  train: () => Promise<void>;
}

/**
 * "Train now" and the clock of a running training. The server answers the training request only when it ends,
 * so while one runs the clock ticks every second and the model status is polled (which also catches a training
 * started elsewhere).
 */
export function useTraining(status: ModelStatus, reloadStatus: () => void, onTrained: () => void): Training {
  const { formatMessage } = useIntl();
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
      // 409: a training is running already (scheduled or another admin's); not a failure, the polled status shows it.
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

  return { running, startedAt, elapsed: now - (startedAt ?? now), train };
}
