export { generateCatalog, type CatalogOptions } from './generateCatalog.js';
export { generateInteractions, type InteractionOptions } from './generateInteractions.js';
export { generateStore, type StoreOptions, type SyntheticStore } from './generateStore.js';
export { STORE_PRESETS, STORE_SIZES, type StoreDimensions, type StoreSize } from './storePresets.js';
export { SYNTHETIC_NOW } from './defaults.js';
export { createRandom, type Random } from './createRandom.js';
