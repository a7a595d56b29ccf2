import { EngineInputError } from './errors.js';
import { LIST_NAMES } from './lists/listRegistry.js';
import type { ListFilters, ListName, RecommendRequest } from './types.js';

export const MAX_LIMIT = 100;
/** The most lines a basket may have: a wholesale order's. */
export const MAX_BASKET_IDS = 1000;
/** The most ids `exclude` may have. */
const MAX_EXCLUDE_IDS = 500;
const MAX_ID_LENGTH = 256;
const KNOWN = new Set([
  'list',
  'userId',
  'productId',
  'basket',
  'category',
  'limit',
  'exclude',
  'filters',
  'fallback',
  'includePurchased',
  'now',
]);

function checkId(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ID_LENGTH) {
    throw new EngineInputError(`${field} must be a non-empty string of at most ${MAX_ID_LENGTH} characters`);
  }
  return value;
}

function checkIds(field: string, value: unknown, max: number): string[] {
  if (!Array.isArray(value) || value.length > max) {
    const got = Array.isArray(value) ? `${value.length} ids` : String(JSON.stringify(value)).slice(0, 40);
    throw new EngineInputError(`${field} must be a list of at most ${max} ids, got ${got}`);
  }
  return value.map((id, index) => checkId(`${field}[${index}]`, id));
}

function checkNumber(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new EngineInputError(`${field} must be a number`);
  return value;
}

function checkFilters(value: unknown): ListFilters {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new EngineInputError('filters must be an object');
  }
  const filters: ListFilters = {};
  for (const [key, entry] of Object.entries(value)) {
    if (key === 'availableOnly') {
      if (typeof entry !== 'boolean')
        throw new EngineInputError('filters.availableOnly must be true or false');
      filters.availableOnly = entry;
    } else if (key === 'category' || key === 'brand') {
      filters[key] = checkId(`filters.${key}`, entry);
    } else if (key === 'minPrice' || key === 'maxPrice') {
      filters[key] = checkNumber(`filters.${key}`, entry);
    } else {
      throw new EngineInputError(
        `filters.${key} is not a filter (availableOnly, category, brand, minPrice, maxPrice)`,
      );
    }
  }
  return filters;
}

/** Checks an untrusted request (a JSON line, a query string turned into an object) and returns it typed. */
export function validateRecommendRequest(value: unknown): RecommendRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new EngineInputError('a request must be a JSON object');
  }
  const input = value as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!KNOWN.has(key)) throw new EngineInputError(`"${key}" is not a request field`);
  }
  if (!(LIST_NAMES as readonly unknown[]).includes(input.list)) {
    throw new EngineInputError(
      `list must be one of ${LIST_NAMES.join(', ')}, got ${JSON.stringify(input.list)}`,
    );
  }
  const request: RecommendRequest = { list: input.list as ListName };
  if (input.userId !== undefined) request.userId = checkId('userId', input.userId);
  if (input.productId !== undefined) request.productId = checkId('productId', input.productId);
  if (input.basket !== undefined) request.basket = checkIds('basket', input.basket, MAX_BASKET_IDS);
  if (input.category !== undefined) request.category = checkId('category', input.category);
  if (input.exclude !== undefined) request.exclude = checkIds('exclude', input.exclude, MAX_EXCLUDE_IDS);
  if (input.limit !== undefined) {
    const limit = input.limit;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      throw new EngineInputError(
        `limit must be an integer from 1 to ${MAX_LIMIT}, got ${JSON.stringify(limit)}`,
      );
    }
    request.limit = limit;
  }
  if (input.filters !== undefined) request.filters = checkFilters(input.filters);
  if (input.fallback !== undefined) {
    if (
      !Array.isArray(input.fallback) ||
      input.fallback.some((list) => !(LIST_NAMES as readonly unknown[]).includes(list))
    ) {
      throw new EngineInputError(`fallback must be a list of ${LIST_NAMES.join(', ')}`);
    }
    request.fallback = input.fallback as ListName[];
  }
  if (input.includePurchased !== undefined) {
    if (typeof input.includePurchased !== 'boolean') {
      throw new EngineInputError('includePurchased must be true or false');
    }
    request.includePurchased = input.includePurchased;
  }
  if (input.now !== undefined) request.now = checkNumber('now', input.now);
  return request;
}
