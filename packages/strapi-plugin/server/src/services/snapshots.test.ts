import type { Core } from '@strapi/strapi';
import { describe, expect, it } from 'vitest';

import { UID } from '../utils/uids';
import type { PluginServices } from './Collaborators';
import { createSnapshotsService } from './snapshots';

type Row = Record<string, unknown> & { id: number };

/**
 * A Strapi whose database holds one table of model snapshots, answering `findMany` as Strapi's query engine does
 * for what the service asks (order by one field, the selected fields only), and remembering the queries.
 */
function strapiWithSnapshots(rows: Row[]) {
  const queries: { uid: string; params: Record<string, unknown> }[] = [];
  const strapi = {
    db: {
      query: (uid: string) => ({
        findMany: async (params: { orderBy?: Record<string, 'asc' | 'desc'>; select?: string[] }) => {
          queries.push({ uid, params });
          if (uid !== UID.modelSnapshot) return [];
          const sorted = [...rows];
          for (const [field, direction] of Object.entries(params.orderBy ?? {})) {
            const sign = direction === 'desc' ? -1 : 1;
            sorted.sort((a, b) => sign * ((a[field] as number) - (b[field] as number)));
          }
          const select = params.select;
          return sorted.map((row) =>
            select === undefined
              ? { ...row }
              : Object.fromEntries(select.map((field) => [field, row[field]])),
          );
        },
      }),
    },
  } as unknown as Core.Strapi;
  return { strapi, queries };
}

function modelServing(version: number | null) {
  return {
    current: () => (version === null ? null : { summary: { version } }),
  } as unknown as PluginServices['model'];
}

const STATS = {
  products: 120,
  users: 45,
  interactions: 900,
  orders: 60,
  metrics: { holdoutEvents: 30, users: 12, k: 10, hitRate: { trending: 0.25 } },
  lastEventId: 950,
};

const ready = (id: number, version: number, extra: Partial<Row> = {}): Row => ({
  id,
  version,
  status: 'ready',
  trainedAt: new Date(Date.UTC(2026, 11, id)),
  durationMs: 1000 + id,
  stats: STATS,
  error: null,
  data: 'c2VyaWFsaXplZCBtb2RlbA==',
  ...extra,
});
const failed = (id: number, error: string): Row => ({
  id,
  version: 0,
  status: 'failed',
  trainedAt: `2026-12-0${id}T08:00:00.000Z`,
  durationMs: null,
  stats: null,
  error,
  data: null,
});

describe('the snapshots service', () => {
  it('lists the trainings newest first, models and failures, marking the one that serves', async () => {
    const { strapi } = strapiWithSnapshots([
      ready(1, 1),
      failed(2, 'no events yet'),
      ready(3, 2),
      ready(4, 3),
      failed(5, 'out of memory'),
    ]);
    const snapshots = createSnapshotsService({ strapi, deps: { model: modelServing(2) } });
    const history = await snapshots.history();
    expect(history.map((record) => [record.id, record.status, record.version, record.serving])).toEqual([
      [5, 'failed', 0, false],
      [4, 'ready', 3, false],
      [3, 'ready', 2, true],
      [2, 'failed', 0, false],
      [1, 'ready', 1, false],
    ]);
  });

  it("gives a model's figures from its stats, times as ISO 8601", async () => {
    const { strapi } = strapiWithSnapshots([ready(4, 3)]);
    const snapshots = createSnapshotsService({ strapi, deps: { model: modelServing(3) } });
    expect(await snapshots.history()).toEqual([
      {
        id: 4,
        version: 3,
        status: 'ready',
        trainedAt: '2026-12-04T00:00:00.000Z',
        durationMs: 1004,
        products: STATS.products,
        users: STATS.users,
        interactions: STATS.interactions,
        orders: STATS.orders,
        metrics: STATS.metrics,
        error: null,
        serving: true,
      },
    ]);
  });

  it('gives a failed training its reason and zeros where it has no figures', async () => {
    const { strapi } = strapiWithSnapshots([failed(2, 'the catalog is empty')]);
    const snapshots = createSnapshotsService({ strapi, deps: { model: modelServing(null) } });
    expect(await snapshots.history()).toEqual([
      {
        id: 2,
        version: 0,
        status: 'failed',
        trainedAt: '2026-12-02T08:00:00.000Z',
        durationMs: 0,
        products: 0,
        users: 0,
        interactions: 0,
        orders: 0,
        metrics: null,
        error: 'the catalog is empty',
        serving: false,
      },
    ]);
  });

  it('marks none as serving while no model serves, or when the serving one is not kept', async () => {
    const rows = [ready(1, 1), ready(2, 2)];
    const none = createSnapshotsService({
      strapi: strapiWithSnapshots(rows).strapi,
      deps: { model: modelServing(null) },
    });
    expect((await none.history()).filter((record) => record.serving)).toEqual([]);
    const pruned = createSnapshotsService({
      strapi: strapiWithSnapshots(rows).strapi,
      deps: { model: modelServing(9) },
    });
    expect((await pruned.history()).filter((record) => record.serving)).toEqual([]);
  });

  it('never marks a failed training as serving, even one stored with the serving version', async () => {
    // A failed row keeps whatever version it was written with; only a ready snapshot can be the serving model.
    const { strapi } = strapiWithSnapshots([{ ...failed(2, 'interrupted'), version: 4 }, ready(1, 4)]);
    const snapshots = createSnapshotsService({ strapi, deps: { model: modelServing(4) } });
    expect((await snapshots.history()).map((record) => [record.id, record.serving])).toEqual([
      [2, false],
      [1, true],
    ]);
  });

  it('counts any status other than ready as a failure', async () => {
    const { strapi } = strapiWithSnapshots([ready(1, 1, { status: 'training' })]);
    const snapshots = createSnapshotsService({ strapi, deps: { model: modelServing(1) } });
    expect((await snapshots.history()).map((record) => [record.status, record.serving])).toEqual([
      ['failed', false],
    ]);
  });

  it('reads the snapshot rows without their serialized models', async () => {
    const { strapi, queries } = strapiWithSnapshots([ready(1, 1)]);
    const snapshots = createSnapshotsService({ strapi, deps: { model: modelServing(1) } });
    const [record] = await snapshots.history();
    expect(queries.map((query) => query.uid)).toEqual([UID.modelSnapshot]);
    expect(queries[0]!.params.select).not.toContain('data');
    expect(record).not.toHaveProperty('data');
  });
});
