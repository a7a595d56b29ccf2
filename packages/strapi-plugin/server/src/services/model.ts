import { deserializeModel, LIST_NAMES, recommend, setAvailability, updateModel } from '@aisle/engine';
import type { Interaction, Model, RecommendRequest, RuleEffect, RuleSet } from '@aisle/engine';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { Recommendation } from '../../../shared/contracts/lists';
import type { ModelSnapshotSummary } from '../../../shared/contracts/model';
import { partitionByCatalog } from '../catalog/partitionByCatalog';
import { UID } from '../utils/uids';
import type { Collaborators } from './Collaborators';

export interface ServingModel {
  model: Model;
  summary: ModelSnapshotSummary;
}

/** The catalog read whose availability each served model already has. */
const availabilityApplied = new WeakMap<Model, object>();

export interface ServedList {
  items: Recommendation[];
  effects: RuleEffect[];
  modelVersion: number | null;
  /** Basket ids the catalog does not have, each once: left out of the request. */
  unknownIds: string[];
}

interface SnapshotRow {
  id: number;
  version: number;
  trainedAt: string | Date;
  durationMs: number | null;
  stats:
    (Omit<ModelSnapshotSummary, 'version' | 'trainedAt' | 'durationMs'> & { lastEventId?: number }) | null;
  data: string | null;
}

/** What `loadLatest` found: a model (and the newest event it holds), none, or only unreadable snapshots. */
export type LoadResult =
  { outcome: 'loaded' } | { outcome: 'none' } | { outcome: 'unreadable'; newestTrainedAt: number };

/** The model that serves: loaded from the last good snapshot on boot, swapped whole after each training. */
// eslint-disable-next-line max-lines-per-function -- a factory counts by the functions it returns
export const createModelService = ({
  strapi,
  deps,
}: {
  strapi: Core.Strapi;
  deps: Collaborators<'catalog' | 'events' | 'forgotten' | 'modelBytes' | 'rules'>;
}) => {
  let serving: ServingModel | null = null;
  // Stored shopper ids forgotten after the serving model was trained, with when: served as strangers.
  let forgotten = new Map<string, number>();
  // Counts the changes of what the model serves (swaps, events applied): cached responses compare it.
  let generation = 0;

  function current(): ServingModel | null {
    return serving;
  }

  function currentGeneration(): number {
    return generation;
  }

  function swap(next: ServingModel): void {
    serving = next;
    generation += 1;
  }

  /** Feeds new events to the counters of the serving model (best-selling, trending, recently-viewed). */
  function applyInteractions(interactions: readonly Interaction[]): void {
    if (serving !== null && interactions.length > 0) {
      updateModel(serving.model, interactions);
      generation += 1;
    }
  }

  /**
   * Makes `next` the serving model: the events stored after `lastEventId` (the newest its training read) are
   * applied to it first, between two catch-ups of the events tail, and its first requests are run before it
   * serves (a freshly read model answers its first request of each list slowly).
   */
  async function adopt(next: ServingModel, lastEventId: number): Promise<void> {
    const events = deps.events;
    warm(next.model);
    await events.tailExclusive(async (position) => {
      if (position > lastEventId) {
        for await (const page of events.readInteractions(lastEventId, position)) {
          updateModel(next.model, page.interactions);
        }
      } else {
        // The model holds events the tail has not reached (a boot, or a model trained elsewhere): go on after them.
        events.resetTail(lastEventId);
      }
      swap(next);
    });
  }

  /** Reads a ready snapshot's model: its bytes, or the base64 text of snapshots stored before bytes were. */
  async function readSnapshot(row: SnapshotRow): Promise<Model | null> {
    const bytes = await deps.modelBytes.read(row.version);
    if (bytes !== null) {
      return deserializeModel(bytes);
    }
    return row.data === null ? null : deserializeModel(new Uint8Array(Buffer.from(row.data, 'base64')));
  }

  /**
   * Loads the newest snapshot that deserializes; one that does not (broken bytes, or written by an engine with
   * another model format) is logged and the one before it is tried. Answers `none` when no snapshot is stored,
   * `unreadable` when some are but none could be read: then nothing serves until a training.
   */
  async function loadLatest(): Promise<LoadResult> {
    // The serialized models are large: list the candidates first, then read them one at a time.
    const candidates = (await strapi.db.query(UID.modelSnapshot).findMany({
      where: { status: 'ready' },
      orderBy: { version: 'desc' },
      select: ['id', 'trainedAt'],
      limit: 3,
    })) as { id: number; trainedAt: string | Date }[];
    for (const { id } of candidates) {
      if (await loadSnapshot(id)) {
        return { outcome: 'loaded' };
      }
    }
    if (candidates.length === 0) {
      return { outcome: 'none' };
    }
    return { outcome: 'unreadable', newestTrainedAt: new Date(candidates[0]!.trainedAt).getTime() };
  }

  async function loadSnapshot(id: number): Promise<boolean> {
    const row = (await strapi.db.query(UID.modelSnapshot).findOne({ where: { id } })) as SnapshotRow | null;
    if (row === null) {
      return false;
    }
    try {
      const model = await readSnapshot(row);
      if (model === null) {
        return false;
      }
      // Snapshots stored before they named their newest event: the events since are left out, as they were.
      const lastEventId = row.stats?.lastEventId ?? (await deps.events.newestId());
      await adopt({ model, summary: summarize(row) }, lastEventId);
      return true;
    } catch (error) {
      unreadable.add(row.version);
      strapi.log.warn(`aisle: model snapshot ${row.version} cannot be read: ${(error as Error).message}`);
      return false;
    }
  }

  // A snapshot that could not be read never becomes readable: polls and notifications do not try it again.
  const unreadable = new Set<number>();
  let checking: Promise<void> | null = null;

  /** Serves the newest ready snapshot if it is newer than the serving one (stored by another instance). */
  function loadNewer(): Promise<void> {
    checking ??= (async () => {
      const newest = (await strapi.db.query(UID.modelSnapshot).findOne({
        where: { status: 'ready' },
        orderBy: { version: 'desc' },
        select: ['id', 'version'],
      })) as { id: number; version: number } | null;
      if (
        newest !== null &&
        newest.version > (serving?.summary.version ?? 0) &&
        !unreadable.has(newest.version)
      ) {
        await loadSnapshot(newest.id);
      }
    })().finally(() => {
      checking = null;
    });
    return checking;
  }

  /**
   * Serves a list: the engine's ranking (with the shop's rule sets unless `applyRules` is false), leaving out
   * products that are unavailable or gone from the catalog, joined with the catalog's fields.
   * Basket ids the catalog does not have are left out of the request and named in `unknownIds` (the known lines
   * answer); a seed `productId` that is not in the catalog throws NotFoundError. A `draft` rule set (a preview)
   * is applied with the shop's rule sets, in place of the stored one whose id is `replaces`.
   */
  async function serve(
    request: RecommendRequest,
    { applyRules = true, draft, replaces }: { applyRules?: boolean; draft?: RuleSet; replaces?: string } = {},
  ): Promise<ServedList> {
    const catalog = await deps.catalog.get();
    if (request.productId !== undefined && !catalog.products.has(request.productId)) {
      throw new errors.NotFoundError(`product "${request.productId}" is not in the catalog`);
    }
    let unknownIds: string[] = [];
    if (request.basket !== undefined) {
      const { known, unknown } = partitionByCatalog(request.basket, catalog.products);
      if (unknown.length > 0) {
        unknownIds = unknown;
        request = { ...request, basket: known };
      }
    }
    const model = serving;
    if (model === null) {
      return { items: [], effects: [], modelVersion: null, unknownIds };
    }
    if (request.userId !== undefined && isForgotten(request.userId, model)) {
      // Until a training without them, the model still holds their history: answer as for a stranger.
      const { userId: _forgotten, ...stranger } = request;
      request = stranger;
    }
    let ruleSets = applyRules ? await deps.rules.active() : [];
    if (applyRules && (draft !== undefined || replaces !== undefined)) {
      ruleSets = ruleSets.filter((ruleSet) => ruleSet.id !== replaces);
      if (draft !== undefined) ruleSets = [...ruleSets, draft];
    }
    ruleSets = inEffectNow(ruleSets, Date.now());
    // Stock changes since training reach the model once per catalog read, not as a long `exclude` per request.
    if (availabilityApplied.get(model.model) !== catalog) {
      setAvailability(model.model, catalog.products.values());
      availabilityApplied.set(model.model, catalog);
    }
    const result = recommend(model.model, request, { ruleSets });
    const items: Recommendation[] = [];
    for (const item of result.items) {
      const product = catalog.products.get(item.id);
      if (product !== undefined) {
        items.push({ product, score: item.score, reasons: item.reasons, source: item.source });
      }
    }
    return { items, effects: result.effects, modelVersion: model.summary.version, unknownIds };
  }

  function isForgotten(userKey: string, model: ServingModel): boolean {
    const at = forgotten.get(userKey);
    return at !== undefined && Date.parse(model.summary.trainedAt) - model.summary.durationMs <= at;
  }

  /** Reads the forgotten shoppers again (this instance's or another's "forget" request). */
  async function reloadForgotten(): Promise<void> {
    forgotten = await deps.forgotten.all();
    generation += 1;
  }

  /** Cached responses were computed from settings, rules or a catalog that changed (on any instance). */
  function touch(): void {
    generation += 1;
  }

  return {
    current,
    currentGeneration,
    swap,
    touch,
    applyInteractions,
    adopt,
    loadLatest,
    loadNewer,
    reloadForgotten,
    serve,
  };
};

export type ModelService = ReturnType<typeof createModelService>;

/**
 * The rule sets whose schedule includes `now`, the wall clock: a campaign starts and ends when the merchandiser
 * said, whatever the model's clock (its newest event, which the engine keeps for the lists' own windows). Their
 * schedule is then removed, so that the engine does not judge it again by the model's clock.
 */
function inEffectNow(ruleSets: RuleSet[], now: number): RuleSet[] {
  return ruleSets
    .filter(
      (ruleSet) =>
        (ruleSet.activeFrom === undefined || ruleSet.activeFrom <= now) &&
        (ruleSet.activeUntil === undefined || now < ruleSet.activeUntil),
    )
    .map(({ activeFrom: _from, activeUntil: _until, ...ruleSet }) => ruleSet);
}

/** A few requests of every list, so that a model's first shoppers do not wait for its first-request costs. */
function warm(model: Model): void {
  const products = model.catalog.ids.slice(0, 3);
  for (const list of LIST_NAMES) {
    for (const productId of products) {
      try {
        recommend(model, { list, productId, basket: [productId], limit: 10 });
      } catch {
        // A list that needs what this catalog lacks: nothing to warm.
      }
    }
  }
}

function summarize(row: SnapshotRow): ModelSnapshotSummary {
  return {
    version: row.version,
    trainedAt: new Date(row.trainedAt).toISOString(),
    durationMs: row.durationMs ?? 0,
    products: row.stats?.products ?? 0,
    users: row.stats?.users ?? 0,
    interactions: row.stats?.interactions ?? 0,
    orders: row.stats?.orders ?? 0,
    metrics: row.stats?.metrics ?? null,
  };
}
