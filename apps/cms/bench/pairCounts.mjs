// Pair counting, PostgreSQL against the engine: the order lines of a synthetic store (large by default) are
// loaded into a throwaway PostgreSQL 15, which counts co-purchased pairs with the self-join of DESIGN.md ("Past
// one database"); the engine counts the same baskets in memory (itemToItemTopK, as training does for "frequently
// bought together"). Run with `pnpm --filter @aisle/cms bench:pairs` after `pnpm build`; --size=small|medium|large,
// or --baskets=<file> for real baskets, one a line, ids separated by spaces (the FIMI retail.dat of
// ../shared/datasets/retail-fimi). It prints numbers; it asserts nothing.
import { chmodSync, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { generateStore } from '@aisle/engine/synthetic';

import { postgresTool, startBenchPostgres } from './benchKit.mjs';

const argument = (name) =>
  process.argv
    .slice(2)
    .find((arg) => arg.startsWith(`--${name}=`))
    ?.split('=')[1];
const basketsFile = argument('baskets');
const size = argument('size') ?? 'large';
const engineDist = fileURLToPath(new URL('../node_modules/@aisle/engine/dist/', import.meta.url));
// Not part of the engine's public API: the function training counts pairs with.
const { itemToItemTopK } = await import(
  pathToFileURL(path.join(engineDist, 'sparse/itemToItemTopK.js')).href
);

const seconds = (start) => ((performance.now() - start) / 1000).toFixed(2);

// The order lines, as integers (product index, order index), in time order.
let start = performance.now();
const productIndex = new Map();
const orderIndex = new Map();
const lineOrders = [];
const lineProducts = [];
const seen = new Set();
/** Each order line once (a product twice in one order is one line, as the engine's groups and the pairs count it). */
function addLine(orderId, productId) {
  let product = productIndex.get(productId);
  if (product === undefined) productIndex.set(productId, (product = productIndex.size));
  let order = orderIndex.get(orderId);
  if (order === undefined) orderIndex.set(orderId, (order = orderIndex.size));
  const key = order * 1_000_003 + product;
  if (seen.has(key)) return;
  seen.add(key);
  lineOrders.push(order);
  lineProducts.push(product);
}
if (basketsFile) {
  readFileSync(basketsFile, 'utf8')
    .split('\n')
    .forEach((basket, order) => {
      for (const id of basket.trim().split(/\s+/)) if (id !== '') addLine(order, id);
    });
} else {
  for (const event of generateStore({ size }).interactions()) {
    if (event.type === 'purchase') addLine(event.orderId, event.productId);
  }
}
seen.clear();
const lines = lineOrders.length;
console.log(
  `${basketsFile ? path.basename(basketsFile) : `${size} store`}: ${lines.toLocaleString('en')} order lines, ${orderIndex.size.toLocaleString('en')} orders, ` +
    `${productIndex.size.toLocaleString('en')} products bought (${basketsFile ? 'read' : 'generated'} in ${seconds(start)} s)`,
);

// The engine: CSR groups (one per order), weights below 1 as training's decay makes them, top 100 with support 2.
start = performance.now();
const orderCount = orderIndex.size;
const groupStart = new Uint32Array(orderCount + 1);
for (const order of lineOrders) groupStart[order + 1]++;
for (let g = 0; g < orderCount; g++) groupStart[g + 1] += groupStart[g];
const fill = groupStart.slice(0, orderCount);
const items = new Uint32Array(lines);
for (let l = 0; l < lines; l++) items[fill[lineOrders[l]]++] = lineProducts[l];
const weights = new Float32Array(lines).fill(0.99);
const built = seconds(start);
start = performance.now();
const topK = itemToItemTopK({ start: groupStart, items, weights }, productIndex.size, {
  measure: 'rp3beta',
  k: 100,
  popularityPenalty: 0,
  minSupport: 2,
});
console.log(
  `engine: groups built in ${built} s; pairs counted and each product's top 100 kept in ${seconds(start)} s`,
);
void topK;

// PostgreSQL: a throwaway cluster, the lines loaded with COPY, then the self-join.
const work = mkdtempSync(path.join(tmpdir(), 'aisle-bench-pairs-'));
chmodSync(work, 0o777);
const postgres = await startBenchPostgres(work, ['work_mem=256MB', 'max_parallel_workers_per_gather=2']);
const port = postgres.port;
const psql = (sql) =>
  postgresTool('psql', [
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-U',
    'postgres',
    '-At',
    '-v',
    'ON_ERROR_STOP=1',
    '-c',
    sql,
  ]);
try {
  const csv = path.join(work, 'lines.csv');
  const out = createWriteStream(csv);
  for (let l = 0; l < lines; l++) out.write(`${lineOrders[l]},${lineProducts[l]}\n`);
  await new Promise((resolve) => out.end(resolve));
  chmodSync(csv, 0o644);
  start = performance.now();
  psql('CREATE TABLE lines (order_id integer NOT NULL, product_id integer NOT NULL)');
  psql(`COPY lines FROM '${csv}' WITH (FORMAT csv)`);
  psql('CREATE INDEX lines_order ON lines (order_id, product_id); ANALYZE lines');
  console.log(`postgres: ${lines.toLocaleString('en')} lines loaded and indexed in ${seconds(start)} s`);
  const pairSql = (having) =>
    `SELECT a.product_id AS first, b.product_id AS second, count(*) AS orders FROM lines a JOIN lines b ON a.order_id = b.order_id AND a.product_id < b.product_id GROUP BY 1, 2${having}`;
  for (const [label, having] of [
    ['every pair', ''],
    ['pairs in at least 2 orders', ' HAVING count(*) >= 2'],
  ]) {
    start = performance.now();
    const pairs = psql(`CREATE TABLE pairs AS ${pairSql(having)}; SELECT count(*) FROM pairs`)
      .trim()
      .split('\n')
      .at(-1);
    console.log(
      `postgres: ${label}: ${Number(pairs).toLocaleString('en')} pairs counted in ${seconds(start)} s`,
    );
    psql('DROP TABLE pairs');
  }
} finally {
  postgres.stop();
  rmSync(work, { recursive: true, force: true });
}
