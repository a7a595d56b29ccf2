import { Alert } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ModelStatus } from '../../../../shared/contracts/model';
import { pluginMessage } from '../../pluginMessage';

/** Why the last training failed, and the reassurance that shoppers still get the previous model's lists. */
export const LastTrainingFailure = ({ failure }: { failure: NonNullable<ModelStatus['lastFailure']> }) => {
  const { formatMessage, formatDate } = useIntl();
  return (
    <Alert
      variant="danger"
      closeLabel={formatMessage(pluginMessage('common.close', 'Close'))}
      title={formatMessage(pluginMessage('train.failedTitle', 'The last training failed'))}
    >
      {formatMessage(pluginMessage('train.failed', '{when}: {message}. The previous model keeps serving.'), {
        when: formatDate(failure.at, { dateStyle: 'medium', timeStyle: 'short' }),
        message: failure.message,
      })}
    </Alert>
  );
};
