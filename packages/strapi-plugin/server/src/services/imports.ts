import { createHash } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import type { ImportFormat, ImportJob } from '../../../shared/contracts/imports';
import type { ParsedLine } from '../imports/ParsedLine';
import type { EventRow } from '../training/rowToInteraction';
import { UID } from '../utils/uids';
import { formatZodError } from '../validation/formatZodError';
import { shopEventSchema } from '../validation/shopEventSchema';
import type { Collaborators } from './Collaborators';

const BATCH = 1000;
const PROGRESS_EVERY = 10_000;
const KEPT_ERRORS = 100;
/** A running import reports progress every PROGRESS_EVERY rows (about a second): silent this long, it has died. */
export const STALE_IMPORT_MS = 2 * 60_000;

type ImportedRow = EventRow & { importKey: string };

interface JobRow extends Omit<ImportJob, 'createdAt' | 'finishedAt' | 'errors'> {
  errors: ImportJob['errors'] | null;
  createdAt: string | Date;
  finishedAt: string | Date | null;
  heartbeatAt?: string | Date | null;
}

/**
 * Historical import of events (orders or interactions), streamed: rows are validated one by one, written in
 * batches, and a row imported before is stored once. Progress and the first errors are kept on an import job.
 */
// eslint-disable-next-line max-lines-per-function -- a factory counts by the functions it returns
export const createImportsService = ({
  strapi,
  deps,
}: {
  strapi: Core.Strapi;
  deps: Collaborators<'events' | 'eventsStore'>;
}) => {
  const jobs = () => strapi.db.query(UID.importJob);

  /**
   * Starts an import and answers with its job at once (`running`); the rows are read in the background, and
   * `finished` is called when they are, whatever happened.
   */
  async function start(
    lines: AsyncIterable<ParsedLine> | Iterable<ParsedLine>,
    format: ImportFormat,
    finished: () => void = () => {},
  ): Promise<ImportJob> {
    const job = await createJob(format);
    void read(job.id, lines)
      .catch((error: unknown) => {
        strapi.log.error(`[recommendations] import ${job.id} stopped: ${(error as Error).message}`);
      })
      .finally(finished);
    return toJob(job);
  }

  /** Imports every row and answers with the finished job (the demo's seed, which waits for it). */
  async function run(
    lines: AsyncIterable<ParsedLine> | Iterable<ParsedLine>,
    format: ImportFormat,
  ): Promise<ImportJob> {
    return read((await createJob(format)).id, lines);
  }

  async function createJob(format: ImportFormat): Promise<JobRow> {
    return (await jobs().create({
      data: {
        format,
        status: 'running',
        rows: 0,
        imported: 0,
        duplicates: 0,
        failed: 0,
        errors: [],
        heartbeatAt: new Date(),
      },
    })) as JobRow;
  }

  async function read(
    jobId: number,
    lines: AsyncIterable<ParsedLine> | Iterable<ParsedLine>,
  ): Promise<ImportJob> {
    const events = deps.events;
    const counts = { rows: 0, imported: 0, duplicates: 0, failed: 0 };
    const errors: ImportJob['errors'] = [];
    const fail = (line: number, message: string) => {
      counts.failed += 1;
      if (errors.length < KEPT_ERRORS) errors.push({ line, message });
    };
    let batch: ImportedRow[] = [];
    // Where the file was when reading stopped: the line of the last record read (a CSV's header is line 1).
    let lastLine = 0;
    const progress = () =>
      jobs().update({ where: { id: jobId }, data: { ...counts, errors, heartbeatAt: new Date() } });

    try {
      for await (const parsed of lines) {
        counts.rows += 1;
        lastLine = parsed.line;
        if ('error' in parsed) {
          fail(parsed.line, parsed.error);
        } else {
          const result = shopEventSchema.safeParse(parsed.value);
          if (!result.success) {
            fail(parsed.line, formatZodError(result.error));
          } else if (result.data.timestamp === undefined) {
            fail(parsed.line, 'timestamp: required in an import');
          } else {
            const row = await events.toRow(result.data, result.data.timestamp);
            batch.push({ ...row, importKey: importKey(row) });
          }
        }
        if (batch.length >= BATCH) {
          await write(batch, counts);
          batch = [];
        }
        if (counts.rows % PROGRESS_EVERY === 0) {
          await progress();
        }
      }
      await write(batch, counts);
      const done = (await jobs().update({
        where: { id: jobId },
        data: { ...counts, errors, status: 'done', finishedAt: new Date() },
      })) as JobRow;
      return toJob(done);
    } catch (error) {
      // Not a bad row: the rows after it were never read.
      errors.push({ line: lastLine, message: `import stopped: ${(error as Error).message}` });
      await jobs().update({
        where: { id: jobId },
        data: { ...counts, errors, status: 'failed', finishedAt: new Date() },
      });
      throw error;
    }
  }

  /** Writes the rows of a batch that are not stored yet (by their import key). */
  async function write(rows: ImportedRow[], counts: { imported: number; duplicates: number }): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    const keys = [...new Set(rows.map((row) => row.importKey))];
    const seen = await deps.eventsStore.storedImportKeys(keys);
    const fresh: ImportedRow[] = [];
    for (const row of rows) {
      if (!seen.has(row.importKey)) {
        seen.add(row.importKey);
        fresh.push(row);
      }
    }
    if (fresh.length > 0) {
      await deps.eventsStore.insertBatch(fresh);
    }
    counts.imported += fresh.length;
    counts.duplicates += rows.length - fresh.length;
  }

  async function findAll(): Promise<ImportJob[]> {
    const rows = (await jobs().findMany({ orderBy: { id: 'desc' }, limit: 100 })) as JobRow[];
    return Promise.all(rows.map(async (row) => toJob(await settle(row))));
  }

  async function findOne(id: number): Promise<ImportJob | null> {
    const row = (await jobs().findOne({ where: { id } })) as JobRow | null;
    return row === null ? null : toJob(await settle(row));
  }

  /**
   * A job still `running` whose process has not reported for STALE_IMPORT_MS died with it (a restart, a crash;
   * on any instance): it is marked failed, saying so, rather than shown running forever.
   */
  async function settle(row: JobRow): Promise<JobRow> {
    const lastSign = new Date(row.heartbeatAt ?? row.createdAt).getTime();
    if (row.status !== 'running' || Date.now() - lastSign < STALE_IMPORT_MS) return row;
    const errors = [
      ...(Array.isArray(row.errors) ? row.errors : []),
      {
        line: row.rows,
        message:
          'import stopped: the process reading the file ended before the file did (a restart or a crash); import it again, rows already imported are skipped',
      },
    ];
    return (await jobs().update({
      where: { id: row.id },
      data: { status: 'failed', errors, finishedAt: new Date() },
    })) as JobRow;
  }

  return { start, run, findAll, findOne };
};

export type ImportsService = ReturnType<typeof createImportsService>;

function importKey(row: EventRow): string {
  return createHash('sha1')
    .update([row.type, row.userId, row.productId, row.occurredAt, row.orderId ?? ''].join('\u0000'))
    .digest('base64url');
}

function toJob(row: JobRow): ImportJob {
  return {
    id: row.id,
    format: row.format,
    status: row.status,
    rows: row.rows,
    imported: row.imported,
    duplicates: row.duplicates,
    failed: row.failed,
    errors: Array.isArray(row.errors) ? row.errors : [],
    createdAt: new Date(row.createdAt).toISOString(),
    finishedAt: row.finishedAt === null ? null : new Date(row.finishedAt).toISOString(),
  };
}
