import { Alert, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { DataHealth } from '../../../../shared/contracts/health';
import { pluginMessage } from '../../pluginMessage';

/** Past this, the storefront has probably stopped sending events (a broken deploy, a removed tracker). */
const STALE_MS = 2 * 86_400_000;

/** How many events are stored and when the latest came, with a warning when none came or none lately. */
export const EventsReceived = ({ events }: { events: DataHealth['events'] }) => {
  const { formatMessage, formatNumber, formatDate } = useIntl();
  const closeLabel = formatMessage(pluginMessage('common.close', 'Close'));
  if (events.latestAt === null)
    return (
      <Alert
        variant="default"
        closeLabel={closeLabel}
        title={formatMessage(pluginMessage('model.noEvents', 'No shopper events yet'))}
      >
        {formatMessage(
          pluginMessage(
            'model.noEventsHint',
            'Add the tracking of the storefront components, or import past orders below.',
          ),
        )}
      </Alert>
    );

  const stale = Date.now() - Date.parse(events.latestAt) > STALE_MS;
  return (
    <>
      <Typography>
        {formatMessage(pluginMessage('model.eventsTotal', '{total} events stored; the latest on {latest}.'), {
          total: formatNumber(events.total),
          latest: formatDate(events.latestAt, { dateStyle: 'medium', timeStyle: 'short' }),
        })}
      </Typography>
      {stale && (
        <Alert
          variant="warning"
          closeLabel={closeLabel}
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
    </>
  );
};
