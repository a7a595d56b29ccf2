import { Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ImportJob } from '../../../../shared/contracts/imports';
import { pluginMessage } from '../../pluginMessage';
import { DataTable } from '../DataTable';

/** The rows the import refused, by line, so the file can be fixed; the server keeps only the first few. */
export const RefusedRows = ({ result }: { result: ImportJob }) => {
  const { formatMessage } = useIntl();
  return (
    <>
      <Typography variant="pi">
        {result.errors.length < result.failed
          ? formatMessage(
              pluginMessage('import.errorsFirst', 'The first {shown} refused rows, by line of the file:'),
              { shown: result.errors.length },
            )
          : formatMessage(pluginMessage('import.errors', 'Refused rows, by line of the file:'))}
      </Typography>
      <DataTable
        headers={[
          pluginMessage('import.column.line', 'Line'),
          pluginMessage('import.column.error', 'Why it was refused'),
        ]}
        rowCount={result.errors.length}
      >
        {result.errors.map((error) => (
          <Tr key={`${error.line}:${error.message}`}>
            <Td>
              <Typography>{error.line}</Typography>
            </Td>
            <Td style={{ whiteSpace: 'normal' }}>
              <Typography>{error.message}</Typography>
            </Td>
          </Tr>
        ))}
      </DataTable>
    </>
  );
};
