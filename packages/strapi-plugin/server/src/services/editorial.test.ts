import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { describe, expect, it } from 'vitest';

import type { RecommendedProduct } from '../../../shared/contracts/lists';
import { UID } from '../utils/uids';
import type { PluginServices } from './Collaborators';
import { createEditorialService } from './editorial';

type Row = Record<string, unknown> & { id: number };

const product = (id: string, available = true): RecommendedProduct => ({
  id,
  documentId: `doc-${id}`,
  title: `Title of ${id}`,
  available,
});

/** The editorial-list table in memory, answering the queries the service makes. */
function service(products: RecommendedProduct[] = []) {
  const rows: Row[] = [];
  let nextId = 1;
  const matches = (row: Row, where: Record<string, unknown>) =>
    Object.entries(where).every(([key, value]) => row[key] === value);
  const query = {
    findMany: async () => [...rows].sort((a, b) => a.id - b.id),
    findOne: async ({ where }: { where: Record<string, unknown> }) =>
      rows.find((row) => matches(row, where)) ?? null,
    create: async ({ data }: { data: Record<string, unknown> }) => {
      const now = new Date();
      const row: Row = {
        description: null,
        productIds: [],
        status: 'draft',
        startsAt: null,
        endsAt: null,
        ...data,
        id: nextId++,
        createdAt: now,
        updatedAt: now,
      };
      rows.push(row);
      return row;
    },
    update: async ({ where, data }: { where: { id: number }; data: Record<string, unknown> }) => {
      const index = rows.findIndex((row) => row.id === where.id);
      rows[index] = { ...rows[index]!, ...data, updatedAt: new Date() };
      return rows[index];
    },
    delete: async ({ where }: { where: { id: number } }) => {
      const index = rows.findIndex((row) => row.id === where.id);
      return index === -1 ? null : rows.splice(index, 1)[0];
    },
  };
  const strapi = {
    db: {
      query: (uid: string) => {
        if (uid !== UID.editorialList) throw new Error(`the editorial service has no business with ${uid}`);
        return query;
      },
    },
  } as unknown as Core.Strapi;
  const deps = {
    catalog: { get: async () => ({ products: new Map(products.map((entry) => [entry.id, entry])) }) },
  } as unknown as Pick<PluginServices, 'catalog'>;
  return { editorial: createEditorialService({ strapi, deps }), rows };
}

const list = (extra: Record<string, unknown> = {}) => ({
  slug: 'summer',
  title: 'Summer picks',
  productIds: ['p1', 'p2', 'p3'],
  status: 'published' as const,
  ...extra,
});

const notFound = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(errors.NotFoundError);
};

describe('the editorial service (in-memory table and catalog)', () => {
  it("serves a published list's products in the merchandiser's order, best score first", async () => {
    const { editorial } = service([product('p1'), product('p2'), product('p3')]);
    await editorial.create(list({ productIds: ['p3', 'p1', 'p2'], description: 'For the heat' }));

    const served = await editorial.serve('summer');

    expect(served).toMatchObject({ slug: 'summer', title: 'Summer picks', description: 'For the heat' });
    expect(served.items.map((item) => item.product)).toEqual([product('p3'), product('p1'), product('p2')]);
    expect(served.items.map((item) => item.source)).toEqual(['editorial', 'editorial', 'editorial']);
    const scores = served.items.map((item) => item.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(new Set(scores).size).toBe(scores.length);
  });

  it('leaves out products that left the catalog or are sold out, keeping the order of the rest', async () => {
    const { editorial } = service([product('p1'), product('p2', false), product('p4')]);
    await editorial.create(list({ productIds: ['p4', 'p2', 'gone', 'p1'] }));

    const served = await editorial.serve('summer');

    expect(served.items.map((item) => item.product.id)).toEqual(['p4', 'p1']);
  });

  it('does not serve a list that does not exist or is a draft', async () => {
    const { editorial } = service([product('p1')]);
    await editorial.create(list({ slug: 'draft', status: 'draft' }));

    await notFound(editorial.serve('nothing-here'));
    await notFound(editorial.serve('draft'));
  });

  it('serves a scheduled list from its start until, not including, its end', async () => {
    const { editorial } = service([product('p1')]);
    await editorial.create(
      list({ startsAt: '2030-06-01T00:00:00.000Z', endsAt: '2030-09-01T00:00:00.000Z' }),
    );

    await notFound(editorial.serve('summer', Date.parse('2030-05-31T23:59:59.999Z')));
    expect((await editorial.serve('summer', Date.parse('2030-06-01T00:00:00.000Z'))).items).toHaveLength(1);
    await notFound(editorial.serve('summer', Date.parse('2030-09-01T00:00:00.000Z')));
  });

  it('refuses a slug that is taken, on create and on update, and tells an unknown list apart', async () => {
    const { editorial } = service();
    const summer = await editorial.create(list());
    const winter = await editorial.create(list({ slug: 'winter', title: 'Winter picks' }));

    expect(await editorial.create(list({ title: 'Another summer' }))).toBeNull();
    expect(await editorial.update(winter!.id, { slug: 'summer' })).toBeNull();
    expect(await editorial.update(999, { title: 'Nobody' })).toBeUndefined();
    // Keeping its own slug is not taking someone else's.
    expect(await editorial.update(summer!.id, { slug: 'summer', title: 'Summer, again' })).toMatchObject({
      slug: 'summer',
      title: 'Summer, again',
    });
    expect((await editorial.findAll()).map((entry) => entry.slug)).toEqual(['summer', 'winter']);
  });

  it('stores schedule times as dates and gives them back in ISO 8601, null clearing them', async () => {
    const { editorial, rows } = service();
    const created = await editorial.create(list({ startsAt: '2030-06-01T02:00:00+02:00' }));

    expect(rows[0]!.startsAt).toBeInstanceOf(Date);
    expect(created!.startsAt).toBe('2030-06-01T00:00:00.000Z');

    const updated = await editorial.update(created!.id, { startsAt: null });
    expect(updated!.startsAt).toBeNull();
    expect(await editorial.findOne(created!.id)).toEqual(updated);
  });

  it('deletes a list, saying whether there was one', async () => {
    const { editorial } = service();
    const created = await editorial.create(list());

    expect(await editorial.remove(created!.id)).toBe(true);
    expect(await editorial.remove(created!.id)).toBe(false);
    expect(await editorial.findOne(created!.id)).toBeNull();
  });
});
