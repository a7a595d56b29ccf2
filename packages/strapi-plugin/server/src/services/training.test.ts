import { deserializeModel, modelStats } from '@aisle/engine';
import type { Interaction, Product } from '@aisle/engine';
import type { Core } from '@strapi/strapi';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { ModelSnapshotSummary } from '../../../shared/contracts/model';
import type { ServingModel } from './model';
import type { ForgottenStore } from '../cluster/createForgottenStore';
import type { ModelBytesStore } from '../snapshots/createModelBytesStore';
import type { PluginParts } from './Collaborators';
import { createTrainingService, TrainingBusyError } from './training';

// The worker thread runs a bundle built beside the server's (dist/train-worker), which a unit test does not
// have: the same training runs in process instead, with the real engine, and a test can hold it or make it die.
const worker = vi.hoisted(() => ({
  started: 0,
  killed: 0,
  fault: null as string | null,
  hold: null as Promise<void> | null,
}));
vi.mock('../training/startTrainingWorker', async () => {
  const { modelStats: stats, serializeModel, train } = await import('@aisle/engine');
  const { evaluateHoldout } = await import('../training/evaluateHoldout');
  return {
    startTrainingWorker: ({ config }: { config: Record<string, unknown> }) => {
      worker.started += 1;
      const products: Product[] = [];
      const interactions: Interaction[] = [];
      return {
        send: (message: { kind: string; products?: Product[]; interactions?: Interaction[] }) => {
          if (message.kind === 'catalog') products.push(...message.products!);
          else interactions.push(...message.interactions!);
        },
        finish: async () => {
          if (worker.hold !== null) await worker.hold;
          if (worker.fault !== null) throw new Error(`training failed: ${worker.fault}`);
          const model = train(products, interactions, config);
          const { products: p, users, interactions: i, orders } = stats(model);
          return {
            kind: 'done',
            bytes: serializeModel(model),
            stats: { products: p, users, interactions: i, orders },
            metrics: evaluateHoldout(products, interactions, config),
            durationMs: 1,
          };
        },
        kill: async () => {
          worker.killed += 1;
        },
      };
    },
  };
});

afterEach(() => {
  Object.assign(worker, { started: 0, killed: 0, fault: null, hold: null });
});

const CATALOG: Product[] = ['p1', 'p2', 'p3', 'p4'].map((id) => ({ id, title: `Product ${id}` }));
const T0 = Date.UTC(2025, 0, 15, 10);
const INTERACTIONS: Interaction[] = [
  { userId: 'u1', productId: 'p1', type: 'view', timestamp: T0 },
  { userId: 'u1', productId: 'p2', type: 'purchase', timestamp: T0 + 1, orderId: 'o1', value: 10 },
  { userId: 'u2', productId: 'p2', type: 'view', timestamp: T0 + 2 },
  { userId: 'u2', productId: 'p3', type: 'purchase', timestamp: T0 + 3, orderId: 'o2', value: 5 },
  { userId: 'u3', productId: 'p1', type: 'click', timestamp: T0 + 4 },
];
/** The id of the newest stored event, which the snapshot records as read. */
const LAST_EVENT_ID = 42;

type Row = Record<string, unknown> & { id: number };

/** The where clauses the service gives the snapshots query: equality, `$lt` and `$in`. */
function matches(row: Record<string, unknown>, where: Record<string, unknown>): boolean {
  return Object.entries(where).every(([field, condition]) => {
    if (condition !== null && typeof condition === 'object' && !(condition instanceof Date)) {
      const { $lt, $in } = condition as { $lt?: number; $in?: unknown[] };
      return (
        ($lt === undefined || (row[field] as number) < $lt) && ($in === undefined || $in.includes(row[field]))
      );
    }
    return row[field] === condition;
  });
}

/**
 * An in-memory Strapi for what training touches: the snapshots (rows through the query API, bytes through knex
 * in a transaction), the forgotten shoppers, the log and the cron. The knex side answers the few statement
 * shapes the service builds, and nothing else.
 */
function memoryStrapi() {
  const snapshots: Row[] = [];
  const blobs = new Map<number, Buffer>();
  let forgotten: { user_key: string; forgotten_at: number }[] = [];
  const logged: string[] = [];
  const cron = new Map<string, { task: (context: unknown, fireDate?: unknown) => Promise<void> }>();
  let nextId = 1;

  const snapshotQuery = {
    create: async ({ data }: { data: Record<string, unknown> }) => {
      const row = { ...data, id: nextId++ };
      snapshots.push(row);
      return row;
    },
    findOne: async ({ where }: { where: Record<string, unknown> }) =>
      snapshots
        .filter((row) => matches(row, where))
        .sort((a, b) => (b.version as number) - (a.version as number))[0] ?? null,
    findMany: async ({ where, offset }: { where: Record<string, unknown>; offset: number }) =>
      snapshots
        .filter((row) => matches(row, where))
        .sort((a, b) => b.id - a.id)
        .slice(offset),
    deleteMany: async ({ where }: { where: Record<string, unknown> }) => {
      const before = snapshots.length;
      snapshots.splice(0, snapshots.length, ...snapshots.filter((row) => !matches(row, where)));
      return { count: before - snapshots.length };
    },
  };
  const knex = (table: string) => {
    throw new Error(`unexpected table ${table}`);
  };
  const forgottenStore = {
    removeBefore: async (before: number) => {
      const kept = forgotten.filter((row) => row.forgotten_at >= before);
      const count = forgotten.length - kept.length;
      forgotten = kept;
      return count;
    },
  } as unknown as ForgottenStore;
  // The bytes' own store (tested against SQLite and PostgreSQL in apps/cms), in memory.
  const readyVersions = () =>
    snapshots.filter((row) => row.status === 'ready').map((row) => row.version as number);
  const modelBytes: ModelBytesStore = {
    write: async (_trx, version, bytes) => void blobs.set(version, Buffer.from(bytes)),
    read: async (version) => (blobs.has(version) ? new Uint8Array(blobs.get(version)!) : null),
    deleteBelow: async (below) => {
      for (const version of [...blobs.keys()]) if (version < below) blobs.delete(version);
    },
    deleteOrphans: async () => {
      for (const version of [...blobs.keys()]) if (!readyVersions().includes(version)) blobs.delete(version);
    },
  };
  const strapi = {
    db: {
      query: (uid: string) => {
        if (uid !== 'plugin::recommendations.model-snapshot') throw new Error(`unexpected query ${uid}`);
        return snapshotQuery;
      },
      connection: knex,
      transaction: async (work: (context: { trx: typeof knex }) => Promise<void>) => work({ trx: knex }),
    },
    log: { error: (message: string) => logged.push(message), debug: () => undefined },
    cron: {
      add: (jobs: Record<string, { task: (context: unknown, fireDate?: unknown) => Promise<void> }>) => {
        for (const [name, job] of Object.entries(jobs)) cron.set(name, job);
      },
      remove: (name: string) => cron.delete(name),
    },
  } as unknown as Core.Strapi;
  return {
    strapi,
    snapshots,
    blobs,
    modelBytes,
    forgottenStore,
    logged,
    cron,
    forget: (userKey: string, at: number) => forgotten.push({ user_key: userKey, forgotten_at: at }),
    forgotten: () => forgotten.map((row) => row.user_key),
  };
}

/**
 * In-memory collaborators: a catalog, stored events read in one page, a serving model that adopts what it is
 * given, metrics that record observations, and the cluster's shared state and training lock (one deployment,
 * shared by the services set up on it).
 */
function deployment() {
  const values = new Map<string, number>();
  let lockHeld = false;
  const state = {
    read: async (key: string) => values.get(key) ?? 0,
    raise: async (key: string, value: number) => void values.set(key, Math.max(values.get(key) ?? 0, value)),
  };
  const lock = {
    tryAcquire: async () => {
      if (lockHeld) return null;
      lockHeld = true;
      return async () => void (lockHeld = false);
    },
    isHeld: async () => lockHeld,
  };
  return { state, lock, takeLock: () => (lockHeld = true), releaseLock: () => (lockHeld = false) };
}

function setUp(shared = deployment()) {
  const memory = memoryStrapi();
  const calls: string[] = [];
  let serving: ServingModel | null = null;
  const adopted: { summary: ModelSnapshotSummary; lastId: number }[] = [];
  const observed: [string, number][] = [];
  const published: string[] = [];
  const deps = {
    settings: { get: async () => ({ engine: {}, training: { memoryLimitMb: 256 } }) },
    catalog: {
      invalidate: () => void calls.push('catalog invalidated'),
      get: async () => {
        calls.push('catalog read');
        return { engineProducts: CATALOG };
      },
    },
    events: {
      flush: async () => void calls.push('events flushed'),
      readInteractions: async function* () {
        calls.push('events read');
        yield { interactions: INTERACTIONS, lastId: LAST_EVENT_ID };
      },
      count: async () => INTERACTIONS.length,
    },
    model: {
      current: () => serving,
      adopt: async (next: ServingModel, lastId: number) => {
        serving = next;
        adopted.push({ summary: next.summary, lastId });
      },
      reloadForgotten: async () => void calls.push('forgotten reloaded'),
    },
    metrics: { observeTraining: (status: string, seconds: number) => void observed.push([status, seconds]) },
    cluster: {
      state: () => shared.state,
      lock: () => shared.lock,
      publish: async (topic: string, version?: number) =>
        void published.push(version === undefined ? topic : `${topic} ${version}`),
    },
  } as unknown as Pick<PluginParts, 'catalog' | 'cluster' | 'events' | 'metrics' | 'model' | 'settings'>;
  const training = createTrainingService({
    strapi: memory.strapi,
    deps: { ...deps, modelBytes: memory.modelBytes, forgotten: memory.forgottenStore },
  });
  return { training, memory, calls, adopted, observed, published, shared, serving: () => serving };
}

/** A worker that finishes only when told to. */
function holdWorker() {
  let release: () => void = () => undefined;
  worker.hold = new Promise<void>((resolve) => (release = resolve));
  return () => {
    worker.hold = null;
    release();
  };
}

describe('the training service', () => {
  it('trains the real engine on the catalog and the events, stores the snapshot with its bytes and swaps it in', async () => {
    const { training, memory, calls, adopted, observed, published } = setUp();
    const summary = await training.start()!;
    // The catalog is read fresh, and events waiting in the batch writer are in the training.
    expect(calls).toEqual(['catalog invalidated', 'catalog read', 'events flushed', 'events read']);
    const stored = deserializeModel(new Uint8Array(memory.blobs.get(1)!));
    const { products, users, interactions, orders } = modelStats(stored);
    expect(summary).toMatchObject({ version: 1, products, users, interactions, orders });
    expect(products).toBe(CATALOG.length);
    expect(orders).toBe(INTERACTIONS.filter((interaction) => interaction.orderId).length);
    expect(memory.snapshots).toEqual([
      expect.objectContaining({
        version: 1,
        status: 'ready',
        stats: expect.objectContaining({ products, users, lastEventId: LAST_EVENT_ID }),
      }),
    ]);
    expect(adopted).toEqual([{ summary, lastId: LAST_EVENT_ID }]);
    expect(observed).toEqual([['ready', summary.durationMs / 1000]]);
    expect(published).toEqual(['model 1']);
    expect(await training.status()).toMatchObject({
      current: summary,
      training: 'idle',
      lastFailure: null,
      events: INTERACTIONS.length,
    });
  });

  it('numbers each snapshot after the newest ready one, and keeps the three newest with their bytes', async () => {
    const { training, memory, adopted } = setUp();
    for (let round = 1; round <= 4; round++) {
      await training.start(T0 + round)!;
    }
    expect(adopted.map((entry) => entry.summary.version)).toEqual([1, 2, 3, 4]);
    expect(memory.snapshots.map((row) => row.version)).toEqual([2, 3, 4]);
    expect([...memory.blobs.keys()].sort()).toEqual([2, 3, 4]);
  });

  it('runs one training at a time: a request while it runs gets null, and the lock is held meanwhile', async () => {
    const { training, shared } = setUp();
    const release = holdWorker();
    const first = training.start(T0)!;
    await vi.waitFor(() => expect(worker.started).toBe(1));
    expect(training.start(T0 + 1)).toBeNull();
    expect(training.isRunning()).toBe(true);
    expect(await shared.lock.isHeld()).toBe(true);
    expect((await training.status()).training).toBe('running');
    release();
    expect((await first).version).toBe(1);
    expect(worker.started).toBe(1);
    expect(training.isRunning()).toBe(false);
    expect(await shared.lock.isHeld()).toBe(false);
  });

  it('refuses a request while another instance trains, and takes it over once that instance is gone', async () => {
    const shared = deployment();
    const { training } = setUp(shared);
    shared.takeLock();
    expect(await training.isRunningAnywhere()).toBe(true);
    await expect(training.start(T0)!).rejects.toBeInstanceOf(TrainingBusyError);
    expect(worker.started).toBe(0);
    // While the lock is held, the request waits for its holder.
    await training.resumeQueue();
    expect(worker.started).toBe(0);
    shared.releaseLock();
    await training.resumeQueue();
    expect(worker.started).toBe(1);
    expect((await training.status()).current?.version).toBe(1);
    // Answered: the next poll has nothing to do.
    await training.resumeQueue();
    expect(worker.started).toBe(1);
  });

  it('trains once more for a scheduled tick that fired during a training, and once for a tick every instance fires', async () => {
    const shared = deployment();
    const a = setUp(shared);
    const b = setUp(shared);
    a.training.schedule('0 3 * * *');
    b.training.schedule('0 3 * * *');
    const release = holdWorker();
    const first = a.training.start(T0)!;
    await vi.waitFor(() => expect(worker.started).toBe(1));
    const tick = new Date(T0 + 60_000);
    await a.memory.cron.get('aisle-recommendations-training')!.task({}, tick);
    // B's tick finds A training: its request is A's to answer.
    await b.memory.cron.get('aisle-recommendations-training')!.task({}, tick);
    release();
    await first;
    expect(worker.started).toBe(2);
    expect(a.adopted.map((entry) => entry.summary.version)).toEqual([1, 2]);
    await b.training.resumeQueue();
    expect(worker.started).toBe(2);
  });

  it('keeps the serving model when a training fails, and records the failure', async () => {
    const { training, memory, adopted, observed, published, serving } = setUp();
    const before = await training.start(T0)!;
    const model = serving();
    worker.fault = 'the worker stopped (exit code 1)';
    await expect(training.start(T0 + 1)!).rejects.toThrow(
      'training failed: the worker stopped (exit code 1)',
    );
    expect(serving()).toBe(model);
    expect(adopted).toHaveLength(1);
    expect(worker.killed).toBe(1);
    expect(memory.snapshots.map((row) => [row.version, row.status, row.error])).toEqual([
      [1, 'ready', undefined],
      [0, 'failed', 'training failed: the worker stopped (exit code 1)'],
    ]);
    expect(observed.map(([status]) => status)).toEqual(['ready', 'failed']);
    expect(published).toEqual(['model 1']);
    expect(memory.logged).toEqual([
      'aisle: training failed: the worker stopped (exit code 1); the previous model keeps serving',
    ]);
    const status = await training.status();
    expect(status.current).toEqual(before);
    expect(status.lastFailure?.message).toBe('training failed: the worker stopped (exit code 1)');
    // The failed request is answered: it is not retried at the next poll.
    await training.resumeQueue();
    expect(worker.started).toBe(2);
    worker.fault = null;
    await training.start(T0 + 2)!;
    expect((await training.status()).lastFailure).toBeNull();
  });

  it('keeps the ten newest failed snapshots', async () => {
    const { training, memory } = setUp();
    worker.fault = 'out of memory';
    for (let round = 1; round <= 12; round++) {
      await training.start(T0 + round)!.catch(() => undefined);
    }
    worker.fault = null;
    await training.start(T0 + 13)!;
    const failedIds = memory.snapshots.filter((row) => row.status === 'failed').map((row) => row.id);
    expect(failedIds).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('drops the shoppers forgotten before it started, with the older snapshots that still hold them', async () => {
    const { training, memory, calls, published } = setUp();
    await training.start(T0)!;
    await training.start(T0 + 1)!;
    memory.forget('u1', Date.now() - 1);
    memory.forget('u2', Date.now() + 3_600_000);
    calls.length = 0;
    published.length = 0;
    await training.start(T0 + 2)!;
    expect(memory.forgotten()).toEqual(['u2']);
    expect(memory.snapshots.map((row) => row.version)).toEqual([3]);
    expect([...memory.blobs.keys()]).toEqual([3]);
    expect(calls).toContain('forgotten reloaded');
    expect(published).toEqual(['model 3', 'config']);
  });
});
