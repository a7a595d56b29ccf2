import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';

import type { Recommendation } from '../../../shared/contracts/lists';
import type { EditorialList } from '../../../shared/contracts/editorial-lists';
import { UID } from '../utils/uids';
import type { editorialListCreateSchema, editorialListUpdateSchema } from '../validation/editorialListSchema';
import type { Collaborators } from './Collaborators';

type CreateInput = z.infer<typeof editorialListCreateSchema>;
type UpdateInput = z.infer<typeof editorialListUpdateSchema>;

interface Row {
  id: number;
  slug: string;
  title: string;
  description: string | null;
  productIds: string[];
  status: 'draft' | 'published';
  startsAt: string | Date | null;
  endsAt: string | Date | null;
  createdAt: string | Date;
  updatedAt: string | Date;
}

/** Editorial lists: products a merchandiser picks by hand, served as they are ordered. */
export const createEditorialService = ({
  strapi,
  deps,
}: {
  strapi: Core.Strapi;
  deps: Collaborators<'catalog'>;
}) => {
  const query = () => strapi.db.query(UID.editorialList);

  async function findAll(): Promise<EditorialList[]> {
    const rows = (await query().findMany({ orderBy: { id: 'asc' } })) as Row[];
    return rows.map(toList);
  }

  async function findOne(id: number): Promise<EditorialList | null> {
    const row = (await query().findOne({ where: { id } })) as Row | null;
    return row === null ? null : toList(row);
  }

  /** Null when the slug is taken. */
  async function create(input: CreateInput): Promise<EditorialList | null> {
    if ((await query().findOne({ where: { slug: input.slug } })) !== null) {
      return null;
    }
    const row = (await query().create({ data: toData(input) })) as Row;
    return toList(row);
  }

  /** Undefined when there is no such list, null when the new slug is taken by another. */
  async function update(id: number, input: UpdateInput): Promise<EditorialList | null | undefined> {
    const existing = (await query().findOne({ where: { id } })) as Row | null;
    if (existing === null) {
      return undefined;
    }
    if (input.slug !== undefined && input.slug !== existing.slug) {
      if ((await query().findOne({ where: { slug: input.slug } })) !== null) {
        return null;
      }
    }
    const row = (await query().update({ where: { id }, data: toData(input) })) as Row;
    return toList(row);
  }

  async function remove(id: number): Promise<boolean> {
    const row = await query().delete({ where: { id } });
    return row !== null;
  }

  /** A published list in effect at `now`, with its available products; throws NotFoundError otherwise. */
  async function serve(slug: string, now = Date.now()) {
    const row = (await query().findOne({ where: { slug, status: 'published' } })) as Row | null;
    const list = row === null ? null : toList(row);
    if (
      list === null ||
      (list.startsAt !== null && Date.parse(list.startsAt) > now) ||
      (list.endsAt !== null && Date.parse(list.endsAt) <= now)
    ) {
      throw new errors.NotFoundError(`editorial list "${slug}" is not published now`);
    }
    const catalog = await deps.catalog.get();
    const items: Recommendation[] = [];
    list.productIds.forEach((productId, index) => {
      const product = catalog.products.get(productId);
      if (product !== undefined && product.available) {
        items.push({
          product,
          score: list.productIds.length - index,
          reasons: [],
          source: 'editorial',
        });
      }
    });
    return { slug: list.slug, title: list.title, description: list.description, items };
  }

  return { findAll, findOne, create, update, remove, serve };
};

export type EditorialService = ReturnType<typeof createEditorialService>;

function toData(input: Partial<CreateInput>): Record<string, unknown> {
  const data: Record<string, unknown> = { ...input };
  for (const key of ['startsAt', 'endsAt'] as const) {
    const value = input[key];
    if (value !== undefined) {
      data[key] = value === null ? null : new Date(value);
    }
  }
  return data;
}

function toList(row: Row): EditorialList {
  const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description ?? null,
    productIds: Array.isArray(row.productIds) ? row.productIds : [],
    status: row.status,
    startsAt: iso(row.startsAt),
    endsAt: iso(row.endsAt),
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
