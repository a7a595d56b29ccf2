import { Readable } from 'node:stream';

import type { Core } from '@strapi/strapi';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { ImportJob } from '../../../shared/contracts/imports';
import type { ParsedLine } from '../imports/ParsedLine';
import { readCsv } from '../imports/readCsv';
import type { EventRow } from '../training/rowToInteraction';
import type { ValidShopEvent } from '../validation/shopEventSchema';
import type { PluginParts } from './Collaborators';
import { createImportsService, STALE_IMPORT_MS } from './imports';

const T0 = Date.UTC(2025, 0, 15, 10);

type StoredJob = Record<string, unknown> & { id: number };

/**
 * An in-memory Strapi for the import jobs (the only table the service reaches itself), an events store holding
 * rows by import key, and an events service whose stored form of an event is its fields as sent.
 */
function setUp() {
  const jobs: StoredJob[] = [];
  // Each update of a job as it was written, to see the progress reported while a file is read.
  const updates: Record<string, unknown>[] = [];
  const errorsLogged: string[] = [];
  const jobQuery = {
    create: async ({ data }: { data: Record<string, unknown> }) => {
      const job = { ...data, id: jobs.length + 1, createdAt: new Date(), finishedAt: null };
      jobs.push(job);
      return { ...job };
    },
    update: async ({ where, data }: { where: { id: number }; data: Record<string, unknown> }) => {
      const job = jobs.find((row) => row.id === where.id)!;
      Object.assign(job, structuredClone(data));
      updates.push(structuredClone(data));
      return { ...job };
    },
    findOne: async ({ where }: { where: { id: number } }) => {
      const job = jobs.find((row) => row.id === where.id);
      return job === undefined ? null : { ...job };
    },
    findMany: async () => [...jobs].reverse().map((job) => ({ ...job })),
  };
  const strapi = {
    db: { query: (uid: string) => (uid === 'plugin::recommendations.import-job' ? jobQuery : null) },
    log: { error: (message: string) => errorsLogged.push(message) },
  } as unknown as Core.Strapi;

  const stored: (EventRow & { importKey: string })[] = [];
  const eventsStore = {
    storedImportKeys: async (keys: readonly string[]) => {
      const present = new Set(stored.map((row) => row.importKey));
      return new Set(keys.filter((key) => present.has(key)));
    },
    insertBatch: async (rows: readonly (EventRow & { importKey: string })[]) => {
      stored.push(...rows);
    },
  };
  const events = {
    toRow: async (event: ValidShopEvent, receivedAt: number): Promise<EventRow> => ({
      type: event.type,
      productId: event.productId,
      userId: event.userId ?? `session:${event.sessionId}`,
      orderId: event.orderId ?? null,
      quantity: event.quantity ?? null,
      price: event.price ?? null,
      list: event.list ?? null,
      occurredAt: event.timestamp ?? receivedAt,
    }),
  };
  const deps = { events, eventsStore } as unknown as Pick<PluginParts, 'events' | 'eventsStore'>;
  return { imports: createImportsService({ strapi, deps }), jobs, updates, stored, errorsLogged };
}

const csv = (...lines: string[]) => readCsv(Readable.from([lines.join('\n')]));

/** Resolves `finished` of a background import, so that a test can wait for it. */
function whenFinished() {
  let finished: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finished = resolve));
  return { finished, done };
}

function* views(count: number, from = 0): Generator<ParsedLine> {
  for (let index = from; index < from + count; index++) {
    yield {
      line: index + 2,
      value: { type: 'view', userId: `u${index}`, productId: 'p1', timestamp: T0 + index },
    };
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the imports service', () => {
  it('answers with a running job at once and imports the CSV file in the background, counting its rows', async () => {
    const { imports, stored } = setUp();
    const { finished, done } = whenFinished();
    const job = await imports.start(
      csv(
        'type,userId,productId,timestamp,quantity,price,orderId',
        `view,u1,p1,${T0},,,`,
        `purchase,u1,p1,${T0 + 1000},2,9.5,o1`,
        `add_to_cart,u2,p2,${new Date(T0 + 2000).toISOString()},,,`,
      ),
      'csv',
      finished,
    );
    expect(job).toMatchObject({ status: 'running', format: 'csv', rows: 0, imported: 0, finishedAt: null });
    await done;
    const after = await imports.findOne(job.id);
    expect(after).toMatchObject({
      status: 'done',
      rows: 3,
      imported: 3,
      duplicates: 0,
      failed: 0,
      errors: [],
    });
    expect(after!.finishedAt).not.toBeNull();
    expect(stored.map((row) => [row.type, row.userId, row.productId, row.occurredAt])).toEqual([
      ['view', 'u1', 'p1', T0],
      ['purchase', 'u1', 'p1', T0 + 1000],
      ['add_to_cart', 'u2', 'p2', T0 + 2000],
    ]);
    expect(stored[1]).toMatchObject({ quantity: 2, price: 9.5, orderId: 'o1' });
  });

  it('names each bad line by its line number in the file, and imports the good ones', async () => {
    const { imports, stored } = setUp();
    const job = await imports.run(
      csv(
        'type,userId,productId,timestamp,orderId',
        `view,u1,p1,${T0},`,
        `view,u1,p2`,
        `teleport,u1,p1,${T0},`,
        `view,u1,p3,,`,
        `purchase,u2,p1,${T0},`,
        `click,u2,p4,${T0},`,
      ),
      'csv',
    );
    expect(job).toMatchObject({ status: 'done', rows: 6, imported: 2, failed: 4 });
    expect(job.errors.map((error) => error.line)).toEqual([3, 4, 5, 6]);
    expect(job.errors[0]!.message).toBe('3 fields, the header has 5');
    expect(job.errors[1]!.message).toMatch(/^type: /);
    expect(job.errors[2]!.message).toBe('timestamp: required in an import');
    expect(job.errors[3]!.message).toBe('orderId: required for a purchase');
    expect(stored.map((row) => row.productId)).toEqual(['p1', 'p4']);
  });

  it('stores a row imported before once, within a file and across imports, counting the others as duplicates', async () => {
    const { imports, stored } = setUp();
    const lines = [
      'type,userId,productId,timestamp,orderId',
      `purchase,u1,p1,${T0},o1`,
      `purchase,u1,p1,${T0},o1`,
      `purchase,u1,p1,${T0},o2`,
    ];
    const first = await imports.run(csv(...lines), 'csv');
    expect(first).toMatchObject({ rows: 3, imported: 2, duplicates: 1 });
    const again = await imports.run(csv(...lines, `view,u1,p1,${T0},`), 'csv');
    expect(again).toMatchObject({ rows: 4, imported: 1, duplicates: 3 });
    expect(stored.map((row) => `${row.type} ${row.orderId}`)).toEqual([
      'purchase o1',
      'purchase o2',
      'view null',
    ]);
  });

  it('reports progress on the job while a large file is read', async () => {
    const { imports } = setUp();
    let resume: () => void = () => undefined;
    const paused = new Promise<void>((resolve) => (resume = resolve));
    let reachedPause: () => void = () => undefined;
    const atPause = new Promise<void>((resolve) => (reachedPause = resolve));
    async function* file(): AsyncGenerator<ParsedLine> {
      yield* views(10_000);
      // The progress of the first 10,000 rows is written before the next row is asked for.
      reachedPause();
      await paused;
      yield* views(5, 10_000);
    }
    const { finished, done } = whenFinished();
    const job = await imports.start(file(), 'jsonl', finished);
    await atPause;
    const midway = await imports.findOne(job.id);
    expect(midway).toMatchObject({ status: 'running', rows: 10_000, imported: 10_000, finishedAt: null });
    resume();
    await done;
    expect(await imports.findOne(job.id)).toMatchObject({ status: 'done', rows: 10_005, imported: 10_005 });
  });

  it('marks the job failed when the file cannot be read to its end, keeping the rows written before', async () => {
    const { imports, stored, errorsLogged } = setUp();
    async function* file(): AsyncGenerator<ParsedLine> {
      yield* views(1_200);
      throw new Error('connection reset');
    }
    const { finished, done } = whenFinished();
    const job = await imports.start(file(), 'jsonl', finished);
    await done;
    const failed = (await imports.findOne(job.id)) as ImportJob;
    expect(failed.status).toBe('failed');
    expect(failed.finishedAt).not.toBeNull();
    // Named by the line of the last record read (records start on line 2, after the header); not a bad row.
    expect(failed.errors).toEqual([{ line: 1_201, message: 'import stopped: connection reset' }]);
    // Rows go to the store a thousand at a time: the first thousand were written, the rest was pending.
    expect(stored).toHaveLength(1_000);
    expect(failed).toMatchObject({ rows: 1_200, imported: 1_000, failed: 0 });
    expect(errorsLogged).toEqual([`[recommendations] import ${job.id} stopped: connection reset`]);
  });

  it('rejects a waited-for import whose file fails, with the job marked failed', async () => {
    const { imports, jobs } = setUp();
    async function* file(): AsyncGenerator<ParsedLine> {
      yield* views(3);
      throw new Error('disk gone');
    }
    await expect(imports.run(file(), 'jsonl')).rejects.toThrow('disk gone');
    expect(jobs[0]).toMatchObject({ status: 'failed', rows: 3, imported: 0 });
  });

  it('shows a running job that stopped reporting for two minutes as failed, and leaves a live one running', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: T0 });
    const { imports } = setUp();
    let resume: () => void = () => undefined;
    const never = new Promise<void>((resolve) => (resume = resolve));
    async function* stalled(): AsyncGenerator<ParsedLine> {
      yield* views(1);
      await never;
    }
    const dead = await imports.start(stalled(), 'jsonl');
    vi.setSystemTime(T0 + STALE_IMPORT_MS - 1);
    const live = await imports.start(stalled(), 'jsonl');
    expect((await imports.findOne(dead.id))!.status).toBe('running');
    vi.setSystemTime(T0 + STALE_IMPORT_MS);
    const listed = await imports.findAll();
    expect(listed.map((job) => [job.id, job.status])).toEqual([
      [live.id, 'running'],
      [dead.id, 'failed'],
    ]);
    expect(listed[1]!.errors.at(-1)!.message).toMatch(/^import stopped: the process reading the file ended/);
    expect(listed[1]!.finishedAt).toBe(new Date(T0 + STALE_IMPORT_MS).toISOString());
    resume();
  });
});
