import type { RecommendRequest } from '@aisle/engine';
import { EngineInputError, getList } from '@aisle/engine';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';

import type { Recommendation } from '../../../shared/contracts/lists';
import type {
  GetPlacement,
  Placement,
  PlacementModule,
  ServedModule,
} from '../../../shared/contracts/placements';
import { assignVariant } from '../placements/assignVariant';
import { UID } from '../utils/uids';
import type { placementCreateSchema, placementUpdateSchema } from '../validation/placementSchema';
import type { Collaborators } from './Collaborators';

type CreateInput = z.infer<typeof placementCreateSchema>;
type UpdateInput = z.infer<typeof placementUpdateSchema>;

interface Row {
  id: number;
  slot: string;
  name: string;
  page: Placement['page'];
  modules: PlacementModule[];
  status: Placement['status'];
  createdAt: string | Date;
  updatedAt: string | Date;
}

/** The page a placement is asked for: the same context a list takes, and who the shopper is (stored form). */
export interface PageContext {
  productId?: string;
  basket?: string[];
  category?: string;
  userKey?: string;
}

/**
 * Placements: named slots of the shop's pages, each an ordered stack of modules a merchandiser composes (any AI
 * list or editorial list, a heading, how many, a layout, a scope, a schedule), a module with several variants
 * being an A/B test.
 */
// eslint-disable-next-line max-lines-per-function -- a factory counts by the functions it returns
export const createPlacementsService = ({
  strapi,
  deps,
}: {
  strapi: Core.Strapi;
  deps: Collaborators<'catalog' | 'editorial' | 'model'>;
}) => {
  const query = () => strapi.db.query(UID.placement);

  async function findAll(): Promise<Placement[]> {
    return ((await query().findMany({ orderBy: { id: 'asc' } })) as Row[]).map(toPlacement);
  }

  async function findOne(id: number): Promise<Placement | null> {
    const row = (await query().findOne({ where: { id } })) as Row | null;
    return row === null ? null : toPlacement(row);
  }

  /** Null when the slot is taken. */
  async function create(input: CreateInput): Promise<Placement | null> {
    if ((await query().findOne({ where: { slot: input.slot } })) !== null) return null;
    return toPlacement((await query().create({ data: input })) as Row);
  }

  /** Undefined when there is no such placement, null when the new slot is taken by another. */
  async function update(id: number, input: UpdateInput): Promise<Placement | null | undefined> {
    const existing = (await query().findOne({ where: { id } })) as Row | null;
    if (existing === null) return undefined;
    if (input.slot !== undefined && input.slot !== existing.slot) {
      if ((await query().findOne({ where: { slot: input.slot } })) !== null) return null;
    }
    return toPlacement((await query().update({ where: { id }, data: input })) as Row);
  }

  async function remove(id: number): Promise<boolean> {
    return (await query().delete({ where: { id } })) !== null;
  }

  /**
   * A published slot filled for a page: each module in effect now, in order, shows the variant drawn for the
   * shopper (the first variant when the request names no shopper), without the page's own product or basket
   * and without the products of the modules above it. A module that cannot be served (an editorial list gone, a list missing its context, nothing to show)
   * is left out and named in `skipped`; the rest of the slot is served.
   */
  async function serve(slot: string, page: PageContext, now = Date.now()): Promise<GetPlacement.Response> {
    const row = (await query().findOne({ where: { slot, status: 'published' } })) as Row | null;
    if (row === null) throw new errors.NotFoundError(`placement "${slot}" is not published`);
    return fill(toPlacement(row), page, { now });
  }

  /**
   * A placement as it is being edited, saved or not, filled as `serve` fills a published one: at a chosen time
   * (a scheduled module) and with chosen variants (`variants`: module key to variant key), so a merchandiser sees
   * every variant of a test before shoppers do.
   */
  async function preview(
    placement: Pick<Placement, 'slot' | 'page' | 'modules'>,
    page: PageContext,
    options: { now?: number; variants?: Readonly<Record<string, string>> } = {},
  ): Promise<GetPlacement.Response> {
    return fill(placement, page, { now: options.now ?? Date.now(), variants: options.variants ?? {} });
  }

  async function fill(
    placement: Pick<Placement, 'slot' | 'page' | 'modules'>,
    page: PageContext,
    { now, variants = {} }: { now: number; variants?: Readonly<Record<string, string>> },
  ): Promise<GetPlacement.Response> {
    const { slot } = placement;
    const catalog = await deps.catalog.get();
    // The page's own product and basket are not recommended to it.
    const shown = new Set<string>([
      ...(page.productId === undefined ? [] : [page.productId]),
      ...(page.basket ?? []),
    ]);
    const modules: ServedModule[] = [];
    const skipped: GetPlacement.Response['meta']['skipped'] = [];
    for (const module of placement.modules) {
      if (!inEffect(module, now)) continue;
      const chosen = module.variants.find((entry) => entry.key === variants[module.key]);
      const variant =
        chosen ??
        (page.userKey === undefined
          ? module.variants[0]!
          : assignVariant(module.variants, `${slot}:${module.key}`, page.userKey));
      const listName =
        'list' in variant.source ? variant.source.list : `editorial:${variant.source.editorial}`;
      let items: Recommendation[];
      let heading = variant.heading;
      try {
        if ('list' in variant.source) {
          items = await serveList(variant.source.list, module, page, shown, catalog);
        } else {
          const editorial = await deps.editorial.serve(variant.source.editorial, now);
          items = editorial.items.filter((item) => !shown.has(item.product.id)).slice(0, module.limit);
          heading ||= editorial.title;
        }
      } catch (error) {
        const unservable =
          error instanceof errors.NotFoundError ||
          error instanceof errors.ValidationError ||
          error instanceof EngineInputError;
        if (!unservable) throw error;
        skipped.push({ module: module.key, reason: (error as Error).message });
        continue;
      }
      // A heading may name the page's category: "Trending in {category}".
      heading = heading.replace('{category}', pageCategory(page, catalog) ?? '').trim();
      if (items.length === 0) {
        skipped.push({ module: module.key, reason: `${listName} has nothing to show here` });
        continue;
      }
      for (const item of items) shown.add(item.product.id);
      modules.push({
        key: module.key,
        variant: variant.key,
        test: module.variants.length > 1,
        heading,
        layout: module.layout,
        list: listName,
        placement: `${slot}:${module.key}:${variant.key}`,
        items,
      });
    }
    return { data: { slot, page: placement.page, modules }, meta: { skipped } };
  }

  async function serveList(
    list: RecommendRequest['list'],
    module: PlacementModule,
    page: PageContext,
    shown: ReadonlySet<string>,
    catalog: Awaited<ReturnType<typeof deps.catalog.get>>,
  ): Promise<Recommendation[]> {
    const context = getList(list).context;
    const request: RecommendRequest = { list, limit: module.limit, exclude: [...shown] };
    if (context === 'product' || context === 'basket') {
      if (page.productId !== undefined) request.productId = page.productId;
      if (context === 'basket' && page.basket !== undefined) request.basket = page.basket;
      if (request.productId === undefined && request.basket === undefined) {
        throw new errors.ValidationError(
          `${list} needs the page's product${context === 'basket' ? ' or basket' : ''}`,
        );
      }
    }
    if (page.userKey !== undefined) request.userId = page.userKey;
    const category =
      module.scope?.category ?? (module.scope?.currentCategory ? pageCategory(page, catalog) : undefined);
    if (module.scope?.currentCategory && category === undefined) {
      throw new errors.ValidationError("the module is scoped to the page's category, and the page has none");
    }
    if (category !== undefined) request.category = category;
    return (await deps.model.serve(request)).items;
  }

  return { findAll, findOne, create, update, remove, serve, preview };
};

export type PlacementsService = ReturnType<typeof createPlacementsService>;

/** The category the page is about: the request's, or the current product's (the last of its path). */
function pageCategory(
  page: PageContext,
  catalog: { products: ReadonlyMap<string, { category?: string[] }> },
): string | undefined {
  return page.category ?? catalog.products.get(page.productId ?? '')?.category?.at(-1);
}

function inEffect(module: PlacementModule, now: number): boolean {
  return (
    (module.startsAt === null || Date.parse(module.startsAt) <= now) &&
    (module.endsAt === null || Date.parse(module.endsAt) > now)
  );
}

function toPlacement(row: Row): Placement {
  return {
    id: row.id,
    slot: row.slot,
    name: row.name,
    page: row.page,
    modules: Array.isArray(row.modules) ? row.modules : [],
    status: row.status,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
