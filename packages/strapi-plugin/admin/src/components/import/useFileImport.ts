import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';

import type { ImportJob } from '../../../../shared/contracts/imports';
import { importsApi } from '../../api/importsApi';
import { useInterval } from '../../hooks/useInterval';
import { countLines } from '../../utils/countLines';
import { errorMessage } from '../../utils/errorMessage';

export interface RunningImport {
  file: File;
  /** Rows in the file, counted before sending it. */
  expected: number;
  /** Imports that existed before this one: the new job is the running one not among them. */
  knownIds: Set<number>;
  job: ImportJob | null;
}

export interface FileImport {
  file: File | null;
  choose: (file: File | null) => void;
  start: () => Promise<void>;
  running: RunningImport | null;
  /** The finished import's figures, until another file is chosen or imported. */
  result: ImportJob | null;
}

/**
 * Sends the chosen file and follows it. The upload's request only answers at the end, so the progress comes from
 * polling the list of imports for the job this upload created.
 */
export function useFileImport(onImported: () => void): FileImport {
  const client = useFetchClient();
  const { toggleNotification } = useNotification();
  const [file, setFile] = useState<File | null>(null);
  const [running, setRunning] = useState<RunningImport | null>(null);
  const [result, setResult] = useState<ImportJob | null>(null);

  useInterval(
    () => {
      if (running === null) return;
      importsApi.find(client).then(
        (jobs) => {
          const job = jobs.find((candidate) => !running.knownIds.has(candidate.id)) ?? null;
          setRunning((current) => (current === null ? null : { ...current, job }));
        },
        // A failed poll only delays the progress; the upload's own answer reports errors.
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

  const choose = (next: File | null) => {
    setFile(next);
    setResult(null);
  };

  return { file, choose, start, running, result };
}
