import { STORE_PRESETS, type StoreSize } from '../synthetic/index.js';

/** One synthetic store the benchmark measures in a child process. */
export interface BenchStore {
  label: string;
  products: number;
  shoppers: number;
  interactions: number;
  /** Also measure serving (latency per list), saving and loading, and updates. */
  serve: boolean;
}

/** The preset sizes, fully measured. */
export function presetStore(size: StoreSize): BenchStore {
  return { label: size, ...STORE_PRESETS[size], serve: true };
}

/**
 * The presets grow products and interactions together; these two series grow one at a time (100,000
 * shoppers throughout), to tell which of the two drives training time, memory and model size.
 */
export const GROWTH_SERIES: readonly { axis: 'products' | 'interactions'; stores: BenchStore[] }[] = [
  {
    axis: 'products',
    stores: [1_000, 10_000, 100_000].map((products) => ({
      label: `${products / 1000}k products`,
      products,
      shoppers: 100_000,
      interactions: 1_000_000,
      serve: false,
    })),
  },
  {
    axis: 'interactions',
    stores: [250_000, 1_000_000, 4_000_000].map((interactions) => ({
      label: `${interactions / 1_000_000}M interactions`,
      products: 10_000,
      shoppers: 100_000,
      interactions,
      serve: false,
    })),
  },
];
