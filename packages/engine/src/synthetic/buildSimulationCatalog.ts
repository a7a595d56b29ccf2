import type { Product } from '../types.js';
import { createAliasSampler, type AliasSampler } from './createAliasSampler.js';
import type { Random } from './createRandom.js';
import { DAY_MS } from './defaults.js';
import { mixHash } from './mixHash.js';
import { TAXONOMY, type LeafSpec } from './taxonomy.js';

/** Complement leaves a product keeps a specific partner in. */
export const MAX_COMPLEMENTS = 4;

/** Products of one category path, ranked by popularity. */
export interface SimulationGroup {
  /** Product indexes, most popular first. */
  products: Int32Array;
  /** Long-tailed (Zipf-like) draw of a rank. */
  sampler: AliasSampler;
  /** Groups whose products complete a purchase of this one, strongest first (at most MAX_COMPLEMENTS). */
  complements: Int32Array;
  weight: number;
  peakDay: number;
  seasonality: number;
  maxQuantity: number;
}

/** The catalog in the typed arrays the interaction simulation reads on its hot path. */
export interface SimulationCatalog {
  groups: SimulationGroup[];
  productGroup: Int32Array;
  /** Popularity rank of each product inside its group (0 = most popular). */
  rank: Int32Array;
  price: Float64Array;
  launch: Float64Array;
  available: Uint8Array;
  /** One of four brand families per product: shoppers prefer one family. */
  brandClass: Uint8Array;
  /** `partners[p * MAX_COMPLEMENTS + k]`: p's usual companion in its group's k-th complement group, or -1. */
  partners: Int32Array;
  /** Product indexes by launch date, oldest first, and their launch dates. */
  launchOrder: Int32Array;
  launchSorted: Float64Array;
  /** Products that take off in the last week of the history. */
  trending: Int32Array;
}

const POPULARITY_EXPONENT = 0.9;

/**
 * Reads any catalog into the simulation's layout. Categories the taxonomy knows bring their complements and
 * seasons; others are plain groups. Popularity ranks are a seeded shuffle, so popularity does not follow ids.
 */
export function buildSimulationCatalog(
  catalog: readonly Product[],
  random: Random,
  historyStart: number,
  now: number,
): SimulationCatalog {
  const n = catalog.length;
  const specs = new Map<string, LeafSpec>();
  for (const department of TAXONOMY) for (const spec of department.leaves) specs.set(spec.name, spec);

  const productGroup = new Int32Array(n);
  const price = new Float64Array(n);
  const launch = new Float64Array(n);
  const available = new Uint8Array(n);
  const brandClass = new Uint8Array(n);
  const groupIndex = new Map<string, number>();
  const members: number[][] = [];
  const groupSpecs: (LeafSpec | undefined)[] = [];
  const leafNames: string[] = [];
  for (let p = 0; p < n; p++) {
    const product = catalog[p] as Product;
    const path = product.category ?? [];
    const key = path.join(' > ');
    let g = groupIndex.get(key);
    if (g === undefined) {
      g = members.length;
      groupIndex.set(key, g);
      members.push([]);
      const leafName = path[path.length - 1] ?? '';
      leafNames.push(leafName);
      groupSpecs.push(specs.get(leafName));
    }
    (members[g] as number[]).push(p);
    productGroup[p] = g;
    price[p] = typeof product.price === 'number' && product.price > 0 ? product.price : 10;
    launch[p] = launchTime(product.launchedAt, historyStart);
    available[p] = product.available === false ? 0 : 1;
    brandClass[p] = stringHash(product.brand ?? '') & 3;
  }

  const groupByLeaf = new Map<string, number>();
  leafNames.forEach((name, g) => {
    if (!groupByLeaf.has(name)) groupByLeaf.set(name, g);
  });
  const groups = members.map((list, g): SimulationGroup => {
    const products = Int32Array.from(list);
    shuffle(random, products);
    // The most popular product must exist from the first day, so every group can be browsed all along.
    const oldest = products.findIndex((p) => (launch[p] as number) <= historyStart);
    if (oldest > 0) [products[0], products[oldest]] = [products[oldest] as number, products[0] as number];
    const spec = groupSpecs[g];
    const complements = (spec?.complements ?? [])
      .map((name) => groupByLeaf.get(name))
      .filter((c): c is number => c !== undefined && c !== g)
      .slice(0, MAX_COMPLEMENTS);
    const weights = new Float64Array(products.length);
    for (let r = 0; r < weights.length; r++) weights[r] = 1 / (r + 1) ** POPULARITY_EXPONENT;
    return {
      products,
      sampler: createAliasSampler(weights),
      complements: Int32Array.from(complements),
      weight: spec?.weight ?? 1,
      peakDay: spec?.peakDay ?? 1,
      seasonality: spec?.seasonality ?? 0,
      maxQuantity: spec?.maxQuantity ?? 1,
    };
  });

  const rank = new Int32Array(n);
  for (const group of groups) group.products.forEach((p, r) => (rank[p] = r));
  const partners = choosePartners(catalog, groups, productGroup, random);
  const launchOrder = Int32Array.from({ length: n }, (_, p) => p).sort(
    (a, b) => (launch[a] as number) - (launch[b] as number) || a - b,
  );
  const launchSorted = Float64Array.from(launchOrder, (p) => launch[p] as number);
  const trending = chooseTrending(groups, launch, available, random, now);
  return {
    groups,
    productGroup,
    rank,
    price,
    launch,
    available,
    brandClass,
    partners,
    launchOrder,
    launchSorted,
    trending,
  };
}

function launchTime(value: number | string | undefined, historyStart: number): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const parsed = Date.parse(value);
    if (Number.isFinite(parsed)) return parsed;
  }
  return historyStart - DAY_MS;
}

function stringHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = mixHash(h, text.charCodeAt(i));
  return h;
}

function shuffle(random: Random, values: Int32Array): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const swap = values[i] as number;
    values[i] = values[j] as number;
    values[j] = swap;
  }
}

/**
 * A product's usual companion in each complement group: a popular product of the same brand when there is
 * one (the Northpeak tent goes with the Northpeak sleeping bag), else one of the group's popular products.
 */
function choosePartners(
  catalog: readonly Product[],
  groups: SimulationGroup[],
  productGroup: Int32Array,
  random: Random,
): Int32Array {
  const partners = new Int32Array(catalog.length * MAX_COMPLEMENTS).fill(-1);
  const byBrand = groups.map((group) => {
    const map = new Map<string, number[]>();
    for (const p of group.products) {
      const brand = catalog[p]?.brand ?? '';
      let list = map.get(brand);
      if (list === undefined) map.set(brand, (list = []));
      if (list.length < 8) list.push(p);
    }
    return map;
  });
  for (let p = 0; p < catalog.length; p++) {
    const group = groups[productGroup[p] as number] as SimulationGroup;
    const brand = catalog[p]?.brand ?? '';
    group.complements.forEach((c, k) => {
      const target = groups[c] as SimulationGroup;
      const sameBrand = byBrand[c]?.get(brand);
      const pool =
        sameBrand !== undefined && random.next() < 0.7
          ? sameBrand
          : target.products.subarray(0, Math.min(target.products.length, 12));
      partners[p * MAX_COMPLEMENTS + k] = pool[random.int(pool.length)] as number;
    });
  }
  return partners;
}

/** A few mid-popularity products, on sale for a while and in stock, that take off in the last week. */
function chooseTrending(
  groups: SimulationGroup[],
  launch: Float64Array,
  available: Uint8Array,
  random: Random,
  now: number,
): Int32Array {
  const candidates: number[] = [];
  for (const group of groups) {
    for (let r = 3; r < group.products.length; r++) {
      const p = group.products[r] as number;
      if (available[p] === 1 && (launch[p] as number) < now - 60 * DAY_MS) candidates.push(p);
    }
  }
  const total = launch.length;
  const wanted = Math.min(candidates.length, Math.max(3, Math.round(total / 300)));
  const chosen: number[] = [];
  for (let i = 0; i < wanted; i++) {
    const j = i + random.int(candidates.length - i);
    [candidates[i], candidates[j]] = [candidates[j] as number, candidates[i] as number];
    chosen.push(candidates[i] as number);
  }
  return Int32Array.from(chosen);
}
