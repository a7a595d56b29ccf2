import { Button, Field, Flex, Typography } from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../pluginMessage';
import { ImportProgress } from './import/ImportProgress';
import { ImportResult } from './import/ImportResult';
import { useFileImport } from './import/useFileImport';

/**
 * The import of historical orders or interactions: a CSV or JSON Lines file chosen here, sent to the plugin's
 * import route, with the rows read so far (the import's progress is polled while the server reads) and, at the
 * end, what was imported and the error of each refused row.
 */
export const ImportPanel = ({ onImported }: { onImported: () => void }) => {
  const { formatMessage } = useIntl();
  const { file, choose, start, running, result } = useFileImport(onImported);

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography textColor="neutral600">
        {formatMessage(
          pluginMessage(
            'import.hint',
            'Past orders teach the model before your storefront has sent many events. A CSV file starts with the line type,userId,sessionId,productId,timestamp,quantity,price,orderId,list; a JSON Lines file holds one such object a line. Rows already imported are not stored twice.',
          ),
        )}
      </Typography>
      <Flex gap={4} alignItems="flex-end">
        <Field.Root name="import-file" id="import-file">
          <Field.Label>{formatMessage(pluginMessage('import.file', 'File (.csv or .jsonl)'))}</Field.Label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.jsonl"
            onChange={(event) => choose(event.target.files?.[0] ?? null)}
            disabled={running !== null}
          />
        </Field.Root>
        <Button
          startIcon={<Upload />}
          onClick={start}
          disabled={file === null || running !== null}
          loading={running !== null}
        >
          {formatMessage(pluginMessage('import.start', 'Import'))}
        </Button>
      </Flex>
      {running !== null && <ImportProgress running={running} />}
      {result !== null && <ImportResult result={result} />}
    </Flex>
  );
};
