import { EngineInputError } from '../errors.js';
import { LIST_NAMES } from '../lists/listRegistry.js';
import { INTERACTION_TYPES } from '../types.js';
import type { EngineConfig, EngineConfigInput, ListName, SimilarityMeasure } from '../types.js';
import { DEFAULT_CONFIG } from './defaultConfig.js';

const SIMILARITIES: readonly SimilarityMeasure[] = ['ridge', 'rp3beta', 'cosine', 'jaccard', 'lift'];

function checkNumber(name: string, value: unknown, min: number, max: number, integer = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new EngineInputError(
      `config ${name} must be a number from ${min} to ${max}, got ${JSON.stringify(value)}`,
    );
  }
  if (integer && !Number.isInteger(value)) {
    throw new EngineInputError(`config ${name} must be an integer, got ${value}`);
  }
  return value;
}

function checkListNames(name: string, value: unknown): ListName[] {
  if (!Array.isArray(value) || value.some((entry) => !(LIST_NAMES as readonly unknown[]).includes(entry))) {
    throw new EngineInputError(`config ${name} must be a list of ${LIST_NAMES.join(', ')}`);
  }
  return value as ListName[];
}

function checkKnownKeys(name: string, value: object, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new EngineInputError(`config ${name ? `${name}.` : ''}${key} is not an option`);
    }
  }
}

/** Merges a partial configuration over `DEFAULT_CONFIG` and validates every option. */
export function resolveConfig(input: EngineConfigInput = {}): EngineConfig {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new EngineInputError('config must be an object');
  }
  checkKnownKeys('', input, Object.keys(DEFAULT_CONFIG));
  const weights = { ...DEFAULT_CONFIG.weights, ...input.weights };
  checkKnownKeys('weights', weights, INTERACTION_TYPES);
  for (const type of INTERACTION_TYPES) checkNumber(`weights.${type}`, weights[type], 0, 1e6);
  const windows = { ...DEFAULT_CONFIG.windows, ...input.windows };
  checkKnownKeys('windows', windows, Object.keys(DEFAULT_CONFIG.windows));
  for (const [key, days] of Object.entries(windows)) checkNumber(`windows.${key}`, days, 1, 3650, true);
  const fallback = { ...DEFAULT_CONFIG.fallback, ...input.fallback };
  checkKnownKeys('fallback', fallback, LIST_NAMES);
  for (const list of LIST_NAMES) checkListNames(`fallback.${list}`, fallback[list]);
  const ridge = { ...DEFAULT_CONFIG.ridge, ...input.ridge };
  checkKnownKeys('ridge', ridge, Object.keys(DEFAULT_CONFIG.ridge));
  checkNumber('ridge.regressors', ridge.regressors, 1, 1000, true);
  checkNumber('ridge.behaviourLambda', ridge.behaviourLambda, 1e-6, 1e9);
  checkNumber('ridge.coPurchaseLambda', ridge.coPurchaseLambda, 1e-6, 1e9);
  if (typeof ridge.chooseCoPurchaseLambda !== 'boolean') {
    throw new EngineInputError(
      `config ridge.chooseCoPurchaseLambda must be true or false, got ${JSON.stringify(ridge.chooseCoPurchaseLambda)}`,
    );
  }
  checkNumber('ridge.groupSizePower', ridge.groupSizePower, 0, 2);
  checkNumber('ridge.behaviourDropout', ridge.behaviourDropout, 0, 0.95);
  checkNumber('ridge.coPurchaseDropout', ridge.coPurchaseDropout, 0, 0.95);
  checkNumber('ridge.maxProducts', ridge.maxProducts, 0, 1e9, true);
  // Dense weights hold three n x n matrices of doubles while training: 5,000 products is 600 MB.
  checkNumber('ridge.denseMaxProducts', ridge.denseMaxProducts, 0, 5000, true);

  const similarity = input.similarity ?? DEFAULT_CONFIG.similarity;
  if (!SIMILARITIES.includes(similarity)) {
    throw new EngineInputError(
      `config similarity must be one of ${SIMILARITIES.join(', ')}, got ${JSON.stringify(similarity)}`,
    );
  }
  const bestSellingBy = input.bestSellingBy ?? DEFAULT_CONFIG.bestSellingBy;
  if (bestSellingBy !== 'units' && bestSellingBy !== 'revenue') {
    throw new EngineInputError(
      `config bestSellingBy must be "units" or "revenue", got ${JSON.stringify(bestSellingBy)}`,
    );
  }
  return {
    weights,
    windows,
    fallback,
    ridge,
    similarity,
    bestSellingBy,
    halfLifeDays: checkNumber('halfLifeDays', input.halfLifeDays ?? DEFAULT_CONFIG.halfLifeDays, 0, 36500),
    ratingPower: checkNumber('ratingPower', input.ratingPower ?? DEFAULT_CONFIG.ratingPower, 0, 2),
    ratingHalfLifeDays: checkNumber(
      'ratingHalfLifeDays',
      input.ratingHalfLifeDays ?? DEFAULT_CONFIG.ratingHalfLifeDays,
      0,
      36500,
    ),
    coPurchaseHalfLifeDays: checkNumber(
      'coPurchaseHalfLifeDays',
      input.coPurchaseHalfLifeDays ?? DEFAULT_CONFIG.coPurchaseHalfLifeDays,
      0,
      36500,
    ),
    intentHalfLifeHours: checkNumber(
      'intentHalfLifeHours',
      input.intentHalfLifeHours ?? DEFAULT_CONFIG.intentHalfLifeHours,
      0,
      87600,
    ),
    neighbors: checkNumber('neighbors', input.neighbors ?? DEFAULT_CONFIG.neighbors, 1, 1000, true),
    graphItemsPerShopper: checkNumber(
      'graphItemsPerShopper',
      input.graphItemsPerShopper ?? DEFAULT_CONFIG.graphItemsPerShopper,
      1,
      1000,
      true,
    ),
    contentShrinkage: checkNumber(
      'contentShrinkage',
      input.contentShrinkage ?? DEFAULT_CONFIG.contentShrinkage,
      0,
      1e6,
    ),
    popularityPenalty: checkNumber(
      'popularityPenalty',
      input.popularityPenalty ?? DEFAULT_CONFIG.popularityPenalty,
      0,
      1,
    ),
    minSupport: checkNumber('minSupport', input.minSupport ?? DEFAULT_CONFIG.minSupport, 1, 1e9, true),
    recentlyViewedSize: checkNumber(
      'recentlyViewedSize',
      input.recentlyViewedSize ?? DEFAULT_CONFIG.recentlyViewedSize,
      1,
      200,
      true,
    ),
  };
}
