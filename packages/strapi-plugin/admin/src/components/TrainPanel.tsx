import { Box, Button, Flex } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { ModelStatus } from '../../../shared/contracts/model';
import { pluginMessage } from '../pluginMessage';
import { LastTrainingFailure } from './training/LastTrainingFailure';
import { ServingModel } from './training/ServingModel';
import { TrainingProgress } from './training/TrainingProgress';
import { useTraining } from './training/useTraining';

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
  const { formatMessage } = useIntl();
  const { running, startedAt, elapsed, train } = useTraining(status, reloadStatus, onTrained);

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={4}>
          <ServingModel status={status} />
          {canTrain && (
            <Button startIcon={<ArrowClockwise />} onClick={train} loading={running} disabled={running}>
              {formatMessage(pluginMessage('train.now', 'Train now'))}
            </Button>
          )}
        </Flex>
        {running && (
          <TrainingProgress
            startedHere={startedAt !== null}
            elapsed={elapsed}
            expected={status.current?.durationMs ?? 0}
          />
        )}
        {status.lastFailure !== null && !running && <LastTrainingFailure failure={status.lastFailure} />}
      </Flex>
    </Box>
  );
};
