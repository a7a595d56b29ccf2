import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ListPerformance } from '../../../../shared/contracts/performance';
import { pluginMessage } from '../../pluginMessage';
import { formatShare } from '../../utils/formatShare';

/** A list's click-through rate over 30 days and the impressions it rests on, or that it has none yet. */
export const CtrCell = ({ entry }: { entry: ListPerformance | undefined }) => {
  const { formatMessage, formatNumber } = useIntl();
  return entry === undefined || entry.ctr === null ? (
    <Typography textColor="neutral500">
      {formatMessage(pluginMessage('overview.noImpressions', 'No impressions yet'))}
    </Typography>
  ) : (
    <Flex direction="column" alignItems="flex-start">
      <Typography>{formatShare(entry.ctr)}</Typography>
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(pluginMessage('overview.impressions', '{count} impressions'), {
          count: formatNumber(entry.impressions),
        })}
      </Typography>
    </Flex>
  );
};
