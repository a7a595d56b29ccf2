import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../../pluginMessage';
import { formatDuration } from '../../utils/formatDuration';
import { Meter } from '../Meter';

export interface TrainingProgressProps {
  /** Whether this admin started the training (only then is its elapsed time known). */
  startedHere: boolean;
  elapsed: number;
  /** How long the last training took; 0 without one. */
  expected: number;
}

/**
 * The server reports no progress of its own, so the bar is the time so far against the last training's duration,
 * held below 100 % since this one may take longer.
 */
export const TrainingProgress = ({ startedHere, elapsed, expected }: TrainingProgressProps) => {
  const { formatMessage } = useIntl();
  // Without a previous training there is nothing to compare with: the bar then only says "busy".
  const progress = expected > 0 ? Math.min(95, Math.round((elapsed / expected) * 100)) : undefined;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Meter
        value={progress}
        label={formatMessage(pluginMessage('train.progressLabel', 'Training progress'))}
      />
      <Typography variant="pi" textColor="neutral600" aria-live="polite">
        {!startedHere
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
  );
};
