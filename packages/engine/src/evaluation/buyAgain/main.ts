#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { generateStore } from '../../synthetic/generateStore.js';
import { STORE_SIZES, type StoreSize } from '../../synthetic/storePresets.js';
import { evaluateBuyAgain } from './evaluateBuyAgain.js';

// `pnpm evaluate:buy-again`: buy-again against the shopper's most bought on the synthetic store, whose
// consumables are bought again at per-product intervals. The last 30 days are the test.
const USAGE = `usage: pnpm evaluate:buy-again [--size ${STORE_SIZES.join('|')}] [--seeds 1,2,3] [--k 10]`;
const { values } = parseArgs({
  options: { size: { type: 'string' }, seeds: { type: 'string' }, k: { type: 'string' } },
});
const size = (values.size ?? 'small') as StoreSize;
const k = Number(values.k ?? 10);
const seeds = (values.seeds ?? '1,2,3').split(',').map(Number);
if (
  !STORE_SIZES.includes(size) ||
  !Number.isInteger(k) ||
  k < 1 ||
  seeds.some((seed) => !Number.isInteger(seed))
) {
  process.stderr.write(`evaluate:buy-again: bad arguments\n${USAGE}\n`);
  process.exit(2);
}
for (const seed of seeds) {
  const store = generateStore({ size, seed });
  const events = [...store.interactions()];
  const result = evaluateBuyAgain(store.catalog, events, store.options.now - 30 * 86_400_000, k);
  process.stdout.write(
    `${size} seed ${seed}: ${result.shoppers} shoppers with a repeat in their next order; hit rate@${k} ` +
      `buy-again ${result.buyAgain.toFixed(3)}, most bought ${result.mostBought.toFixed(3)}\n`,
  );
}
