import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelStats } from '../modelStats.js';
import { recommend } from '../recommend.js';
import { serializeModel } from '../serialize/serializeModel.js';
import { generateStore } from '../synthetic/generateStore.js';
import { groupThousands } from './groupThousands.js';
import type { StoreOptions } from '../synthetic/generateStore.js';
import { train } from '../train.js';
import type { Interaction, Product, RecommendRequest } from '../types.js';

export interface DemoOptions {
  /** The synthetic store to generate (default: the `small` preset, seed 1). */
  store?: StoreOptions;
  /** Where the model and the catalog are written. */
  outDir: string;
  /** How the printed paths are shown (for example relative to the repository root). */
  showPath?: (path: string) => string;
}

export interface DemoResult {
  modelPath: string;
  catalogPath: string;
  productId: string;
  userId: string;
}

const LIMIT = 5;
const RECENT_EVENTS = 3;

/**
 * The walk-through `npm start` prints until the demo store exists: a synthetic store is generated and trained,
 * and every list is shown the way a shop would use it (a product page, a basket, a shopper, the store-wide
 * lists), each item with its title and the reasons the engine gives.
 */
export function runDemo(
  { store: storeOptions = {}, outDir, showPath = (path) => path }: DemoOptions,
  write: (text: string) => void,
): DemoResult {
  const store = generateStore(storeOptions);
  const byId = new Map(store.catalog.map((product) => [product.id, product]));

  const start = performance.now();
  const model = train(store.catalog, store.interactions());
  const seconds = (performance.now() - start) / 1000;
  const bytes = serializeModel(model);
  mkdirSync(outDir, { recursive: true });
  const modelPath = join(outDir, 'store.model');
  const catalogPath = join(outDir, 'catalog.jsonl');
  writeFileSync(modelPath, bytes);
  writeFileSync(catalogPath, store.catalog.map((product) => JSON.stringify(product)).join('\n') + '\n');

  const stats = modelStats(model);
  const count = groupThousands;
  const { options } = store;
  write(
    `Aisle demo: a synthetic store (seed ${options.seed}) of ${count(stats.products)} products, ` +
      `${count(stats.users)} shoppers and sessions, ${count(stats.interactions)} interactions over ${options.days} days.\n` +
      `Trained in ${seconds.toFixed(2)} s; the model takes ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MiB.\n`,
  );

  const show = (title: string, request: RecommendRequest): string[] => {
    const { items } = recommend(model, { limit: LIMIT, ...request });
    write(`\n  ${title}\n`);
    if (items.length === 0) write('    (nothing to show)\n');
    items.forEach((item, index) => {
      const reasons = item.reasons.map((reason) => reason.text).join('; ');
      const marker = item.source === 'ai' ? '' : ` [${item.source}]`;
      write(`    ${index + 1}. ${describe(byId.get(item.id), item.id)}${marker}\n       ${reasons}\n`);
    });
    return items.map((item) => item.id);
  };

  // The product page shows a best seller that has co-purchase evidence, so that every list has something to say.
  const bestSellers = recommend(model, { list: 'best-selling', limit: 30, fallback: [] }).items.map(
    (item) => item.id,
  );
  const productId =
    bestSellers.find(
      (id) =>
        recommend(model, { list: 'frequently-bought-together', productId: id, fallback: [] }).items.length >=
        3,
    ) ??
    bestSellers[0] ??
    store.catalog[0]!.id;
  write(`\nProduct page: ${describe(byId.get(productId), productId)}\n`);
  show('People also like', { list: 'people-also-like', productId });
  const together = show('Frequently bought together', { list: 'frequently-bought-together', productId });
  show('Similar products', { list: 'similar', productId });

  const basket = [productId, ...together.slice(0, 1)];
  write(`\nBasket: ${basket.map((id) => byId.get(id)?.title ?? id).join(' + ')}\n`);
  show('Frequently bought together (whole basket)', { list: 'frequently-bought-together', basket });

  const userId = pickShopper(store.interactions());
  const history = shopperHistory(store.interactions(), userId);
  write(`\nShopper ${userId}\n`);
  const titles = (ids: string[]): string =>
    ids.map((id) => byId.get(id)?.title ?? id).join('; ') || 'nothing';
  write(`    Last bought: ${titles(history.bought)}\n    Last viewed: ${titles(history.viewed)}\n`);
  show('Picks for you', { list: 'picks-for-you', userId });
  show('Recently viewed', { list: 'recently-viewed', userId });

  write('\nStore-wide lists\n');
  show('New arrivals', { list: 'new' });
  show('Best-selling (last 30 days)', { list: 'best-selling' });
  show('Trending', { list: 'trending' });
  const category = byId.get(productId)?.category?.[0];
  if (category) show(`Trending in ${category}`, { list: 'trending', category });

  write(
    `\nThe model is in ${showPath(modelPath)} and its catalog in ${showPath(catalogPath)}.\n` +
      `Ask it yourself, one JSON request a line (from the repository root):\n` +
      `  echo '{"list":"picks-for-you","userId":"${userId}","limit":3}' | pnpm aisle-engine recommend --model ${showPath(modelPath)}\n` +
      `  echo '{"list":"frequently-bought-together","basket":${JSON.stringify(basket)}}' | pnpm aisle-engine recommend --model ${showPath(modelPath)}\n` +
      `"pnpm aisle-engine help" lists every command; the engine's README documents the lists and the options.\n`,
  );
  return { modelPath, catalogPath, productId, userId };
}

function describe(product: Product | undefined, id: string): string {
  if (!product) return id;
  const details = [product.brand, product.category?.join(' > '), product.price?.toFixed(2)].filter(Boolean);
  return `${product.title} (${[id, ...details].join(', ')})`;
}

/** A signed-in shopper with a story: the one who viewed the most distinct products, among those who bought twice or more. */
function pickShopper(interactions: Iterable<Interaction>): string {
  const viewed = new Map<string, Set<string>>();
  const bought = new Map<string, number>();
  for (const { userId, productId, type } of interactions) {
    if (type === 'purchase') bought.set(userId, (bought.get(userId) ?? 0) + 1);
    else if (type === 'view') {
      const products = viewed.get(userId);
      if (products) products.add(productId);
      else viewed.set(userId, new Set([productId]));
    }
  }
  let best = '';
  let most = -1;
  for (const [userId, products] of viewed) {
    if ((bought.get(userId) ?? 0) >= 2 && products.size > most) {
      best = userId;
      most = products.size;
    }
  }
  return best || (viewed.keys().next().value ?? '');
}

/** The shopper's last distinct purchases and views, newest first. */
function shopperHistory(
  interactions: Iterable<Interaction>,
  userId: string,
): { bought: string[]; viewed: string[] } {
  const bought: string[] = [];
  const viewed: string[] = [];
  for (const { userId: user, productId, type } of interactions) {
    if (user !== userId || (type !== 'purchase' && type !== 'view')) continue;
    const list = type === 'purchase' ? bought : viewed;
    const seen = list.indexOf(productId);
    if (seen >= 0) list.splice(seen, 1);
    list.push(productId);
  }
  return { bought: bought.slice(-RECENT_EVENTS).reverse(), viewed: viewed.slice(-RECENT_EVENTS).reverse() };
}
