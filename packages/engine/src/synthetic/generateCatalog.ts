import type { Product } from '../types.js';
import { checkOption } from './checkOption.js';
import { createRandom, type Random } from './createRandom.js';
import { CATALOG_HISTORY_DAYS, DAY_MS, NEW_ARRIVAL_DAYS, SYNTHETIC_NOW } from './defaults.js';
import { mixHash } from './mixHash.js';
import { COLOURS, PRODUCT_LINES, TAXONOMY, type DepartmentSpec, type LeafSpec } from './taxonomy.js';

export interface CatalogOptions {
  /** Any 32-bit integer; the same seed (and options) always gives the same catalog. */
  seed: number;
  /** Number of products, 1 to 10,000,000. */
  products: number;
  /** The store's present (ms since the epoch); launch dates lie before it. Default `SYNTHETIC_NOW`. */
  now?: number;
}

/** Share of products launched in the last `NEW_ARRIVAL_DAYS` days. */
const NEW_ARRIVAL_SHARE = 0.05;
const UNAVAILABLE_SHARE = 0.05;
/** Catalogs smaller than this many products a leaf use fewer leaves, so each leaf still has substitutes. */
const MIN_PRODUCTS_PER_LEAF = 4;
const MODEL_SUFFIXES = ['2', '3', 'X', 'Pro', '500', 'Plus', 'II'] as const;

/**
 * A believable catalog: a two-level category tree (Outdoor > Tents, Kitchen > Cookware, ...; 64 leaves at 256
 * products or more), brands per department with price tiers, prices around each category's median, English
 * titles and descriptions from each category's word lists, tags, colour and material attributes, launch dates
 * over the past two years with a batch of new arrivals in the last three weeks, and about 5% out of stock.
 */
export function generateCatalog(options: CatalogOptions): Product[] {
  const where = 'generateCatalog';
  const seed = checkOption(where, 'seed', options.seed, { integer: true, min: -(2 ** 31), max: 2 ** 32 - 1 });
  const count = checkOption(where, 'products', options.products, { integer: true, min: 1, max: 10_000_000 });
  const now = Math.floor(checkOption(where, 'now', options.now ?? SYNTHETIC_NOW, { min: 0 }));
  const random = createRandom(mixHash(seed, 0xca7a1));

  const leaves = selectLeaves(count);
  const leafOf = assignLeaves(random, leaves, count);
  const brandPools = leaves.map((entry, index) =>
    chooseBrands(random, entry.department, countOf(leafOf, index)),
  );
  const idWidth = Math.max(5, String(count).length);
  const products: Product[] = new Array<Product>(count);
  for (let i = 0; i < count; i++) {
    const leafIndex = leafOf[i] as number;
    const { department, spec } = leaves[leafIndex] as SelectedLeaf;
    const pool = brandPools[leafIndex] as BrandPool;
    const brand = pool.names[pool.sampler(random.next())] as string;
    products[i] = describeProduct(random, {
      id: `P${String(i + 1).padStart(idWidth, '0')}`,
      department,
      spec,
      brand,
      tier: brandTier(seed, brand),
      now,
    });
  }
  return products;
}

interface SelectedLeaf {
  department: DepartmentSpec;
  spec: LeafSpec;
}

interface BrandPool {
  names: string[];
  sampler: (u: number) => number;
}

function selectLeaves(count: number): SelectedLeaf[] {
  const all: SelectedLeaf[] = [];
  for (const department of TAXONOMY) for (const spec of department.leaves) all.push({ department, spec });
  // Taxonomy order keeps a department's leaves together, so a small catalog still holds complements.
  const wanted = Math.max(1, Math.min(all.length, Math.floor(count / MIN_PRODUCTS_PER_LEAF)));
  return all.slice(0, wanted);
}

/** Leaf of every product: proportional to the leaves' weights, each leaf at least one product, ids shuffled. */
function assignLeaves(random: Random, leaves: SelectedLeaf[], count: number): Uint16Array {
  const totalWeight = leaves.reduce((sum, entry) => sum + entry.spec.weight, 0);
  const spare = count - leaves.length;
  const shares = leaves.map((entry) => (entry.spec.weight / totalWeight) * spare);
  const counts = shares.map((share) => 1 + Math.floor(share));
  let left = count - counts.reduce((sum, n) => sum + n, 0);
  const byRemainder = shares
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let k = 0; left > 0; k = (k + 1) % byRemainder.length, left--) {
    const index = (byRemainder[k] as { index: number }).index;
    counts[index] = (counts[index] as number) + 1;
  }
  const leafOf = new Uint16Array(count);
  let position = 0;
  counts.forEach((n, index) => {
    leafOf.fill(index, position, position + n);
    position += n;
  });
  for (let i = count - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const swap = leafOf[i] as number;
    leafOf[i] = leafOf[j] as number;
    leafOf[j] = swap;
  }
  return leafOf;
}

function countOf(leafOf: Uint16Array, index: number): number {
  let n = 0;
  for (const value of leafOf) if (value === index) n++;
  return n;
}

/** A few brands for a small leaf, the whole department's pool for a large one; a few brands dominate. */
function chooseBrands(random: Random, department: DepartmentSpec, leafSize: number): BrandPool {
  const names = [...department.brands];
  for (let i = names.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [names[i], names[j]] = [names[j] as string, names[i] as string];
  }
  names.length = Math.min(names.length, 2 + Math.ceil(Math.sqrt(leafSize) / 2));
  const cumulative: number[] = [];
  let total = 0;
  names.forEach((_, rank) => {
    total += 1 / (rank + 1) ** 0.8;
    cumulative.push(total);
  });
  return {
    names,
    sampler: (u) => {
      const target = u * total;
      const index = cumulative.findIndex((value) => target < value);
      return index < 0 ? names.length - 1 : index;
    },
  };
}

/** Budget to premium: 0.7 to 1.5 times the category's median price, fixed per brand and seed. */
function brandTier(seed: number, brand: string): number {
  let h = seed | 0;
  for (let i = 0; i < brand.length; i++) h = mixHash(h, brand.charCodeAt(i));
  return 0.7 + (0.8 * h) / 4294967296;
}

interface ProductSeed {
  id: string;
  department: DepartmentSpec;
  spec: LeafSpec;
  brand: string;
  tier: number;
  now: number;
}

function describeProduct(random: Random, seed: ProductSeed): Product {
  const { spec, brand } = seed;
  const pick = <T>(values: readonly T[]): T => values[random.int(values.length)] as T;
  const kind = pick(spec.kinds);
  const feature = pick(spec.features);
  const material = pick(spec.materials);
  const colour = pick(COLOURS);
  const line = pick(PRODUCT_LINES);
  const suffix = random.next() < 0.4 ? ` ${pick(MODEL_SUFFIXES)}` : '';
  const [use, otherUse] = twoOf(random, spec.uses);
  const [detail, otherDetail] = twoOf(random, spec.details);
  const title = `${brand} ${line}${suffix} ${titleCase(feature)} ${titleCase(kind)}`;
  const season = seasonOf(spec);
  const template = random.int(3);
  let description: string;
  if (template === 0) {
    description =
      `${capitalize(article(feature))} ${feature} ${kind} in ${material}, built for ${use} and ${otherUse}. ` +
      `${capitalize(detail)}, and ${otherDetail}.`;
  } else if (template === 1) {
    description =
      `Made for ${use}: the ${brand} ${line} is a ${feature} ${kind} in ${colour} ${material}. ` +
      `${capitalize(detail)}. Also at home on ${otherUse}.`;
  } else {
    description =
      `This ${kind} from ${brand} pairs ${material} with a ${feature} design. ${capitalize(detail)}; ` +
      `${otherDetail}. Ideal for ${use}.`;
  }
  if (season !== undefined) description += ` ${capitalize(article(season))} ${season} favourite.`;

  const tags = new Set<string>();
  while (tags.size < Math.min(3, spec.tags.length)) tags.add(pick(spec.tags));
  if (season !== undefined) tags.add(season);
  if (random.next() < 0.5) tags.add(slug(feature));

  const spread = Math.exp(0.35 * random.normal());
  const launchAge =
    random.next() < NEW_ARRIVAL_SHARE
      ? random.next() * NEW_ARRIVAL_DAYS
      : NEW_ARRIVAL_DAYS + random.next() * (CATALOG_HISTORY_DAYS - NEW_ARRIVAL_DAYS);
  return {
    id: seed.id,
    title,
    description,
    category: [seed.department.name, spec.name],
    brand,
    tags: [...tags],
    price: roundPrice(spec.price * seed.tier * spread),
    launchedAt: Math.floor(seed.now - launchAge * DAY_MS),
    available: random.next() >= UNAVAILABLE_SHARE,
    attributes: { colour, material },
  };
}

function twoOf(random: Random, values: readonly string[]): [string, string] {
  const first = random.int(values.length);
  const second = values.length > 1 ? (first + 1 + random.int(values.length - 1)) % values.length : first;
  return [values[first] as string, values[second] as string];
}

function seasonOf(spec: LeafSpec): string | undefined {
  if (spec.seasonality < 0.5) return undefined;
  const day = spec.peakDay;
  if (day >= 60 && day < 150) return 'spring';
  if (day >= 150 && day < 240) return 'summer';
  if (day >= 240 && day < 330) return 'autumn';
  return 'winter';
}

/** Shop-like prices: x.99 above 20, x.49 or x.99 below. */
function roundPrice(value: number): number {
  if (value >= 20) return Math.round(value) - 0.01;
  return Math.max(0.99, Math.round(value * 2) / 2 - 0.01);
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const titleCache = new Map<string, string>();

function titleCase(text: string): string {
  let title = titleCache.get(text);
  if (title === undefined) {
    title = text.replace(
      /(^|[\s-])([a-z])/g,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    );
    titleCache.set(text, title);
  }
  return title;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
