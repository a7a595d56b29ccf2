import { deserializeModel, recommend, setAvailability, updateModel } from '@aisle/engine';
import type { Interaction, Model, RecommendRequest, RuleEffect, RuleSet } from '@aisle/engine';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { Recommendation } from '../../../shared/contracts/lists';
import type { ModelSnapshotSummary } from '../../../shared/contracts/model';
import { partitionByCatalog } from '../catalog/partitionByCatalog';
import { getService } from '../utils/getService';
import { UID } from '../utils/uids';

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
  stats: Omit<ModelSnapshotSummary, 'version' | 'trainedAt' | 'durationMs'> | null;
  data: string | null;
}

/** The model that serves: loaded from the last good snapshot on boot, swapped whole after each training. */
export const createModelService = ({ strapi }: { strapi: Core.Strapi }) => {
  let serving: ServingModel | null = null;
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
   * Loads the newest snapshot that deserializes; one that does not (broken bytes, or written by an engine with
   * another model format) is logged and the one before it is tried. Answers `none` when no snapshot is stored,
   * `unreadable` when some are but none could be read: then nothing serves until a training.
   */
  async function loadLatest(): Promise<'loaded' | 'none' | 'unreadable'> {
    // The serialized models are large: list the candidates first, then read them one at a time.
    const candidates = (await strapi.db.query(UID.modelSnapshot).findMany({
      where: { status: 'ready' },
      orderBy: { version: 'desc' },
      select: ['id'],
      limit: 3,
    })) as { id: number }[];
    for (const { id } of candidates) {
      const row = (await strapi.db.query(UID.modelSnapshot).findOne({ where: { id } })) as SnapshotRow | null;
      if (row === null || row.data === null) {
        continue;
      }
      try {
        const model = deserializeModel(new Uint8Array(Buffer.from(row.data, 'base64')));
        serving = { model, summary: summarize(row) };
        generation += 1;
        return 'loaded';
      } catch (error) {
        strapi.log.warn(`aisle: model snapshot ${row.version} cannot be read: ${(error as Error).message}`);
      }
    }
    return candidates.length === 0 ? 'none' : 'unreadable';
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
    const catalog = await getService(strapi, 'catalog').get();
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
    let ruleSets = applyRules ? await getService(strapi, 'rules').active() : [];
    if (applyRules && (draft !== undefined || replaces !== undefined)) {
      ruleSets = ruleSets.filter((ruleSet) => ruleSet.id !== replaces);
      if (draft !== undefined) ruleSets = [...ruleSets, draft];
    }
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

  return { current, currentGeneration, swap, applyInteractions, loadLatest, serve };
};

export type ModelService = ReturnType<typeof createModelService>;

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
