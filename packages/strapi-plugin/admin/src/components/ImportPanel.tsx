import { Box, Button, Field, Flex, Td, Tr, Typography } from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import type { ChangeEvent } from 'react';
import { useIntl } from 'react-intl';

import type { ImportJob } from '../../../shared/contracts/imports';
import { importsApi } from '../api/importsApi';
import { useInterval } from '../hooks/useInterval';
import { pluginMessage } from '../pluginMessage';
import { countLines } from '../utils/countLines';
import { errorMessage } from '../utils/errorMessage';
import { Meter } from './Meter';
import { DataTable } from './DataTable';

interface Running {
  file: File;
  /** Rows in the file, counted before sending it. */
  expected: number;
  /** Imports that existed before this one: the new job is the running one not among them. */
  knownIds: Set<number>;
  job: ImportJob | null;
}

/**
 * The import of historical orders or interactions: a CSV or JSON Lines file chosen here, sent to the plugin's
 * import route, with the rows read so far (the import's progress is polled while the server reads) and, at the
 * end, what was imported and the error of each refused row.
 */
export const ImportPanel = ({ onImported }: { onImported: () => void }) => {
  const { formatMessage, formatNumber } = useIntl();
  const client = useFetchClient();
  const { toggleNotification } = useNotification();
  const [file, setFile] = useState<File | null>(null);
  const [running, setRunning] = useState<Running | null>(null);
  const [result, setResult] = useState<ImportJob | null>(null);

  useInterval(
    () => {
      if (running === null) return;
      importsApi.find(client).then(
        (jobs) => {
          const job = jobs.find((candidate) => !running.knownIds.has(candidate.id)) ?? null;
          setRunning((current) => (current === null ? null : { ...current, job }));
        },
        () => undefined,
      );
    },
    1000,
    running !== null,
  );

  const start = async () => {
    if (file === null) return;
    setResult(null);
    try {
      const [expected, jobs] = await Promise.all([
        countLines(file, /\.csv$/i.test(file.name)),
        importsApi.find(client),
      ]);
      setRunning({ file, expected, knownIds: new Set(jobs.map((job) => job.id)), job: null });
      const job = await importsApi.create(client, file);
      setResult(job);
      onImported();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setRunning(null);
    }
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    setResult(null);
  };

  const read = running?.job?.rows ?? 0;
  const percent =
    running === null || running.expected === 0
      ? 0
      : Math.min(100, Math.round((read / running.expected) * 100));

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
            onChange={choose}
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
      {running !== null && (
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
      )}
      {result !== null && (
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
            {result.errors.length > 0 && (
              <>
                <Typography variant="pi">
                  {result.errors.length < result.failed
                    ? formatMessage(
                        pluginMessage(
                          'import.errorsFirst',
                          'The first {shown} refused rows, by line of the file:',
                        ),
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
            )}
          </Flex>
        </Box>
      )}
    </Flex>
  );
};
