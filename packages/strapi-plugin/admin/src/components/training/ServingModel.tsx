import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ModelStatus } from '../../../../shared/contracts/model';
import { pluginMessage } from '../../pluginMessage';
import { formatDuration } from '../../utils/formatDuration';

/** Which model version serves, when and how fast it was trained, and how many events there are to learn from. */
export const ServingModel = ({ status }: { status: ModelStatus }) => {
  const { formatMessage, formatDate, formatNumber } = useIntl();
  const current = status.current;
  return (
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
  );
};
