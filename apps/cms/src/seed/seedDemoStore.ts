import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Product } from '@aisle/engine';
import { generateStore } from '@aisle/engine/synthetic';
import type { StoreSize } from '@aisle/engine/synthetic';
import type { Core } from '@strapi/strapi';

import { productImage } from './productImage';
import { seedPlacements } from './seedPlacements';
import type { SeedEvent } from './withListTraffic';
import { withListTraffic } from './withListTraffic';

/** The days of the history whose list traffic (impressions, clicks from lists) is seeded: the Performance page's. */
const LIST_TRAFFIC_DAYS = 30;

export interface SeedOptions {
  size?: StoreSize;
  seed?: number;
  /** Overrides the preset's sizes (the tests seed a tiny store). */
  products?: number;
  shoppers?: number;
  interactions?: number;
  /**
   * When the generated history ends (ms since the epoch). Default: when this database was first seeded (kept in
   * the store, so that a re-run generates the same events and adds none), which is now on a fresh database:
   * new orders then extend a history that ends today, instead of moving the model's clock months ahead of it
   * (which would empty best-selling and trending of everything but the new orders).
   */
  now?: number;
  /** Generated product pictures, uploaded through Strapi's media library (default true). */
  images?: boolean;
  /** Train the first model at the end (default true). */
  train?: boolean;
  log?: (message: string) => void;
}

export interface SeedReport {
  categoriesCreated: number;
  productsCreated: number;
  eventsImported: number;
  eventsAlreadyThere: number;
  eventsRejected: number;
  /** The serving model's version at the end. */
  modelVersion: number | null;
}

interface ImportJobResult {
  imported: number;
  duplicates: number;
  failed: number;
  errors: { line: number; message: string }[];
}

/**
 * Loads the engine's synthetic store into the demo CMS: the category tree and the products (with generated
 * pictures) through Strapi's document service, then the events through the recommendations plugin's import
 * path, then trains the first model. Running it again adds nothing that is there already.
 */
export async function seedDemoStore(strapi: Core.Strapi, options: SeedOptions = {}): Promise<SeedReport> {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (await historyEnd(strapi));
  const store = generateStore({
    size: options.size ?? 'small',
    seed: options.seed ?? 1,
    now,
    ...(options.products === undefined ? {} : { products: options.products }),
    ...(options.shoppers === undefined ? {} : { shoppers: options.shoppers }),
    ...(options.interactions === undefined ? {} : { interactions: options.interactions }),
  });
  const categories = await createCategories(strapi, store.catalog);
  log(`categories: ${categories.created} created`);
  const productsCreated = await createProducts(
    strapi,
    store.catalog,
    categories.ids,
    options.images ?? true,
    log,
  );
  log(`products: ${productsCreated} created`);

  log(`placements: ${await seedPlacements(strapi)} created`);

  const imports = strapi.plugin('recommendations').service('imports') as {
    run(lines: Iterable<{ line: number; value: unknown }>, format: 'jsonl'): Promise<ImportJobResult>;
  };
  const events = withListTraffic(
    store.interactions(),
    store.catalog.map((product) => product.id),
    now - LIST_TRAFFIC_DAYS * 86_400_000,
  );
  const job = await imports.run(toImportLines(events), 'jsonl');
  log(`events: ${job.imported} imported, ${job.duplicates} there already, ${job.failed} rejected`);
  if (job.failed > 0) {
    log(`first rejected rows: ${JSON.stringify(job.errors.slice(0, 3))}`);
  }

  const training = strapi.plugin('recommendations').service('training') as {
    start(): Promise<{ version: number }> | null;
    status(): Promise<{ current: { version: number } | null }>;
  };
  let modelVersion = (await training.status()).current?.version ?? null;
  const changed = job.imported > 0 || productsCreated > 0 || modelVersion === null;
  if ((options.train ?? true) && changed) {
    const result = await training.start();
    modelVersion = result === null ? null : result.version;
    log(
      modelVersion === null ? 'training: one is running already' : `training: model version ${modelVersion}`,
    );
  } else {
    log('training: nothing new since the last model');
  }
  return {
    categoriesCreated: categories.created,
    productsCreated,
    eventsImported: job.imported,
    eventsAlreadyThere: job.duplicates,
    eventsRejected: job.failed,
    modelVersion,
  };
}

async function historyEnd(strapi: Core.Strapi): Promise<number> {
  const store = strapi.store({ type: 'core', name: 'aisle-cms' });
  const stored = (await store.get({ key: 'seedHistoryEndsAt' })) as number | null;
  if (typeof stored === 'number') {
    return stored;
  }
  const now = Date.now();
  await store.set({ key: 'seedHistoryEndsAt', value: now });
  return now;
}

function* toImportLines(interactions: Iterable<SeedEvent>): Generator<{ line: number; value: unknown }> {
  let line = 0;
  for (const interaction of interactions) {
    line += 1;
    const quantity = interaction.quantity ?? 1;
    yield {
      line,
      value: {
        type: interaction.type,
        userId: interaction.userId,
        productId: interaction.productId,
        timestamp: interaction.timestamp,
        ...(interaction.quantity === undefined ? {} : { quantity }),
        ...(interaction.orderId === undefined ? {} : { orderId: interaction.orderId }),
        ...(interaction.list === undefined ? {} : { list: interaction.list }),
        ...(interaction.type === 'purchase' ? { price: round((interaction.value ?? 0) / quantity) } : {}),
      },
    };
  }
}

async function createCategories(
  strapi: Core.Strapi,
  catalog: Product[],
): Promise<{ ids: Map<string, string>; created: number }> {
  const ids = new Map<string, string>();
  let created = 0;
  const existing = (await strapi.db
    .query('api::category.category')
    .findMany({ select: ['slug', 'documentId'] })) as {
    slug: string;
    documentId: string;
  }[];
  for (const row of existing) ids.set(row.slug, row.documentId);
  for (const product of catalog) {
    const pathNames = product.category ?? [];
    for (let depth = 0; depth < pathNames.length; depth += 1) {
      const slug = slugify(pathNames.slice(0, depth + 1).join(' '));
      if (ids.has(slug)) continue;
      const parent = depth === 0 ? undefined : ids.get(slugify(pathNames.slice(0, depth).join(' ')));
      const category = await strapi
        .documents('api::category.category')
        .create({ data: { name: pathNames[depth] as string, slug, ...(parent ? { parent } : {}) } });
      ids.set(slug, category.documentId);
      created += 1;
    }
  }
  return { ids, created };
}

async function createProducts(
  strapi: Core.Strapi,
  catalog: Product[],
  categoryIds: Map<string, string>,
  images: boolean,
  log: (message: string) => void,
): Promise<number> {
  const existing = new Set(
    (
      (await strapi.db.query('api::product.product').findMany({ select: ['slug'] })) as { slug: string }[]
    ).map((row) => row.slug),
  );
  const pictures = mkdtempSync(path.join(tmpdir(), 'aisle-seed-'));
  let created = 0;
  try {
    for (const product of catalog) {
      if (existing.has(product.id)) continue;
      const categoryPath = product.category ?? [];
      const category = categoryPath.length > 0 ? categoryIds.get(slugify(categoryPath.join(' '))) : undefined;
      const image = images ? await uploadPicture(strapi, pictures, product) : undefined;
      await strapi.documents('api::product.product').create({
        data: {
          title: product.title,
          slug: product.id,
          description: product.description ?? null,
          price: product.price ?? 0,
          currency: 'EUR',
          brand: product.brand ?? null,
          tags: product.tags ?? [],
          stock: product.available === false ? 0 : 25,
          launchDate:
            product.launchedAt === undefined ? null : new Date(product.launchedAt).toISOString().slice(0, 10),
          ...(category ? { category } : {}),
          ...(image === undefined ? {} : { image }),
        },
      });
      created += 1;
      if (created % 200 === 0) log(`products: ${created} created so far`);
    }
  } finally {
    rmSync(pictures, { recursive: true, force: true });
  }
  return created;
}

async function uploadPicture(strapi: Core.Strapi, dir: string, product: Product): Promise<number> {
  const filepath = path.join(dir, `${product.id}.svg`);
  writeFileSync(filepath, productImage(product.title, product.brand ?? '', product.category?.[0] ?? ''));
  const upload = strapi.plugin('upload').service('upload') as {
    upload(input: {
      data: Record<string, unknown>;
      files: Record<string, unknown>;
    }): Promise<{ id: number }[]>;
  };
  const [file] = await upload.upload({
    data: { fileInfo: { alternativeText: product.title, name: `${product.id}.svg` } },
    files: {
      filepath,
      originalFilename: `${product.id}.svg`,
      mimetype: 'image/svg+xml',
      size: statSync(filepath).size,
    },
  });
  if (file === undefined) {
    throw new Error(`aisle-cms seed: the picture of ${product.id} was not stored`);
  }
  return file.id;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
