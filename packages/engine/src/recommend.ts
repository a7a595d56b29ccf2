import { isInCategory } from './catalog/isInCategory.js';
import type { Candidate, Explain, ListContext } from './lists/ListContext.js';
import { getUserProfile } from './lists/getUserProfile.js';
import { LIST_GENERATORS } from './lists/listGenerators.js';
import type { Model } from './model/Model.js';
import { getRuntime } from './model/ModelRuntime.js';
import { matchesProduct } from './rules/matchesProduct.js';
import { selectRuleSets } from './rules/selectRuleSets.js';
import type {
  ItemSource,
  ListFilters,
  ListName,
  Reason,
  RecommendOptions,
  RecommendRequest,
  RecommendResult,
  RuleEffect,
  RuleSet,
} from './types.js';
import { MAX_LIMIT, validateRecommendRequest } from './validateRecommendRequest.js';

const DEFAULT_LIMIT = 10;
/** Lists whose fallback stays in the seed product's category ("more tents", not "more of anything"). */
const SEED_CATEGORY_FALLBACK: ReadonlySet<ListName> = new Set(['people-also-like', 'similar']);
/**
 * Lists whose fallback stays one level above the seed's category: what goes with a tent is in Outdoor, and
 * other tents are substitutes, not companions.
 */
const SEED_DEPARTMENT_FALLBACK: ReadonlySet<ListName> = new Set(['frequently-bought-together']);

interface Entry {
  item: number;
  score: number;
  reasons: Reason[];
  source: ItemSource;
  /** The list's late reasons, which go before `reasons`. */
  explain?: Explain;
}

/**
 * Serves one list: the list's candidates, then its fallback chain while it has fewer than asked, then the
 * merchandising rules in a fixed order (exclusions and filters, boosts and buries, diversity, limit, pins).
 * Synchronous and deterministic for a given model and request.
 */
export function recommend(
  model: Model,
  request: RecommendRequest,
  options: RecommendOptions = {},
): RecommendResult {
  const valid = validateRecommendRequest(request);
  const runtime = getRuntime(model);
  const { catalog } = model;
  const seeds: number[] = [];
  for (const id of [valid.productId, ...(valid.basket ?? [])]) {
    const item = id === undefined ? undefined : runtime.productIndex.get(id);
    if (item !== undefined && !seeds.includes(item)) seeds.push(item);
  }
  const categoryNodes =
    valid.category === undefined ? null : (runtime.categoryIndex.get(valid.category.toLowerCase()) ?? []);
  const context: ListContext = {
    model,
    runtime,
    seeds,
    user: valid.userId === undefined ? -1 : (runtime.userIndex.get(valid.userId) ?? -1),
    categoryNodes,
    categoryName: valid.category,
    now: valid.now ?? model.clock,
    includePurchased: valid.includePurchased ?? false,
  };
  const ruleSets = selectRuleSets(options.ruleSets ?? [], valid.list, context);
  const effects: RuleEffect[] = [];
  const lastDefined = <T>(pick: (ruleSet: RuleSet) => T | undefined): T | undefined => {
    for (let r = ruleSets.length - 1; r >= 0; r--) {
      const value = pick(ruleSets[r]!);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const limit = Math.min(valid.limit ?? lastDefined((ruleSet) => ruleSet.limit) ?? DEFAULT_LIMIT, MAX_LIMIT);

  // Never the current product, the basket, what the page already shows, nor (picks) what the shopper bought.
  const excluded = new Set<number>(seeds);
  for (const id of valid.exclude ?? []) {
    const item = runtime.productIndex.get(id);
    if (item !== undefined) excluded.add(item);
  }
  // What the shopper bought (often a hundred products) is marked in a per-product array stamped for this
  // request, which costs one write a product instead of a Set entry.
  const { marks } = runtime.scratch;
  if (runtime.markStamp === 0xffffffff) {
    marks.fill(0);
    runtime.markStamp = 0;
  }
  const stamp = ++runtime.markStamp;
  if (valid.list === 'picks-for-you' && !context.includePurchased) {
    for (const item of getUserProfile(context).consumed) marks[item] = stamp;
  }
  const isExcluded = (item: number): boolean => excluded.has(item) || marks[item] === stamp;
  const filters: ListFilters[] = [valid.filters ?? {}, ...ruleSets.map((ruleSet) => ruleSet.filters ?? {})];
  const availableOnly = valid.filters?.availableOnly ?? lastDefined((r) => r.filters?.availableOnly) ?? true;
  const filterOwner = (filter: ListFilters): string =>
    filter === filters[0] ? 'request' : (ruleSets[filters.indexOf(filter) - 1]?.id ?? 'request');
  const passesFilters = (item: number, record: boolean): boolean => {
    if (availableOnly && !catalog.available[item]) return false;
    for (const filter of filters) {
      const ok =
        (filter.category === undefined ||
          isInCategory(catalog, item, runtime.categoryIndex.get(filter.category.toLowerCase()) ?? [])) &&
        (filter.brand === undefined || matchesProduct(model, runtime, item, { brand: filter.brand })) &&
        (filter.minPrice === undefined || catalog.price[item]! >= filter.minPrice) &&
        (filter.maxPrice === undefined || catalog.price[item]! <= filter.maxPrice);
      if (!ok) {
        if (record && filter !== filters[0]) {
          effects.push({
            ruleSetId: filterOwner(filter),
            action: 'filter',
            productId: catalog.ids[item]!,
            detail: `${catalog.titles[item]} left out by a filter`,
          });
        }
        return false;
      }
    }
    return true;
  };
  const ruleExcluded = (item: number, record: boolean): boolean => {
    for (const ruleSet of ruleSets) {
      for (const match of ruleSet.exclude ?? []) {
        if (matchesProduct(model, runtime, item, match)) {
          if (record) {
            effects.push({
              ruleSetId: ruleSet.id,
              action: 'exclude',
              productId: catalog.ids[item]!,
              detail: `${catalog.titles[item]} excluded`,
            });
          }
          return true;
        }
      }
    }
    return false;
  };

  const pinCount = ruleSets.reduce((count, ruleSet) => count + (ruleSet.pins?.length ?? 0), 0);
  const wanted = limit + pinCount;
  const pool = wanted * 3 + 20;
  const taken = new Set<number>();
  const blocks: Entry[][] = [];
  // Without rule sets nothing re-ranks a block nor records what it leaves out: once a block ranked best first
  // holds what is still wanted, the rest of its candidates could only be cut by the limit.
  const take = (
    candidates: Candidate[],
    source: ItemSource,
    room: number,
    fallbackList?: ListName,
  ): Entry[] => {
    const block: Entry[] = [];
    const stopAt = ruleSets.length === 0 && isRanked(candidates) ? room : Infinity;
    for (const candidate of candidates) {
      if (block.length >= stopAt) break;
      const { item } = candidate;
      if (taken.has(item) || isExcluded(item)) continue;
      if (ruleExcluded(item, true) || !passesFilters(item, true)) {
        taken.add(item);
        continue;
      }
      taken.add(item);
      const reasons = fallbackList
        ? [
            ...candidate.reasons,
            { kind: 'fallback' as const, list: fallbackList, text: `Filled in from ${fallbackList}` },
          ]
        : candidate.reasons;
      block.push({ item, score: candidate.score, reasons, source, explain: candidate.explain });
    }
    return block;
  };
  blocks.push(take(LIST_GENERATORS[valid.list](context, pool), 'ai', wanted));
  let count = blocks[0]!.length;
  const chain =
    valid.fallback ?? lastDefined((ruleSet) => ruleSet.fallback) ?? model.config.fallback[valid.list];
  for (const fallbackList of chain) {
    if (count >= wanted) break;
    if (fallbackList === valid.list) continue;
    let fallbackContext = context;
    if (categoryNodes === null && seeds.length > 0) {
      const leaf = catalog.productCategory[seeds[0]!]!;
      let scope = -1;
      if (SEED_CATEGORY_FALLBACK.has(valid.list)) scope = leaf;
      else if (SEED_DEPARTMENT_FALLBACK.has(valid.list) && leaf >= 0) {
        const parent = catalog.categoryParent[leaf]!;
        scope = parent >= 0 ? parent : leaf;
      }
      if (scope >= 0) fallbackContext = { ...context, categoryNodes: [scope], categoryName: undefined };
    }
    const block = take(
      LIST_GENERATORS[fallbackList](fallbackContext, pool),
      'fallback',
      wanted - count,
      fallbackList,
    );
    blocks.push(block);
    count += block.length;
  }

  // Boosts and buries multiply scores; each block is re-ranked on its own, as scores of two lists do not compare.
  for (const block of blocks) {
    for (const entry of block) {
      for (const ruleSet of ruleSets) {
        for (const boost of ruleSet.boosts ?? []) {
          if (boost.factor === 1 || !matchesProduct(model, runtime, entry.item, boost.match)) continue;
          entry.score *= boost.factor;
          const action = boost.factor > 1 ? 'boost' : 'bury';
          entry.reasons = [
            ...entry.reasons,
            { kind: action === 'boost' ? 'boosted' : 'buried', text: action },
          ];
          effects.push({
            ruleSetId: ruleSet.id,
            action,
            productId: catalog.ids[entry.item]!,
            detail: `${catalog.titles[entry.item]} score x${boost.factor}`,
          });
        }
      }
    }
    if (!isRanked(block)) block.sort((a, b) => b.score - a.score || a.item - b.item);
  }
  // Not blocks.flat(), which is slow enough to show in picks-for-you's profile.
  let entries: Entry[] = [];
  for (const block of blocks) for (const entry of block) entries.push(entry);

  const diversity = lastDefined((ruleSet) => ruleSet.diversity);
  if (diversity && (diversity.maxPerBrand !== undefined || diversity.maxPerCategory !== undefined)) {
    const owner = lastDefined((ruleSet) => (ruleSet.diversity ? ruleSet.id : undefined)) ?? '';
    const perBrand = new Map<number, number>();
    const perCategory = new Map<number, number>();
    entries = entries.filter((entry) => {
      const brand = catalog.productBrand[entry.item]!;
      const category = catalog.productCategory[entry.item]!;
      const brandCount = brand >= 0 ? (perBrand.get(brand) ?? 0) : 0;
      const categoryCount = category >= 0 ? (perCategory.get(category) ?? 0) : 0;
      if (
        (diversity.maxPerBrand !== undefined && brand >= 0 && brandCount >= diversity.maxPerBrand) ||
        (diversity.maxPerCategory !== undefined && category >= 0 && categoryCount >= diversity.maxPerCategory)
      ) {
        effects.push({
          ruleSetId: owner,
          action: 'diversity',
          productId: catalog.ids[entry.item]!,
          detail: `${catalog.titles[entry.item]} left out: too many of one brand or category`,
        });
        return false;
      }
      if (brand >= 0) perBrand.set(brand, brandCount + 1);
      if (category >= 0) perCategory.set(category, categoryCount + 1);
      return true;
    });
  }
  entries = entries.slice(0, limit);

  for (const ruleSet of ruleSets) {
    const pins = [...(ruleSet.pins ?? [])].sort((a, b) => a.position - b.position);
    for (const pin of pins) {
      const item = runtime.productIndex.get(pin.productId);
      const problem =
        item === undefined
          ? 'is not in the catalog'
          : isExcluded(item)
            ? 'is the current product, in the basket or excluded by the request'
            : availableOnly && !catalog.available[item]
              ? 'is not available'
              : null;
      if (item === undefined || problem) {
        effects.push({
          ruleSetId: ruleSet.id,
          action: 'pin',
          productId: pin.productId,
          detail: `pin of ${pin.productId} skipped: it ${problem}`,
        });
        continue;
      }
      entries = entries.filter((entry) => entry.item !== item);
      const position = Math.max(0, Math.min(Math.floor(pin.position) - 1, entries.length));
      entries.splice(position, 0, {
        item,
        score: entries[position]?.score ?? entries[entries.length - 1]?.score ?? 1,
        reasons: [{ kind: 'pinned', text: 'Selected by our team' }],
        source: 'pinned',
      });
      effects.push({
        ruleSetId: ruleSet.id,
        action: 'pin',
        productId: pin.productId,
        detail: `${catalog.titles[item]} pinned at position ${position + 1}`,
      });
    }
  }
  entries = entries.slice(0, limit);

  // Late reasons, one call per list for the items it serves.
  const explained = new Set<Explain>();
  for (const entry of entries) {
    const { explain } = entry;
    if (!explain || explained.has(explain)) continue;
    explained.add(explain);
    const served = entries.filter((other) => other.explain === explain);
    const reasons = explain(served.map((other) => other.item));
    served.forEach((other, r) => (other.reasons = [...reasons[r]!, ...other.reasons]));
  }

  return {
    list: valid.list,
    items: entries.map((entry) => ({
      id: catalog.ids[entry.item]!,
      score: entry.score,
      reasons: entry.reasons,
      source: entry.source,
    })),
    effects,
  };
}

/** Whether items are best first, equal scores by index: the order blocks are ranked in (then no sort is needed). */
function isRanked(items: readonly { item: number; score: number }[]): boolean {
  for (let r = 1; r < items.length; r++) {
    const before = items[r - 1]!;
    const after = items[r]!;
    if (!(before.score > after.score || (before.score === after.score && before.item < after.item)))
      return false;
  }
  return true;
}
