import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ImportJob } from '../../../../shared/contracts/imports';
import { pluginMessage } from '../../pluginMessage';
import { RefusedRows } from './RefusedRows';

/** What a finished import did with each row; warning-coloured when some were refused. */
export const ImportResult = ({ result }: { result: ImportJob }) => {
  const { formatMessage, formatNumber } = useIntl();
  return (
    <Box background={result.failed > 0 ? 'warning100' : 'success100'} hasRadius padding={4}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography fontWeight="semiBold" aria-live="polite">
          {formatMessage(
            pluginMessage(
              'import.result',
              '{rows} rows read: {imported} imported, {duplicates} already there, {failed} refused.',
            ),
            {
              rows: formatNumber(result.rows),
              imported: formatNumber(result.imported),
              duplicates: formatNumber(result.duplicates),
              failed: formatNumber(result.failed),
            },
          )}
        </Typography>
        {result.errors.length > 0 && <RefusedRows result={result} />}
      </Flex>
    </Box>
  );
};
