import { serializeModel, train } from '@aisle/engine';
import type { Interaction, Model, RecommendRequest, RuleSet } from '@aisle/engine';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { describe, expect, it } from 'vitest';

import type { RecommendedProduct } from '../../../shared/contracts/lists';
import type { ForgottenStore } from '../cluster/createForgottenStore';
import type { ModelBytesStore } from '../snapshots/createModelBytesStore';
import type { PluginServices } from './Collaborators';
import type { ServedList, ServingModel } from './model';
import { createModelService } from './model';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 11, 1, 10);
const IDS = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];

const product = (id: string, available = true): RecommendedProduct => ({
  id,
  documentId: `doc-${id}`,
  title: `Product ${id}`,
  available,
});

const purchase = (userId: string, productId: string, at: number): Interaction => ({
  userId,
  productId,
  type: 'purchase',
  timestamp: at,
  orderId: `${userId}-order`,
});
const view = (userId: string, productId: string, at: number): Interaction => ({
  userId,
  productId,
  type: 'view',
  timestamp: at,
});

// p1 is bought by four shoppers, p2 by three, p3 by two (each time with p1 and p2): best-selling ranks them in
// that order, and p3 is bought together with p1 and p2. u1 viewed p4 then p5, which nobody bought.
const HISTORY: Interaction[] = [
  ...['p1', 'p2', 'p3'].map((id) => purchase('s1', id, T0)),
  ...['p1', 'p2', 'p3'].map((id) => purchase('s2', id, T0 + HOUR)),
  ...['p1', 'p2'].map((id) => purchase('s3', id, T0 + 2 * HOUR)),
  purchase('s4', 'p1', T0 + 2 * HOUR),
  view('u1', 'p4', T0 + 3 * HOUR),
  view('u1', 'p5', T0 + 4 * HOUR),
];

// More buyers than p1 has: a product they all buy becomes the best-selling one.
const NEW_BUYERS = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'];

const trainModel = (interactions: Interaction[] = HISTORY): Model =>
  train(
    IDS.map((id) => ({ id, title: `Product ${id}` })),
    interactions,
  );

const serving = (version: number, model: Model = trainModel(), trainedAt = T0 + 10 * HOUR): ServingModel => ({
  model,
  summary: {
    version,
    trainedAt: new Date(trainedAt).toISOString(),
    durationMs: HOUR,
    products: IDS.length,
    users: 4,
    interactions: HISTORY.length,
    orders: 3,
    metrics: null,
  },
});

interface SnapshotRow {
  id: number;
  version: number;
  status: string;
  trainedAt: string;
  durationMs: number | null;
  stats: Record<string, unknown> | null;
  data: string | null;
}

/**
 * The parts of Strapi the model service reads: the model snapshot table (answering the queries the service makes,
 * filters by equality, one sort field, a limit), the table of model bytes, the table of forgotten shoppers, and
 * the log. Every `findOne` by id is remembered, to see which snapshots were read.
 */
function fakeStrapi() {
  const snapshots: SnapshotRow[] = [];
  const blobs = new Map<number, Buffer>();
  const forgotten: { user_key: string; forgotten_at: string }[] = [];
  const warnings: string[] = [];
  const readIds: number[] = [];
  const matching = (where: Record<string, unknown> = {}) =>
    snapshots.filter((row) =>
      Object.entries(where).every(([key, value]) => row[key as keyof SnapshotRow] === value),
    );
  const sorted = (rows: SnapshotRow[], orderBy: Record<string, 'asc' | 'desc'> = {}) => {
    const copy = [...rows];
    for (const [field, direction] of Object.entries(orderBy)) {
      const sign = direction === 'desc' ? -1 : 1;
      copy.sort(
        (a, b) =>
          sign * ((a[field as keyof SnapshotRow] as number) - (b[field as keyof SnapshotRow] as number)),
      );
    }
    return copy;
  };
  type Query = { where?: Record<string, unknown>; orderBy?: Record<string, 'asc' | 'desc'>; limit?: number };
  const strapi = {
    db: {
      query: () => ({
        findMany: async ({ where, orderBy, limit }: Query) =>
          sorted(matching(where), orderBy).slice(0, limit ?? Infinity),
        findOne: async ({ where, orderBy }: Query) => {
          if (where?.id !== undefined) readIds.push(where.id as number);
          return sorted(matching(where), orderBy)[0] ?? null;
        },
      }),
      connection: (table: string) => {
        throw new Error(`the model service does not read ${table}`);
      },
    },
    log: { warn: (message: string) => warnings.push(message) },
  } as unknown as Core.Strapi;

  /** Stores a ready snapshot as the training service does: a row, and the model's bytes (or base64 in the row). */
  function storeSnapshot(
    version: number,
    model: Model | Uint8Array,
    { asText = false, lastEventId }: { asText?: boolean; lastEventId?: number } = {},
  ): void {
    const bytes = model instanceof Uint8Array ? model : serializeModel(model);
    snapshots.push({
      id: snapshots.length + 1,
      version,
      status: 'ready',
      trainedAt: new Date(T0 + version * 24 * HOUR).toISOString(),
      durationMs: 2500,
      stats: { products: IDS.length, users: 4, interactions: 8, orders: 3, metrics: null, lastEventId },
      data: asText ? Buffer.from(bytes).toString('base64') : null,
    });
    if (!asText) blobs.set(version, Buffer.from(bytes));
  }

  // The bytes' own store (tested against SQLite and PostgreSQL in apps/cms), in memory.
  const modelBytes = {
    read: async (version: number) => (blobs.has(version) ? new Uint8Array(blobs.get(version)!) : null),
  } as unknown as ModelBytesStore;

  const forgottenStore = {
    all: async () => new Map(forgotten.map((row) => [row.user_key, Number(row.forgotten_at)])),
  } as unknown as ForgottenStore;

  return { strapi, snapshots, forgotten, warnings, readIds, storeSnapshot, modelBytes, forgottenStore };
}

/**
 * In-memory collaborators: a catalog (the same object until `replaceCatalog`, as the real one caches a read),
 * an events log with ids and a tail at `position`, and the shop's rule sets.
 */
function collaborators() {
  let catalog = { products: new Map(IDS.map((id) => [id, product(id)])) };
  const log: { id: number; interaction: Interaction }[] = [];
  const tail = { position: 0, resets: [] as number[] };
  let ruleSets: RuleSet[] = [];
  let whileReadingRules: () => void = () => undefined;
  const deps = {
    catalog: { get: async () => catalog },
    events: {
      tailExclusive: async <R>(task: (position: number) => Promise<R>) => task(tail.position),
      async *readInteractions(afterId = 0, upTo = Infinity) {
        const page = log.filter((entry) => entry.id > afterId && entry.id <= upTo);
        if (page.length > 0) {
          yield {
            interactions: page.map((entry) => entry.interaction),
            lastId: page[page.length - 1]!.id,
          };
        }
      },
      resetTail: (id: number) => tail.resets.push(id),
      newestId: async () => log[log.length - 1]?.id ?? 0,
    },
    rules: {
      active: async () => {
        whileReadingRules();
        return ruleSets;
      },
    },
  } as unknown as Pick<PluginServices, 'catalog' | 'events' | 'rules'>;
  return {
    deps,
    tail,
    append: (...interactions: Interaction[]) => {
      for (const interaction of interactions) log.push({ id: log.length + 1, interaction });
      tail.position = log.length;
    },
    replaceCatalog: (products: RecommendedProduct[]) => {
      catalog = { products: new Map(products.map((entry) => [entry.id, entry])) };
    },
    setRuleSets: (next: RuleSet[]) => (ruleSets = next),
    onReadingRules: (hook: () => void) => (whileReadingRules = hook),
  };
}

function setup() {
  const fake = fakeStrapi();
  const collab = collaborators();
  const model = createModelService({
    strapi: fake.strapi,
    deps: { ...collab.deps, modelBytes: fake.modelBytes, forgotten: fake.forgottenStore },
  });
  return { ...fake, ...collab, model };
}

const BEST: RecommendRequest = { list: 'best-selling', limit: 10, fallback: [] };
const ids = (served: ServedList) => served.items.map((entry) => entry.product.id);
// Best-selling goes on with merely popular products (the viewed ones) after those sold: these are the sold ones.
const sold = (served: ServedList) =>
  served.items
    .filter((entry) => entry.reasons.some((reason) => reason.kind === 'best-selling'))
    .map((entry) => entry.product.id);

describe('the model service: serving', () => {
  it('serves nothing, naming no version, before any model', async () => {
    const { model } = setup();
    expect(model.current()).toBeNull();
    expect(await model.serve(BEST)).toEqual({ items: [], effects: [], modelVersion: null, unknownIds: [] });
  });

  it("serves the model's ranking joined with the catalog's products, naming the model's version", async () => {
    const { model } = setup();
    model.swap(serving(4));
    const served = await model.serve(BEST);
    expect(sold(served)).toEqual(['p1', 'p2', 'p3']);
    expect(served.items[0]!.product).toEqual(product('p1'));
    expect(served.items.every((entry) => entry.source === 'ai' && entry.reasons.length > 0)).toBe(true);
    expect(served.modelVersion).toBe(4);
    expect(served.unknownIds).toEqual([]);
  });

  it('leaves basket ids the catalog does not have out of the request, naming each once, and answers for the rest', async () => {
    const { model } = setup();
    model.swap(serving(1));
    const request: RecommendRequest = { list: 'frequently-bought-together', limit: 10, fallback: [] };
    const known = await model.serve({ ...request, basket: ['p1', 'p2'] });
    const mixed = await model.serve({ ...request, basket: ['ghost', 'p1', 'typo', 'p2', 'ghost'] });
    expect(mixed.unknownIds).toEqual(['ghost', 'typo']);
    expect(ids(known)).toContain('p3');
    expect(ids(mixed)).toEqual(ids(known));
  });

  it('does not let a product gone from the catalog since the training seed a basket list', async () => {
    const { model, replaceCatalog } = setup();
    model.swap(serving(1));
    const request: RecommendRequest = { list: 'frequently-bought-together', limit: 10, fallback: [] };
    replaceCatalog(IDS.filter((id) => id !== 'p1').map((id) => product(id)));
    const withGone = await model.serve({ ...request, basket: ['p1', 'p2'] });
    const withoutGone = await model.serve({ ...request, basket: ['p2'] });
    expect(withGone.unknownIds).toEqual(['p1']);
    // Scores and reasons too: p1, still in the model, would add its own neighbours' weight.
    expect(withGone.items).toEqual(withoutGone.items);
    expect(ids(withGone)).toContain('p3');
  });

  it('names unknown basket ids even while no model serves', async () => {
    const { model } = setup();
    const served = await model.serve({ list: 'frequently-bought-together', basket: ['p1', 'ghost'] });
    expect(served).toMatchObject({ items: [], modelVersion: null, unknownIds: ['ghost'] });
  });

  it('refuses a seed product the catalog does not have', async () => {
    const { model } = setup();
    model.swap(serving(1));
    await expect(model.serve({ list: 'people-also-like', productId: 'ghost' })).rejects.toBeInstanceOf(
      errors.NotFoundError,
    );
  });

  it('leaves out products gone from the catalog or unavailable since the training, on the next catalog read', async () => {
    const { model, replaceCatalog } = setup();
    model.swap(serving(1));
    expect(sold(await model.serve(BEST))).toEqual(['p1', 'p2', 'p3']);
    replaceCatalog(IDS.filter((id) => id !== 'p2').map((id) => product(id, id !== 'p1')));
    const after = await model.serve(BEST);
    expect(sold(after)).toEqual(['p3']);
    expect(ids(after)).not.toContain('p1');
    expect(ids(after)).not.toContain('p2');
  });

  it("applies the shop's active rule sets unless told not to, a draft in place of the one it replaces", async () => {
    const { model, setRuleSets } = setup();
    model.swap(serving(1));
    setRuleSets([{ id: 'stored', list: 'best-selling', pins: [{ productId: 'p3', position: 1 }] }]);
    const ruled = await model.serve(BEST);
    expect(ids(ruled).slice(0, 3)).toEqual(['p3', 'p1', 'p2']);
    expect(ruled.effects.map((effect) => [effect.ruleSetId, effect.action, effect.productId])).toEqual([
      ['stored', 'pin', 'p3'],
    ]);
    expect(ids(await model.serve(BEST, { applyRules: false })).slice(0, 3)).toEqual(['p1', 'p2', 'p3']);
    const draft: RuleSet = { id: 'draft', list: 'best-selling', pins: [{ productId: 'p2', position: 1 }] };
    expect(ids(await model.serve(BEST, { draft, replaces: 'stored' })).slice(0, 3)).toEqual([
      'p2',
      'p1',
      'p3',
    ]);
    expect(ids(await model.serve(BEST, { replaces: 'stored' })).slice(0, 3)).toEqual(['p1', 'p2', 'p3']);
  });

  it('applies a scheduled rule set only within its window by the wall clock, not the model clock', async () => {
    const { model, setRuleSets } = setup();
    model.swap(serving(1));
    const pinP3 = { list: 'best-selling' as const, pins: [{ productId: 'p3', position: 1 }] };
    // The model's clock is its newest event (2026-12-01): a window around now but after it must still apply.
    setRuleSets([
      { id: 'now', ...pinP3, activeFrom: Date.now() - HOUR, activeUntil: Date.now() + HOUR },
      { id: 'later', ...pinP3, pins: [{ productId: 'p2', position: 1 }], activeFrom: Date.now() + HOUR },
    ]);
    const served = await model.serve(BEST);
    expect(ids(served)[0]).toBe('p3');
    expect(served.effects.map((effect) => effect.ruleSetId)).toEqual(['now']);
  });

  it('answers a request from one model whole when another is swapped in while it is served', async () => {
    const { model, onReadingRules } = setup();
    model.swap(serving(1));
    // The newer model knows only p4's sales: an answer mixing the two would show it.
    const newer = serving(2, trainModel([purchase('s9', 'p4', T0)]));
    onReadingRules(() => model.swap(newer));
    const during = await model.serve(BEST);
    expect([during.modelVersion, sold(during)]).toEqual([1, ['p1', 'p2', 'p3']]);
    const after = await model.serve(BEST);
    expect([after.modelVersion, sold(after)]).toEqual([2, ['p4']]);
    expect(model.current()).toBe(newer);
  });
});

describe('the model service: changes of what serves', () => {
  it('counts each swap, applied events, forgotten reloads and touches as a new generation', async () => {
    const { model } = setup();
    const generations = [model.currentGeneration()];
    model.applyInteractions([purchase('s4', 'p4', T0)]);
    generations.push(model.currentGeneration());
    model.swap(serving(1));
    generations.push(model.currentGeneration());
    model.applyInteractions([]);
    generations.push(model.currentGeneration());
    model.applyInteractions([purchase('s4', 'p4', T0)]);
    generations.push(model.currentGeneration());
    await model.reloadForgotten();
    generations.push(model.currentGeneration());
    model.touch();
    generations.push(model.currentGeneration());
    // Events without a model, or no events, change nothing a cached answer depends on.
    const g = generations[0]!;
    expect(generations).toEqual([g, g, g + 1, g + 1, g + 2, g + 3, g + 4]);
  });

  it('feeds new events to the serving model, which ranks by them at once', async () => {
    const { model } = setup();
    model.swap(serving(1));
    const at = T0 + 5 * HOUR;
    model.applyInteractions(NEW_BUYERS.map((userId) => purchase(userId, 'p6', at)));
    expect(ids(await model.serve(BEST))[0]).toBe('p6');
  });

  it('serves a forgotten shopper as a stranger until a model trained after they were forgotten', async () => {
    const { model, forgotten } = setup();
    const recent: RecommendRequest = { list: 'recently-viewed', userId: 'u1', limit: 10, fallback: [] };
    const stranger: RecommendRequest = { list: 'recently-viewed', limit: 10, fallback: [] };
    const trainedAt = T0 + 10 * HOUR;
    model.swap(serving(1, trainModel(), trainedAt));
    expect(ids(await model.serve(recent))).toEqual(['p5', 'p4']);
    // Forgotten during the training (it started an hour before it ended): the model may still hold them.
    forgotten.push({ user_key: 'u1', forgotten_at: String(trainedAt - HOUR / 2) });
    await model.reloadForgotten();
    expect(await model.serve(recent)).toEqual(await model.serve(stranger));
    expect(ids(await model.serve(stranger))).toEqual([]);
    // A model whose training started after they were forgotten no longer holds them.
    model.swap(serving(2, trainModel(), trainedAt + 2 * HOUR));
    expect(ids(await model.serve(recent))).toEqual(['p5', 'p4']);
  });
});

describe('the model service: adopting and loading snapshots', () => {
  it('applies the events stored after the training read them before the model serves', async () => {
    const { model, append, tail } = setup();
    append(...HISTORY);
    const readUpTo = HISTORY.length;
    append(...NEW_BUYERS.map((userId) => purchase(userId, 'p5', T0 + 5 * HOUR)));
    await model.adopt(serving(3), readUpTo);
    expect(model.current()?.summary.version).toBe(3);
    expect(ids(await model.serve(BEST))[0]).toBe('p5');
    expect(tail.resets).toEqual([]);
  });

  it('moves the tail past the events a model already holds when the tail is behind it', async () => {
    const { model, tail } = setup();
    tail.position = 5;
    await model.adopt(serving(2), 40);
    expect(tail.resets).toEqual([40]);
    expect(model.current()?.summary.version).toBe(2);
  });

  it('finds nothing to load when no snapshot is stored', async () => {
    const { model } = setup();
    expect(await model.loadLatest()).toEqual({ outcome: 'none' });
    expect(model.current()).toBeNull();
  });

  it('loads the newest ready snapshot, from its bytes, with the summary of its row', async () => {
    const { model, storeSnapshot, snapshots } = setup();
    storeSnapshot(1, trainModel([purchase('s1', 'p6', T0)]), { lastEventId: 0 });
    storeSnapshot(2, trainModel(), { lastEventId: 0 });
    snapshots.push({ ...snapshots[1]!, id: 3, version: 3, status: 'failed' });
    expect(await model.loadLatest()).toEqual({ outcome: 'loaded' });
    expect(model.current()?.summary).toEqual({
      version: 2,
      trainedAt: snapshots[1]!.trainedAt,
      durationMs: 2500,
      products: IDS.length,
      users: 4,
      interactions: 8,
      orders: 3,
      metrics: null,
    });
    expect(sold(await model.serve(BEST))).toEqual(['p1', 'p2', 'p3']);
  });

  it('reads a snapshot stored as base64 text before models were stored as bytes', async () => {
    const { model, storeSnapshot } = setup();
    storeSnapshot(1, trainModel(), { asText: true, lastEventId: 0 });
    expect(await model.loadLatest()).toEqual({ outcome: 'loaded' });
    expect(sold(await model.serve(BEST))).toEqual(['p1', 'p2', 'p3']);
  });

  it('applies the events stored since a snapshot that names its newest event', async () => {
    const { model, storeSnapshot, append } = setup();
    append(...HISTORY);
    storeSnapshot(1, trainModel(), { lastEventId: HISTORY.length });
    append(...NEW_BUYERS.map((userId) => purchase(userId, 'p4', T0 + 5 * HOUR)));
    await model.loadLatest();
    expect(ids(await model.serve(BEST))[0]).toBe('p4');
  });

  it('skips a snapshot that cannot be read, with a warning, and serves the one before it', async () => {
    const { model, storeSnapshot, warnings } = setup();
    storeSnapshot(1, trainModel(), { lastEventId: 0 });
    storeSnapshot(2, new Uint8Array([1, 2, 3, 4, 5]), { lastEventId: 0 });
    expect(await model.loadLatest()).toEqual({ outcome: 'loaded' });
    expect(model.current()?.summary.version).toBe(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('model snapshot 2 cannot be read');
  });

  it('says when snapshots are stored but none can be read, and serves nothing', async () => {
    const { model, storeSnapshot, snapshots } = setup();
    storeSnapshot(1, new Uint8Array([9, 9, 9]), { lastEventId: 0 });
    storeSnapshot(2, new Uint8Array([7, 7]), { lastEventId: 0 });
    expect(await model.loadLatest()).toEqual({
      outcome: 'unreadable',
      newestTrainedAt: Date.parse(snapshots[1]!.trainedAt),
    });
    expect(model.current()).toBeNull();
  });

  it('loads a newer snapshot stored by another instance, only when it is newer, never retrying an unreadable one', async () => {
    const { model, storeSnapshot, readIds } = setup();
    storeSnapshot(1, trainModel(), { lastEventId: 0 });
    await model.loadNewer();
    expect(model.current()?.summary.version).toBe(1);
    await model.loadNewer();
    expect(readIds).toEqual([1]);
    storeSnapshot(2, new Uint8Array([1, 2, 3]), { lastEventId: 0 });
    await model.loadNewer();
    await model.loadNewer();
    expect(readIds).toEqual([1, 2]);
    expect(model.current()?.summary.version).toBe(1);
    storeSnapshot(3, trainModel([purchase('s1', 'p6', T0)]), { lastEventId: 0 });
    await model.loadNewer();
    expect(model.current()?.summary.version).toBe(3);
    expect(sold(await model.serve(BEST))).toEqual(['p6']);
  });

  it('checks once for concurrent calls', async () => {
    const { model, storeSnapshot, readIds } = setup();
    storeSnapshot(1, trainModel(), { lastEventId: 0 });
    await Promise.all([model.loadNewer(), model.loadNewer(), model.loadNewer()]);
    expect(readIds).toEqual([1]);
  });
});
