import { deserializeModel, updateModel } from '@aisle/engine';
import type { Core } from '@strapi/strapi';

import type { ModelSnapshotSummary, ModelStatus } from '../../../shared/contracts/model';
import { startTrainingWorker } from '../training/startTrainingWorker';
import { getService } from '../utils/getService';
import { UID } from '../utils/uids';

const KEEP_READY_SNAPSHOTS = 3;
const KEEP_FAILED_SNAPSHOTS = 10;
const CRON_JOB = 'aisle-recommendations-training';

/**
 * Training: reads the catalog and the events, trains in a worker thread, stores the snapshot and swaps it in.
 * One training at a time; a training that fails (or whose worker dies) leaves the serving model as it was.
 */
export const createTrainingService = ({ strapi }: { strapi: Core.Strapi }) => {
  let running: Promise<ModelSnapshotSummary> | null = null;
  let lastFailure: { at: string; message: string } | null = null;

  function isRunning(): boolean {
    return running !== null;
  }

  /** Starts a training, or returns null when one is already running. */
  function start(): Promise<ModelSnapshotSummary> | null {
    if (running !== null) {
      return null;
    }
    running = run().finally(() => {
      running = null;
    });
    return running;
  }

  async function run(): Promise<ModelSnapshotSummary> {
    const startedAt = Date.now();
    const settings = await getService(strapi, 'settings').get();
    const events = getService(strapi, 'events');
    const catalogService = getService(strapi, 'catalog');
    const worker = startTrainingWorker({
      config: settings.engine,
      memoryLimitMb: settings.training.memoryLimitMb,
    });
    try {
      catalogService.invalidate();
      const catalog = await catalogService.get();
      worker.send({ kind: 'catalog', products: catalog.engineProducts });
      await events.flush();
      let lastId = 0;
      for await (const page of events.readInteractions()) {
        worker.send({ kind: 'interactions', interactions: page.interactions });
        lastId = page.lastId;
      }
      const result = await worker.finish();
      const model = deserializeModel(result.bytes);
      const version = (await latestVersion()) + 1;
      const trainedAt = new Date();
      const durationMs = trainedAt.getTime() - startedAt;
      const stats = { ...result.stats, metrics: result.metrics };
      await strapi.db.query(UID.modelSnapshot).create({
        data: {
          version,
          status: 'ready',
          trainedAt,
          durationMs,
          stats,
          data: Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength).toString(
            'base64',
          ),
        },
      });
      const summary: ModelSnapshotSummary = {
        version,
        trainedAt: trainedAt.toISOString(),
        durationMs,
        ...stats,
      };
      // Events stored while the worker trained reach the new model before it serves; no write lands in between.
      await events.exclusive(async () => {
        for await (const page of events.readInteractions(lastId)) {
          updateModel(model, page.interactions);
        }
        getService(strapi, 'model').swap({ model, summary });
      });
      lastFailure = null;
      await prune();
      return summary;
    } catch (error) {
      await worker.kill();
      const message = error instanceof Error ? error.message : String(error);
      lastFailure = { at: new Date().toISOString(), message };
      strapi.log.error(`aisle: ${message}; the previous model keeps serving`);
      await strapi.db.query(UID.modelSnapshot).create({
        data: {
          version: 0,
          status: 'failed',
          trainedAt: new Date(),
          durationMs: Date.now() - startedAt,
          error: message,
        },
      });
      throw error;
    }
  }

  async function latestVersion(): Promise<number> {
    const row = (await strapi.db.query(UID.modelSnapshot).findOne({
      where: { status: 'ready' },
      orderBy: { version: 'desc' },
      select: ['version'],
    })) as { version: number } | null;
    return row?.version ?? 0;
  }

  async function prune(): Promise<void> {
    for (const [status, keep] of [
      ['ready', KEEP_READY_SNAPSHOTS],
      ['failed', KEEP_FAILED_SNAPSHOTS],
    ] as const) {
      const old = (await strapi.db.query(UID.modelSnapshot).findMany({
        where: { status },
        orderBy: { id: 'desc' },
        offset: keep,
        select: ['id'],
      })) as { id: number }[];
      if (old.length > 0) {
        await strapi.db
          .query(UID.modelSnapshot)
          .deleteMany({ where: { id: { $in: old.map((row) => row.id) } } });
      }
    }
  }

  async function status(): Promise<ModelStatus> {
    return {
      current: getService(strapi, 'model').current()?.summary ?? null,
      training: running === null ? 'idle' : 'running',
      lastFailure,
      events: await getService(strapi, 'events').count(),
    };
  }

  /** (Re)schedules the training from the settings' cron expression; null unschedules it. */
  function schedule(cron: string | null): void {
    strapi.cron.remove(CRON_JOB);
    if (cron !== null) {
      strapi.cron.add({
        [CRON_JOB]: {
          task: async () => {
            await start()?.catch(() => undefined);
          },
          options: { rule: cron },
        },
      });
    }
  }

  return { start, isRunning, status, schedule };
};

export type TrainingService = ReturnType<typeof createTrainingService>;
