import { EngineInputError } from '../errors.js';
import type { Product } from '../types.js';
import { checkReadableFile, readLines } from './readLines.js';

const FIELDS = [
  'id',
  'title',
  'description',
  'category',
  'brand',
  'tags',
  'price',
  'launchedAt',
  'available',
  'attributes',
] as const;
const KNOWN: ReadonlySet<string> = new Set(FIELDS);

/**
 * Reads a catalog in JSON Lines, one `Product` object a line, checking every field's type: a typo in a field
 * name is an error rather than a silently missing brand. Ids must be unique. Blank lines, CRLF and a byte order
 * mark are tolerated. Errors are `EngineInputError`s such as `catalog.jsonl:3: "price" must be a number`.
 */
export function readCatalogJsonl(path: string): Product[] {
  checkReadableFile(path);
  const products: Product[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { number, text } of readLines(path)) {
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new EngineInputError(`${path}:${number}: bad JSON: ${(error as Error).message}`);
    }
    const product = checkProduct(value, (what) => new EngineInputError(`${path}:${number}: ${what}`));
    const first = firstLineOf.get(product.id);
    if (first !== undefined) {
      throw new EngineInputError(
        `${path}:${number}: id ${JSON.stringify(product.id)} is already on line ${first}`,
      );
    }
    firstLineOf.set(product.id, number);
    products.push(product);
  }
  if (products.length === 0) throw new EngineInputError(`${path}: no products, the file is empty`);
  return products;
}

function checkProduct(value: unknown, error: (what: string) => EngineInputError): Product {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw error('a product must be a JSON object');
  }
  const input = value as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!KNOWN.has(key)) throw error(`"${key}" is not a product field (${FIELDS.join(', ')})`);
  }
  const text = (field: string, required: boolean): string | undefined => {
    const entry = input[field];
    if (entry === undefined && !required) return undefined;
    if (typeof entry !== 'string' || (required && entry.trim() === '')) {
      throw error(`"${field}" must be a ${required ? 'non-empty ' : ''}string, got ${describe(entry)}`);
    }
    return entry;
  };
  const texts = (field: string): string[] | undefined => {
    const entry = input[field];
    if (entry === undefined) return undefined;
    if (!Array.isArray(entry) || entry.some((part) => typeof part !== 'string' || part === '')) {
      throw error(`"${field}" must be a list of non-empty strings, got ${describe(entry)}`);
    }
    return entry as string[];
  };

  const product: Product = { id: text('id', true)!, title: text('title', true)! };
  const description = text('description', false);
  if (description !== undefined) product.description = description;
  const category = texts('category');
  if (category !== undefined) product.category = category;
  const brand = text('brand', false);
  if (brand !== undefined) product.brand = brand;
  const tags = texts('tags');
  if (tags !== undefined) product.tags = tags;
  if (input.price !== undefined) {
    if (typeof input.price !== 'number' || !Number.isFinite(input.price) || input.price < 0) {
      throw error(`"price" must be a number of at least 0, got ${describe(input.price)}`);
    }
    product.price = input.price;
  }
  if (input.launchedAt !== undefined) {
    const launchedAt = input.launchedAt;
    const valid =
      (typeof launchedAt === 'number' && Number.isFinite(launchedAt)) ||
      (typeof launchedAt === 'string' && !Number.isNaN(Date.parse(launchedAt)));
    if (!valid) {
      throw error(
        `"launchedAt" must be milliseconds since the epoch or an ISO 8601 date, got ${describe(launchedAt)}`,
      );
    }
    product.launchedAt = launchedAt as number | string;
  }
  if (input.available !== undefined) {
    if (typeof input.available !== 'boolean') {
      throw error(`"available" must be true or false, got ${describe(input.available)}`);
    }
    product.available = input.available;
  }
  if (input.attributes !== undefined) {
    const attributes = input.attributes;
    if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
      throw error(`"attributes" must be an object, got ${describe(attributes)}`);
    }
    for (const [name, entry] of Object.entries(attributes)) {
      if (
        typeof entry !== 'string' &&
        typeof entry !== 'boolean' &&
        !(typeof entry === 'number' && Number.isFinite(entry))
      ) {
        throw error(`attribute "${name}" must be a string, a number or true/false, got ${describe(entry)}`);
      }
    }
    product.attributes = attributes as Record<string, string | number | boolean>;
  }
  return product;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}
