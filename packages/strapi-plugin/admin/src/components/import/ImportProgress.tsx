import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../../pluginMessage';
import { Meter } from '../Meter';
import type { RunningImport } from './useFileImport';

/** The rows the server has read of the file so far, once it has started on it. */
export const ImportProgress = ({ running }: { running: RunningImport }) => {
  const { formatMessage, formatNumber } = useIntl();
  const read = running.job?.rows ?? 0;
  const percent = running.expected === 0 ? 0 : Math.min(100, Math.round((read / running.expected) * 100));
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Meter
        value={percent}
        label={formatMessage(pluginMessage('import.progressLabel', 'Import progress'))}
      />
      <Typography variant="pi" textColor="neutral600" aria-live="polite">
        {running.job === null
          ? formatMessage(pluginMessage('import.sending', 'Sending {name}…'), { name: running.file.name })
          : formatMessage(pluginMessage('import.progress', '{read} of {expected} rows read'), {
              read: formatNumber(read),
              expected: formatNumber(running.expected),
            })}
      </Typography>
    </Flex>
  );
};
