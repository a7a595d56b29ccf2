import type { Interaction, Product } from '../types.js';
import { EngineInputError } from '../errors.js';
import { checkOption } from './checkOption.js';
import { SYNTHETIC_NOW } from './defaults.js';
import { generateCatalog } from './generateCatalog.js';
import { generateInteractions } from './generateInteractions.js';
import { STORE_PRESETS, type StoreDimensions, type StoreSize } from './storePresets.js';

export interface StoreOptions extends Partial<StoreDimensions> {
  /** Default 1. */
  seed?: number;
  /** A preset of `STORE_PRESETS` (default `small`); `products`, `shoppers` and `interactions` override it. */
  size?: StoreSize;
  /** History length in days (default 120). */
  days?: number;
  /** The store's present (ms since the epoch), default `SYNTHETIC_NOW`. */
  now?: number;
}

export interface SyntheticStore {
  /** The options in effect, every default filled in. */
  options: Required<Omit<StoreOptions, 'size'>> & { size: StoreSize | 'custom' };
  catalog: Product[];
  /** A fresh generator over the same interactions at each call, in time order. */
  interactions(): Generator<Interaction, void, undefined>;
}

/** A catalog and its interactions from one seed: `generateCatalog` and `generateInteractions` with shared options. */
export function generateStore(options: StoreOptions = {}): SyntheticStore {
  const size = options.size ?? 'small';
  const preset = STORE_PRESETS[size];
  if (preset === undefined) {
    const known = Object.keys(STORE_PRESETS).join(', ');
    throw new EngineInputError(
      `generateStore: option "size" must be one of ${known}, got ${JSON.stringify(size)}`,
    );
  }
  const custom =
    options.products !== undefined || options.shoppers !== undefined || options.interactions !== undefined;
  const resolved = {
    seed: options.seed ?? 1,
    size: custom ? ('custom' as const) : size,
    products: options.products ?? preset.products,
    shoppers: options.shoppers ?? preset.shoppers,
    interactions: options.interactions ?? preset.interactions,
    days: options.days ?? 120,
    now: options.now ?? SYNTHETIC_NOW,
  };
  checkOption('generateStore', 'days', resolved.days, { min: 1 / 24, max: 36_500 });
  const catalog = generateCatalog({ seed: resolved.seed, products: resolved.products, now: resolved.now });
  const interactionOptions = {
    seed: resolved.seed,
    shoppers: resolved.shoppers,
    interactions: resolved.interactions,
    days: resolved.days,
    now: resolved.now,
  };
  // Checks the options now rather than at the first `next()` of the first generator.
  generateInteractions(catalog, interactionOptions);
  return {
    options: resolved,
    catalog,
    interactions: () => generateInteractions(catalog, interactionOptions),
  };
}
