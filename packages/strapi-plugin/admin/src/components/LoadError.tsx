import { Button, EmptyStateLayout } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../pluginMessage';
import { errorMessage } from '../utils/errorMessage';

/** A section that could not load: what failed, the server's reason, and a retry. */
export const LoadError = ({
  what,
  error,
  onRetry,
}: {
  what: string;
  error: unknown;
  onRetry: () => void;
}) => {
  const { formatMessage } = useIntl();
  return (
    <EmptyStateLayout
      content={formatMessage(pluginMessage('common.loadError', '{what} could not be loaded: {message}'), {
        what,
        message: errorMessage(error),
      })}
      action={
        <Button variant="secondary" onClick={onRetry}>
          {formatMessage(pluginMessage('common.retry', 'Retry'))}
        </Button>
      }
    />
  );
};
