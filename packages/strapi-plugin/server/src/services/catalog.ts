import type { Product } from '@aisle/engine';
import type { Core } from '@strapi/strapi';

import type { RecommendedProduct } from '../../../shared/contracts/lists';
import type { PluginSettings } from '../../../shared/contracts/settings';
import { CatalogUnavailableError } from '../catalog/CatalogUnavailableError';
import { mapCatalogEntry } from '../catalog/mapCatalogEntry';
import type { Collaborators } from './Collaborators';

export interface Catalog {
  /** By the mapped id. */
  products: Map<string, RecommendedProduct>;
  engineProducts: Product[];
  /** Ids of the products that are not available now, left out of every served list. */
}

interface ContentTypeSchema {
  attributes: Record<string, { type: string; target?: string; relation?: string }>;
  options?: { draftAndPublish?: boolean };
}

const PAGE_SIZE = 1000;
// Reads fire lifecycle events too (afterFindMany...): only writes make the cached catalog stale.
const WRITE_ACTIONS = new Set([
  'afterCreate',
  'afterCreateMany',
  'afterUpdate',
  'afterUpdateMany',
  'afterDelete',
  'afterDeleteMany',
]);
const CATEGORY_NAME_FIELDS = ['name', 'title', 'slug'];

/**
 * The shop's catalog read through the field mapping, cached until a document of the catalog (or of its
 * category content type) changes.
 */
// eslint-disable-next-line max-lines-per-function -- a factory counts by the functions it returns
export const createCatalogService = ({
  strapi,
  deps,
}: {
  strapi: Core.Strapi;
  deps: Collaborators<'cluster' | 'settings'>;
}) => {
  let cached: Catalog | null = null;
  let loading: Promise<Catalog> | null = null;
  let watched = new Set<string>();
  // A load that started before a change must not cache what it read.
  let generation = 0;

  strapi.db.lifecycles.subscribe((event) => {
    if (WRITE_ACTIONS.has(event.action) && watched.has(event.model.uid)) {
      invalidate();
      void deps.cluster.publish('catalog');
    }
  });

  function invalidate(): void {
    generation += 1;
    cached = null;
  }

  async function get(): Promise<Catalog> {
    if (cached !== null) {
      return cached;
    }
    if (loading === null) {
      const startedAt = generation;
      loading = deps.settings
        .get()
        .then(load)
        .then((catalog) => {
          if (startedAt === generation) {
            cached = catalog;
          }
          return catalog;
        })
        .finally(() => {
          loading = null;
        });
    }
    return loading;
  }

  async function load(settings: PluginSettings): Promise<Catalog> {
    const { contentType, fields } = settings.catalog;
    const schema = schemaOf(contentType);
    if (schema === undefined) {
      throw new CatalogUnavailableError(
        `the catalog content type "${contentType}" does not exist: choose the product content type in the recommendations settings`,
      );
    }
    const populate: Record<string, true> = {};
    const nextWatched = new Set([contentType]);
    let categoryPath = (value: unknown): string[] | undefined =>
      typeof value === 'string' && value.length > 0 ? [value] : undefined;
    const categoryAttribute = fields.category ? schema.attributes[fields.category] : undefined;
    if (fields.category && categoryAttribute?.type === 'relation' && categoryAttribute.target) {
      populate[fields.category] = true;
      nextWatched.add(categoryAttribute.target);
      categoryPath = await loadCategoryPaths(categoryAttribute.target);
    }
    if (fields.image && schema.attributes[fields.image]?.type === 'media') {
      populate[fields.image] = true;
    }
    watched = nextWatched;

    const where = schema.options?.draftAndPublish ? { publishedAt: { $notNull: true } } : {};
    const products = new Map<string, RecommendedProduct>();
    const engineProducts: Product[] = [];
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const entries = (await strapi.db.query(contentType as never).findMany({
        where,
        populate,
        orderBy: { id: 'asc' },
        offset,
        limit: PAGE_SIZE,
      })) as Record<string, unknown>[];
      for (const entry of entries) {
        const mapped = mapCatalogEntry(entry, fields, categoryPath);
        if (mapped === null || products.has(mapped.product.id)) {
          continue;
        }
        products.set(mapped.product.id, mapped.product);
        engineProducts.push(mapped.engineProduct);
      }
      if (entries.length < PAGE_SIZE) {
        break;
      }
    }
    return { products, engineProducts };
  }

  /** The first product of a content type as `catalog` maps it (settings not saved yet); null when none maps. */
  async function sample(catalog: PluginSettings['catalog']): Promise<RecommendedProduct | null> {
    const { contentType, fields } = catalog;
    const schema = schemaOf(contentType);
    if (schema === undefined) {
      throw new CatalogUnavailableError(`the catalog content type "${contentType}" does not exist`);
    }
    const populate: Record<string, true> = {};
    let categoryPath = (value: unknown): string[] | undefined =>
      typeof value === 'string' && value.length > 0 ? [value] : undefined;
    const categoryAttribute = fields.category ? schema.attributes[fields.category] : undefined;
    if (fields.category && categoryAttribute?.type === 'relation' && categoryAttribute.target) {
      populate[fields.category] = true;
      categoryPath = await loadCategoryPaths(categoryAttribute.target);
    }
    if (fields.image && schema.attributes[fields.image]?.type === 'media') {
      populate[fields.image] = true;
    }
    const where = schema.options?.draftAndPublish ? { publishedAt: { $notNull: true } } : {};
    const entries = (await strapi.db.query(contentType as never).findMany({
      where,
      populate,
      orderBy: { id: 'asc' },
      limit: 20,
    })) as Record<string, unknown>[];
    for (const entry of entries) {
      const mapped = mapCatalogEntry(entry, fields, categoryPath);
      if (mapped !== null) return mapped.product;
    }
    return null;
  }

  /** Category paths from the root, following a `parent` relation of the category content type when it has one. */
  async function loadCategoryPaths(target: string): Promise<(value: unknown) => string[] | undefined> {
    const schema = schemaOf(target);
    const nameField = CATEGORY_NAME_FIELDS.find((field) => schema?.attributes[field] !== undefined);
    if (schema === undefined || nameField === undefined) {
      return () => undefined;
    }
    const hasParent =
      schema.attributes.parent?.type === 'relation' && schema.attributes.parent.target === target;
    const rows = (await strapi.db.query(target as never).findMany({
      populate: hasParent ? { parent: true } : {},
    })) as Record<string, unknown>[];
    const byId = new Map<number, { name: string; parentId: number | null }>();
    for (const row of rows) {
      const parent = row.parent as { id?: number } | null | undefined;
      byId.set(Number(row.id), { name: String(row[nameField] ?? ''), parentId: parent?.id ?? null });
    }
    const paths = new Map<number, string[]>();
    const pathOf = (id: number): string[] => {
      const known = paths.get(id);
      if (known !== undefined) {
        return known;
      }
      const path: string[] = [];
      const seen = new Set<number>();
      for (let current: number | null = id; current !== null && !seen.has(current);) {
        seen.add(current);
        const node = byId.get(current);
        if (node === undefined) {
          break;
        }
        path.unshift(node.name);
        current = node.parentId;
      }
      paths.set(id, path);
      return path;
    };
    return (value) => {
      const id = (value as { id?: unknown } | null | undefined)?.id;
      return typeof id === 'number' ? pathOf(id) : undefined;
    };
  }

  function schemaOf(uid: string): ContentTypeSchema | undefined {
    return strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as ContentTypeSchema | undefined;
  }

  return { get, invalidate, sample };
};

export type CatalogService = ReturnType<typeof createCatalogService>;
