import { useIntl } from 'react-intl';

import type { ListStatus } from '../../../shared/contracts/health';
import { pluginMessage } from '../pluginMessage';
import { StatusBadge } from './StatusBadge';

const LOOK = {
  ready: { variant: 'success', message: pluginMessage('status.ready', 'Ready') },
  'not-enough-data': {
    variant: 'warning',
    message: pluginMessage('status.notEnoughData', 'Not enough data'),
  },
  disabled: { variant: 'neutral', message: pluginMessage('status.disabled', 'Disabled') },
} as const;

/** Whether an AI list can serve shoppers, in words. */
export const ListStatusBadge = ({ status }: { status: ListStatus }) => {
  const { formatMessage } = useIntl();
  const look = LOOK[status];
  return <StatusBadge variant={look.variant}>{formatMessage(look.message)}</StatusBadge>;
};
