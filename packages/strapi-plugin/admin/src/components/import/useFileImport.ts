import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';

import type { ImportJob } from '../../../../shared/contracts/imports';
import { importsApi } from '../../api/importsApi';
import { countLines } from '../../utils/countLines';
import { errorMessage } from '../../utils/errorMessage';

export interface RunningImport {
  file: File;
  /** Rows in the file, counted before sending it. */
  expected: number;
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

const POLL_MS = 1000;

/** Sends the chosen file and follows its import job (the server reads the rows in the background) until it ends. */
export function useFileImport(onImported: () => void): FileImport {
  const client = useFetchClient();
  const { toggleNotification } = useNotification();
  const [file, setFile] = useState<File | null>(null);
  const [running, setRunning] = useState<RunningImport | null>(null);
  const [result, setResult] = useState<ImportJob | null>(null);

  const start = async () => {
    if (file === null) return;
    setResult(null);
    try {
      const expected = await countLines(file, /\.csv$/i.test(file.name));
      setRunning({ file, expected, job: null });
      let job = await importsApi.create(client, file);
      while (job.status === 'running') {
        const current = job;
        setRunning((previous) => (previous === null ? null : { ...previous, job: current }));
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        job = await importsApi.findOne(client, job.id);
      }
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
