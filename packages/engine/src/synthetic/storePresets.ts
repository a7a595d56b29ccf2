export type StoreSize = 'small' | 'medium' | 'large';

export interface StoreDimensions {
  products: number;
  shoppers: number;
  interactions: number;
}

/** The store sizes the tests, the demo and the benchmarks share. */
export const STORE_PRESETS: Readonly<Record<StoreSize, Readonly<StoreDimensions>>> = {
  small: { products: 1_000, shoppers: 2_000, interactions: 100_000 },
  medium: { products: 10_000, shoppers: 100_000, interactions: 1_000_000 },
  large: { products: 100_000, shoppers: 1_000_000, interactions: 10_000_000 },
};

export const STORE_SIZES = Object.keys(STORE_PRESETS) as StoreSize[];
