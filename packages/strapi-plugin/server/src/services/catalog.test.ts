import { recommend, train } from '@aisle/engine';
import type { Core } from '@strapi/strapi';
import { describe, expect, it, vi } from 'vitest';

import type { PluginSettings } from '../../../shared/contracts/settings';
import { CatalogUnavailableError } from '../catalog/CatalogUnavailableError';
import type { PluginServices } from './Collaborators';
import { createCatalogService } from './catalog';

const PRODUCT = 'api::product.product';
const CATEGORY = 'api::category.category';

type Row = Record<string, unknown>;

const productType = {
  attributes: {
    slug: { type: 'uid' },
    title: { type: 'string' },
    price: { type: 'decimal' },
    currency: { type: 'string' },
    stock: { type: 'integer' },
    category: { type: 'relation', relation: 'manyToOne', target: CATEGORY },
  },
  options: { draftAndPublish: true },
};
const categoryType = {
  attributes: {
    name: { type: 'string' },
    parent: { type: 'relation', relation: 'manyToOne', target: CATEGORY },
  },
};

const settingsOf = (contentType = PRODUCT): PluginSettings =>
  ({
    catalog: {
      contentType,
      fields: {
        id: 'slug',
        title: 'title',
        price: 'price',
        currency: 'currency',
        category: 'category',
        availability: 'stock',
      },
    },
  }) as PluginSettings;

/**
 * A Strapi of two content types whose query engine keeps rows in memory. Relations are stored as `{ id }` and
 * only come back when populated, as Strapi's do, so a catalog that forgets to populate loses its categories.
 */
function inMemoryStrapi(tables: Record<string, Row[]>, contentTypes: Record<string, unknown>) {
  const reads: string[] = [];
  // While held, a read of the products has taken its rows but has not answered yet: a change can land in between.
  let held: Promise<void> | null = null;
  let release: () => void = () => undefined;
  const listeners: ((event: { action: string; model: { uid: string } }) => void)[] = [];
  const strapi = {
    contentTypes,
    db: {
      lifecycles: { subscribe: (listener: (typeof listeners)[number]) => listeners.push(listener) },
      query: (uid: string) => ({
        findMany: async (params: {
          where?: { publishedAt?: { $notNull: true } };
          populate?: Record<string, unknown>;
          offset?: number;
          limit?: number;
        }) => {
          reads.push(uid);
          const rows = [...(tables[uid] ?? [])]
            .filter((row) => params.where?.publishedAt === undefined || row.publishedAt != null)
            .sort((a, b) => Number(a.id) - Number(b.id))
            .slice(
              params.offset ?? 0,
              params.limit === undefined ? undefined : (params.offset ?? 0) + params.limit,
            );
          if (held !== null && uid === PRODUCT) await held;
          return rows.map((row) => {
            const copy: Row = {};
            for (const [key, value] of Object.entries(row)) {
              const isRelation = value !== null && typeof value === 'object' && !(value instanceof Date);
              if (!isRelation || params.populate?.[key] !== undefined) copy[key] = value;
            }
            return copy;
          });
        },
      }),
    },
  };
  const write = (action: string, uid: string) => {
    for (const listener of listeners) listener({ action, model: { uid } });
  };
  const hold = () => {
    held = new Promise((resolve) => (release = resolve));
    return () => {
      held = null;
      release();
    };
  };
  return { strapi: strapi as unknown as Core.Strapi, reads, write, hold };
}

const categories = (): Row[] => [
  { id: 1, name: 'Home', parent: null },
  { id: 2, name: 'Kitchen', parent: { id: 1 } },
  { id: 3, name: 'Knives', parent: { id: 2 } },
];
const published = '2026-01-01T00:00:00.000Z';

function service(
  products: Row[],
  {
    settings = settingsOf(),
    contentTypes = { [PRODUCT]: productType, [CATEGORY]: categoryType },
  }: { settings?: PluginSettings; contentTypes?: Record<string, unknown> } = {},
) {
  const tables = { [PRODUCT]: products, [CATEGORY]: categories() };
  const memory = inMemoryStrapi(tables, contentTypes);
  const published: string[] = [];
  let settingsReads = 0;
  const deps = {
    settings: {
      get: async () => {
        settingsReads += 1;
        return settings;
      },
    },
    cluster: {
      publish: async (topic: string) => {
        published.push(topic);
      },
    },
  } as unknown as Pick<PluginServices, 'cluster' | 'settings'>;
  const catalog = createCatalogService({ strapi: memory.strapi, deps });
  return {
    catalog,
    tables,
    published,
    productReads: () => memory.reads.filter((uid) => uid === PRODUCT).length,
    write: memory.write,
    hold: memory.hold,
    settingsReads: () => settingsReads,
  };
}

describe('the catalog service (in-memory Strapi and collaborators)', () => {
  it('maps the published products through the field mapping, with category paths from the root', async () => {
    const { catalog } = service([
      {
        id: 1,
        slug: 'chef-knife',
        title: 'Chef knife',
        price: '49.90',
        currency: 'EUR',
        stock: 3,
        category: { id: 3 },
        publishedAt: published,
      },
      {
        id: 2,
        slug: 'kettle',
        title: 'Kettle',
        price: 30,
        currency: 'EUR',
        stock: 0,
        category: { id: 2 },
        publishedAt: published,
      },
      { id: 3, slug: 'draft-pan', title: 'Pan', price: 20, stock: 5, category: { id: 2 }, publishedAt: null },
      { id: 4, slug: 'untitled', title: '', price: 10, stock: 1, category: null, publishedAt: published },
      // A second document with a slug already seen: the first one read wins.
      {
        id: 5,
        slug: 'kettle',
        title: 'Kettle (copy)',
        price: 99,
        stock: 9,
        category: null,
        publishedAt: published,
      },
    ]);

    const { products, engineProducts } = await catalog.get();

    expect([...products.keys()]).toEqual(['chef-knife', 'kettle']);
    expect(products.get('chef-knife')).toMatchObject({
      title: 'Chef knife',
      price: 49.9,
      currency: 'EUR',
      available: true,
      category: ['Home', 'Kitchen', 'Knives'],
    });
    expect(products.get('kettle')).toMatchObject({
      title: 'Kettle',
      price: 30,
      available: false,
      category: ['Home', 'Kitchen'],
    });
    expect(engineProducts).toEqual([
      {
        id: 'chef-knife',
        title: 'Chef knife',
        price: 49.9,
        category: ['Home', 'Kitchen', 'Knives'],
        available: true,
      },
      { id: 'kettle', title: 'Kettle', price: 30, category: ['Home', 'Kitchen'], available: false },
    ]);
  });

  it('hands the engine products it can serve: by category at any level of the path, never what is sold out', async () => {
    const { catalog } = service([
      {
        id: 1,
        slug: 'chef-knife',
        title: 'Chef knife',
        price: 49,
        stock: 3,
        category: { id: 3 },
        publishedAt: published,
      },
      {
        id: 2,
        slug: 'kettle',
        title: 'Kettle',
        price: 30,
        stock: 0,
        category: { id: 2 },
        publishedAt: published,
      },
      {
        id: 3,
        slug: 'toaster',
        title: 'Toaster',
        price: 25,
        stock: 2,
        category: { id: 2 },
        publishedAt: published,
      },
      {
        id: 4,
        slug: 'sofa',
        title: 'Sofa',
        price: 900,
        stock: 1,
        category: { id: 1 },
        publishedAt: published,
      },
    ]);
    // Everything sold once, so that best-selling has a candidate for each product.
    const purchases = ['chef-knife', 'kettle', 'toaster', 'sofa'].map((productId, index) => ({
      userId: `u${index}`,
      productId,
      type: 'purchase' as const,
      timestamp: Date.parse(published),
    }));
    const model = train((await catalog.get()).engineProducts, purchases);
    const served = (category: string) =>
      recommend(model, { list: 'best-selling', category, limit: 10 })
        .items.map((item) => item.id)
        .sort();

    expect(served('Kitchen')).toEqual(['chef-knife', 'toaster']);
    expect(served('Home')).toEqual(['chef-knife', 'sofa', 'toaster']);
  });

  it('reads every page of a catalog larger than one page', async () => {
    const products = Array.from({ length: 1001 }, (_, index) => ({
      id: index + 1,
      slug: `p${index + 1}`,
      title: `Product ${index + 1}`,
      stock: 1,
      publishedAt: published,
    }));
    const { catalog, productReads } = service(products);

    const { engineProducts } = await catalog.get();

    expect(engineProducts).toHaveLength(1001);
    expect(engineProducts.at(-1)?.id).toBe('p1001');
    expect(productReads()).toBe(2);
  });

  it('takes a category held as text as a path of one', async () => {
    const { catalog } = service([{ id: 1, slug: 'mug', title: 'Mug', category: 'Tableware', stock: 4 }], {
      contentTypes: {
        [PRODUCT]: { attributes: { ...productType.attributes, category: { type: 'string' } } },
      },
    });

    expect((await catalog.get()).products.get('mug')?.category).toEqual(['Tableware']);
  });

  it('reads the catalog once for any number of callers, at the same time or later', async () => {
    const { catalog, productReads, settingsReads } = service([
      { id: 1, slug: 'mug', title: 'Mug', stock: 1, publishedAt: published },
    ]);

    const [first, second] = await Promise.all([catalog.get(), catalog.get()]);
    const third = await catalog.get();

    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(productReads()).toBe(1);
    expect(settingsReads()).toBe(1);
  });

  it('reads again after a write to the products or their categories, and tells the other instances', async () => {
    const {
      catalog,
      tables,
      published: topics,
      productReads,
      write,
    } = service([{ id: 1, slug: 'mug', title: 'Mug', stock: 1, publishedAt: published }]);
    await catalog.get();

    tables[PRODUCT]!.push({ id: 2, slug: 'bowl', title: 'Bowl', stock: 1, publishedAt: published });
    write('afterCreate', PRODUCT);
    expect([...(await catalog.get()).products.keys()]).toEqual(['mug', 'bowl']);

    write('afterUpdate', CATEGORY);
    await catalog.get();

    expect(productReads()).toBe(3);
    expect(topics).toEqual(['catalog', 'catalog']);
  });

  it('keeps its cache through reads of the catalog and writes to other content types', async () => {
    const {
      catalog,
      published: topics,
      productReads,
      write,
    } = service([{ id: 1, slug: 'mug', title: 'Mug', stock: 1, publishedAt: published }]);
    await catalog.get();

    // Reading fires lifecycles too: taking them for changes would reload the catalog on every load.
    write('afterFindMany', PRODUCT);
    write('afterCreate', 'api::article.article');
    await catalog.get();

    expect(productReads()).toBe(1);
    expect(topics).toEqual([]);
  });

  it("reads again once invalidated, as when another instance's change arrives through the cluster", async () => {
    const {
      catalog,
      tables,
      published: topics,
    } = service([{ id: 1, slug: 'mug', title: 'Mug', stock: 1, publishedAt: published }]);
    expect((await catalog.get()).products.get('mug')?.available).toBe(true);

    tables[PRODUCT]![0]!.stock = 0;
    catalog.invalidate();

    expect((await catalog.get()).products.get('mug')?.available).toBe(false);
    // The change came from elsewhere: announcing it again would echo between instances.
    expect(topics).toEqual([]);
  });

  it('does not keep a catalog whose reading began before a change', async () => {
    const { catalog, tables, productReads, hold } = service([
      { id: 1, slug: 'mug', title: 'Mug', stock: 1, publishedAt: published },
    ]);

    const resume = hold();
    const stale = catalog.get();
    await vi.waitFor(() => expect(productReads()).toBe(1));
    tables[PRODUCT]![0] = { ...tables[PRODUCT]![0], stock: 0 };
    catalog.invalidate();
    resume();
    expect((await stale).products.get('mug')?.available).toBe(true);

    expect((await catalog.get()).products.get('mug')?.available).toBe(false);
    expect(productReads()).toBe(2);
  });

  it('says the catalog is unavailable when the mapped content type does not exist', async () => {
    const { catalog } = service([], { settings: settingsOf('api::gone.gone') });

    await expect(catalog.get()).rejects.toBeInstanceOf(CatalogUnavailableError);
    await expect(catalog.get()).rejects.toThrow('"api::gone.gone" does not exist');
  });

  it('samples the first product a mapping maps, before the mapping is saved', async () => {
    const { catalog } = service([
      { id: 1, slug: 'untitled', title: '', stock: 1, publishedAt: published },
      {
        id: 2,
        slug: 'chef-knife',
        title: 'Chef knife',
        price: 49,
        stock: 1,
        category: { id: 3 },
        publishedAt: published,
      },
    ]);

    expect(await catalog.sample(settingsOf().catalog)).toMatchObject({
      id: 'chef-knife',
      title: 'Chef knife',
      category: ['Home', 'Kitchen', 'Knives'],
    });
    const byTitle = { ...settingsOf().catalog, fields: { ...settingsOf().catalog.fields, id: 'title' } };
    expect((await catalog.sample(byTitle))?.id).toBe('Chef knife');
    await expect(catalog.sample(settingsOf('api::gone.gone').catalog)).rejects.toBeInstanceOf(
      CatalogUnavailableError,
    );
  });
});
