import { useIntl } from 'react-intl';

import { StatusBadge } from '../../components/StatusBadge';
import { pluginMessage } from '../../pluginMessage';
import type { EditorialState } from './editorialState';

const LOOK = {
  draft: { variant: 'secondary', message: pluginMessage('editorial.state.draft', 'Draft') },
  scheduled: {
    variant: 'warning',
    message: pluginMessage('editorial.state.scheduled', 'Published, starts later'),
  },
  live: { variant: 'success', message: pluginMessage('editorial.state.live', 'Live on the storefront') },
  ended: { variant: 'neutral', message: pluginMessage('editorial.state.ended', 'Published, schedule ended') },
} as const;

/** Whether shoppers see the list now, in words. */
export const EditorialStateBadge = ({ state }: { state: EditorialState }) => {
  const { formatMessage } = useIntl();
  const look = LOOK[state];
  return <StatusBadge variant={look.variant}>{formatMessage(look.message)}</StatusBadge>;
};
