import { deserializeModel } from '@aisle/engine';
import type { Core } from '@strapi/strapi';

import type { ModelSnapshotSummary, ModelStatus } from '../../../shared/contracts/model';
import { startTrainingWorker } from '../training/startTrainingWorker';
import { UID } from '../utils/uids';
import type { Collaborators } from './Collaborators';
import type { EventsService } from './events';

const KEEP_READY_SNAPSHOTS = 3;
const KEEP_FAILED_SNAPSHOTS = 10;
const CRON_JOB = 'aisle-recommendations-training';
/** The newest time a training was asked for (a schedule tick's own time, or when "train now" was pressed). */
const REQUESTED = 'training.requested';
/** The newest request that a finished training (or a failed one) answered. */
const COMPLETED = 'training.completed';
/** Requests that arrive during a training get one more; a queue that keeps filling stops after this many. */
const MAX_ROUNDS = 3;

/** What training needs of the events: their pages in id order (after the writer's pending rows), and a count. */
export type EventsReader = Pick<EventsService, 'flush' | 'readInteractions' | 'count'>;

/** Another instance of the deployment holds the training lock; the request waits for it. */
export class TrainingBusyError extends Error {
  constructor() {
    super('a training is running on another instance');
  }
}

/**
 * Training: reads the catalog and the events, trains in a worker thread, stores the snapshot and swaps it in.
 * One training at a time in the whole deployment: requests are times in the shared state, and whichever instance
 * takes the training lock answers every request made before it read them, so a schedule tick that fires on every
 * instance trains once, and a request left by an instance that died is taken over at another's next poll.
 * A training that fails (or whose worker dies) leaves the serving model as it was.
 */
// eslint-disable-next-line max-lines-per-function -- a factory counts by the functions it returns
export const createTrainingService = ({
  strapi,
  deps,
}: {
  strapi: Core.Strapi;
  deps: Collaborators<
    'catalog' | 'cluster' | 'forgotten' | 'metrics' | 'model' | 'modelBytes' | 'settings'
  > & {
    events: EventsReader;
  };
}) => {
  let running: Promise<ModelSnapshotSummary> | null = null;
  let lastFailure: { at: string; message: string } | null = null;
  const cluster = () => deps.cluster;

  function isRunning(): boolean {
    return running !== null;
  }

  /** Whether a training runs on any instance. */
  async function isRunningAnywhere(): Promise<boolean> {
    return running !== null || (await cluster().lock().isHeld());
  }

  /**
   * Asks for a training at `requestedAt` and runs the queue on this instance. Null when this instance trains
   * already; rejects with TrainingBusyError when another instance does (it answers the request after its own).
   */
  function start(requestedAt = Date.now()): Promise<ModelSnapshotSummary> | null {
    if (running !== null) {
      return null;
    }
    running = (async () => {
      await cluster().state().raise(REQUESTED, requestedAt);
      return drain();
    })().finally(() => {
      running = null;
    });
    return running;
  }

  /** Trains while requests are waiting, holding the deployment's training lock. */
  async function drain(): Promise<ModelSnapshotSummary> {
    const release = await cluster().lock().tryAcquire();
    if (release === null) {
      throw new TrainingBusyError();
    }
    try {
      const state = cluster().state();
      let summary: ModelSnapshotSummary | null = null;
      let failure: unknown = null;
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const requested = await state.read(REQUESTED);
        if (requested <= (await state.read(COMPLETED))) {
          break;
        }
        try {
          summary = await run();
          failure = null;
        } catch (error) {
          failure = error;
        }
        await state.raise(COMPLETED, requested);
      }
      if (failure !== null) {
        throw failure;
      }
      return summary ?? servingSummary();
    } finally {
      await release();
    }
  }

  function servingSummary(): ModelSnapshotSummary {
    const current = deps.model.current();
    if (current === null) {
      throw new Error('no training was needed, and no model serves');
    }
    return current.summary;
  }

  /** Runs a request that no instance answered (its trainer died, or it came while this one was busy). */
  async function resumeQueue(): Promise<void> {
    if (running !== null) {
      return;
    }
    const state = cluster().state();
    const requested = await state.read(REQUESTED);
    if (requested <= (await state.read(COMPLETED)) || (await cluster().lock().isHeld())) {
      return;
    }
    await start(requested)?.catch(() => undefined);
  }

  async function run(): Promise<ModelSnapshotSummary> {
    const startedAt = Date.now();
    const settings = await deps.settings.get();
    const events = deps.events;
    const catalogService = deps.catalog;
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
      // Only the holder of the training lock writes ready snapshots, so the next version is free.
      const version = (await latestVersion()) + 1;
      const trainedAt = new Date();
      const durationMs = trainedAt.getTime() - startedAt;
      const stats = { ...result.stats, metrics: result.metrics, lastEventId: lastId };
      // The row and its bytes land together or not at all: an instance killed here leaves no half snapshot.
      await strapi.db.transaction(async ({ trx }) => {
        await deps.modelBytes.write(trx, version, result.bytes);
        await strapi.db.query(UID.modelSnapshot).create({
          data: { version, status: 'ready', trainedAt, durationMs, stats, data: null },
        });
      });
      const summary: ModelSnapshotSummary = {
        version,
        trainedAt: trainedAt.toISOString(),
        durationMs,
        ...result.stats,
        metrics: result.metrics,
      };
      // Events stored while the worker trained reach the new model before it serves.
      await deps.model.adopt({ model, summary }, lastId);
      lastFailure = null;
      deps.metrics.observeTraining('ready', durationMs / 1000);
      await deps.cluster.publish('model', version);
      await scrubForgotten(startedAt, version);
      await prune();
      return summary;
    } catch (error) {
      await worker.kill();
      const message = error instanceof Error ? error.message : String(error);
      lastFailure = { at: new Date().toISOString(), message };
      deps.metrics.observeTraining('failed', (Date.now() - startedAt) / 1000);
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

  /**
   * Shoppers forgotten before this training started are in no event it read: they leave the forgotten list, and
   * the older snapshots, which still hold their history, are deleted (this one is the only one kept).
   */
  async function scrubForgotten(startedAt: number, version: number): Promise<void> {
    const scrubbed = await deps.forgotten.removeBefore(startedAt);
    if (scrubbed === 0) {
      return;
    }
    await strapi.db
      .query(UID.modelSnapshot)
      .deleteMany({ where: { status: 'ready', version: { $lt: version } } });
    await deps.modelBytes.deleteBelow(version);
    await deps.model.reloadForgotten();
    await deps.cluster.publish('config');
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
        select: ['id', 'version'],
      })) as { id: number; version: number }[];
      if (old.length > 0) {
        await strapi.db
          .query(UID.modelSnapshot)
          .deleteMany({ where: { id: { $in: old.map((row) => row.id) } } });
      }
      if (status === 'ready') {
        await deps.modelBytes.deleteOrphans();
      }
    }
  }

  async function status(): Promise<ModelStatus> {
    return {
      current: deps.model.current()?.summary ?? null,
      training: (await isRunningAnywhere()) ? 'running' : 'idle',
      lastFailure,
      events: await deps.events.count(),
    };
  }

  /** (Re)schedules the training from the settings' cron expression; null unschedules it. */
  function schedule(cron: string | null): void {
    strapi.cron.remove(CRON_JOB);
    if (cron !== null) {
      strapi.cron.add({
        [CRON_JOB]: {
          // Every instance fires at the same tick: its scheduled time names the request, so it trains once.
          task: async (_context: unknown, fireDate?: unknown) => {
            const tick = fireDate instanceof Date ? fireDate.getTime() : Date.now();
            strapi.log.debug(`aisle: the training schedule fired for ${new Date(tick).toISOString()}`);
            const started = start(tick);
            if (started === null) {
              await cluster().state().raise(REQUESTED, tick);
            } else {
              await started.catch(() => undefined);
            }
          },
          options: { rule: cron },
        },
      });
    }
  }

  return { start, isRunning, isRunningAnywhere, resumeQueue, status, schedule };
};

export type TrainingService = ReturnType<typeof createTrainingService>;
